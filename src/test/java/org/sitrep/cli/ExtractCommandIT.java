package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.pipeline.PipelineFixture;

/** {@code sitrep extract} from files to JSON lines, with bad inputs among good ones. */
@ExtendWith(PipelineFixture.class)
class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "Boko Haram fighters attacked a village near Maiduguri on Sunday, "
            + "killing six civilians, police said.";
    private final Path data;

    ExtractCommandIT(PipelineFixture.Loaded fixture) {
        this.data = fixture.dataDir();
    }

    private static void assertNoStackTrace(List<String> lines) {
        for (String line : lines) {
            assertFalse(line.contains("Exception") || line.startsWith("\tat ") || line.contains("at org."), line);
        }
    }

    @Test
    void badInputsGiveOneLineReasonsAndTheOtherDocumentsStillComeOut() throws IOException {
        Path dir = Files.createTempDirectory(data, "inputs");
        Path good = Files.writeString(dir.resolve("good.txt"), REPORT);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xd0, (byte) 0xc1, (byte) 0xdb, (byte) 0xc5,
                (byte) 0xd2, ' ', (byte) 0xd3, (byte) 0xd4, (byte) 0xcf, (byte) 0xd2, (byte) 0xc1});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path html = Files.writeString(dir.resolve("broken.html"), "<html><body><div><p>" + REPORT + "<p><b>unclosed");
        CliRun run = CliRun.of("extract", "--data", data.toString(), "--threads", "2", good.toString(), empty.toString(),
                binary.toString(), dir.resolve("missing.txt").toString(), huge.toString(), latin1.toString(),
                html.toString());

        assertEquals(2, run.exitCode());
        assertEquals(7, run.out().size(), run.out()::toString);
        JsonNode first = JSON.readTree(run.out().get(0));
        assertEquals("Attack", first.at("/events/0/sub_event_type").asText());
        assertEquals("empty file", JSON.readTree(run.out().get(1)).at("/error/reason").asText());
        assertEquals("binary file (not text)", JSON.readTree(run.out().get(2)).at("/error/reason").asText());
        assertEquals("no such file: " + dir.resolve("missing.txt"), JSON.readTree(run.out().get(3)).at("/error/reason").asText());
        assertTrue(JSON.readTree(run.out().get(4)).at("/error/reason").asText().contains("over the 10 MB limit"));
        assertTrue(JSON.readTree(run.out().get(5)).at("/error/reason").asText().contains("encoding"));
        assertEquals("Attack", JSON.readTree(run.out().get(6)).at("/events/0/sub_event_type").asText());
        assertEquals("source", JSON.readTree(run.out().get(1)).at("/error/stage").asText());
        assertNoStackTrace(run.err());
        assertEquals(5, run.err().stream().filter(l -> l.contains("(source)")).count(), run.err()::toString);
    }

    @Test
    void resultFollowsTheContractWithNullForUnknowns() throws IOException {
        Path file = Files.writeString(Files.createTempFile(data, "report", ".txt"), REPORT);
        CliRun run = CliRun.of("extract", "-q", "--data", data.toString(), "--published", "2024-03-14", file.toString());
        assertEquals(0, run.exitCode(), run.err()::toString);
        JsonNode r = JSON.readTree(run.out().get(0));
        assertEquals(r.at("/document/id").asText(), r.get("id").asText());
        assertEquals("2024-03-14", r.at("/document/published").asText());
        assertTrue(r.at("/document/url").isNull());
        JsonNode e = r.at("/events/0");
        assertEquals(r.get("id").asText() + ":1", e.get("id").asText());
        assertEquals("2024-03-10", e.get("event_date").asText());
        assertEquals(6, e.get("fatalities").asInt());
        assertEquals("Nigeria", e.get("country").asText());
        assertEquals(566, e.get("iso").asInt());
        assertTrue(e.get("admin3").isNull());
        assertEquals("reported", e.get("factuality").asText());
        JsonNode ev = e.at("/evidence/0");
        String text = r.at("/document/text").asText();
        assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
    }

    @Test
    void jsonLinesKeepIdsAndOrderAndABadLineBecomesAnErrorInItsPlace() throws IOException {
        Path file = Files.createTempFile(data, "batch", ".jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a\", \"text\": \"" + REPORT + "\", \"published\": \"2024-03-14\"}",
                "{\"id\": \"b\", \"text\": ",
                "{\"id\": \"c\", \"text\": \"Le gouvernement a annoncé une réforme des retraites et des impôts pour l'année prochaine.\"}",
                "{\"id\": \"d\", \"text\": \"Ministers met in Aden on Tuesday to discuss tariffs and trade.\"}"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", "-q", "--jsonl", "--data", data.toString(), file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("a", "b", "c", "d"), run.out().stream().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList());
        assertEquals("source", JSON.readTree(run.out().get(1)).at("/error/stage").asText());
        assertEquals("document", JSON.readTree(run.out().get(2)).at("/error/stage").asText());
        assertTrue(JSON.readTree(run.out().get(2)).at("/error/reason").asText().contains("French"));
        assertEquals(REPORT, JSON.readTree(run.out().get(0)).at("/document/text").asText());
        assertTrue(JSON.readTree(run.out().get(3)).get("events").isEmpty());
    }

    @Test
    void userErrorsAreOneLineWithExitCodeTwo() {
        CliRun missing = CliRun.of("extract", "--data", data.toString(), "nowhere.txt");
        assertEquals(2, missing.exitCode());
        assertEquals(List.of("sitrep: no such file: nowhere.txt"), missing.err());

        CliRun noGazetteer = CliRun.of("extract", "--data", data.resolve("empty-data").toString(), "-");
        assertEquals(2, noGazetteer.exitCode());
        assertEquals(1, noGazetteer.err().size());
        assertTrue(noGazetteer.err().get(0).contains("./sitrep gazetteer install"));

        CliRun badDate = CliRun.of("extract", "--published", "15/11/2018", "x.txt");
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().get(0).contains("is not a date"), badDate.err()::toString);
    }

    @Test
    void sourceHomesAreLearnedIntoTheDataFolderAndReadByLaterRuns() throws IOException {
        Path own = Files.createTempDirectory(data, "homes");
        Files.createSymbolicLink(own.resolve("gazetteer"), data.resolve("gazetteer").toAbsolutePath());
        StringBuilder lines = new StringBuilder();
        String[] towns = {"Maiduguri", "Bama", "Biu"};
        for (int i = 0; i < towns.length; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"url\":\"http://www.example-borno-daily.test/n/")
                    .append(i).append("\",\"text\":\"Gunmen attacked a market in ").append(towns[i])
                    .append(" on Sunday, killing three traders, police said.\"}\n");
        }
        Path input = Files.writeString(own.resolve("reports.jsonl"), lines.toString());
        CliRun learn = CliRun.of("extract", "--data", own.toString(), "--jsonl", "--learn-source-homes",
                input.toString());
        assertEquals(0, learn.exitCode(), learn.err()::toString);
        Path table = own.resolve("source-homes.tsv");
        List<String> rows = Files.readAllLines(table, StandardCharsets.UTF_8);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("example-borno-daily.test\tNG\t")
                && r.endsWith("\t3\t3")), () -> rows + "\n" + learn.out());
        assertTrue(learn.err().stream().anyMatch(l -> l.contains("home regions learned for 1 sources")),
                learn.err()::toString);

        CliRun later = CliRun.of("extract", "--data", own.toString(), "--jsonl", input.toString());
        assertEquals(0, later.exitCode(), later.err()::toString);
        assertTrue(later.err().stream().anyMatch(l -> l.contains("source homes: 1 sources from " + table)),
                later.err()::toString);

        Files.writeString(table, "example-borno-daily.test\tBorno\n");
        CliRun broken = CliRun.of("extract", "--data", own.toString(), "--jsonl", input.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().stream().anyMatch(l -> l.contains("line 1: expected 'host<TAB>country code<TAB>region'")),
                broken.err()::toString);
        assertNoStackTrace(broken.err());
    }
}
