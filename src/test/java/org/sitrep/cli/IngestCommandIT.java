package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.pipeline.PipelineFixture;

/** {@code sitrep ingest --learn-source-homes}: a feed's reports teach the store run their source's home region. */
@ExtendWith(PipelineFixture.class)
class IngestCommandIT {
    private final Path data;

    IngestCommandIT(PipelineFixture.Loaded fixture) {
        this.data = fixture.dataDir();
    }

    @Test
    void aFeedsReportsAreStoredAndTheirSourcesHomeIsAddedToTheTable() throws IOException {
        Path own = Files.createTempDirectory(data, "ingest-homes");
        Files.createSymbolicLink(own.resolve("gazetteer"), data.resolve("gazetteer").toAbsolutePath());
        Files.writeString(own.resolve("source-homes.tsv"), "# written by hand\nother.example\tNG\tLagos\n");
        StringBuilder items = new StringBuilder();
        String[] towns = {"Maiduguri", "Bama", "Biu"};
        for (int i = 0; i < towns.length; i++) {
            items.append("<item><title>Attack in ").append(towns[i]).append("</title><link>http://www.borno-daily.example/n/")
                    .append(i).append("</link><pubDate>Sun, 01 Mar 2020 1").append(i).append(":00:00 GMT</pubDate>")
                    .append("<description>Gunmen attacked a market in ").append(towns[i])
                    .append(" on Sunday, killing three traders, police said.</description></item>\n");
        }
        Path feed = Files.writeString(own.resolve("feed.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\"><channel><title>Borno Daily</title><link>http://www.borno-daily.example/</link>"
                + "<description>news</description>\n" + items + "</channel></rss>\n");
        CliRun run = CliRun.of("ingest", "--db", "sqlite:" + own.resolve("s.db"), "--data", own.toString(),
                "--learn-source-homes", feed.toString());
        assertEquals(0, run.exitCode(), run.err()::toString);
        List<String> rows = Files.readAllLines(own.resolve("source-homes.tsv"), StandardCharsets.UTF_8);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("borno-daily.example\tNG\t") && r.endsWith("\t3\t3")),
                rows::toString);
        assertTrue(rows.contains("other.example\tNG\tLagos\t0\t0"), "the hand-written line is kept: " + rows);
        assertTrue(run.err().stream().anyMatch(l -> l.contains("ingest: home regions learned for 1 sources")),
                run.err()::toString);
    }
}
