package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.TestReports;
import org.sitrep.store.jdbc.JdbcEventStore;

/** The ingest, export and control commands end to end, without loading CoreNLP. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = SitrepCommand.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void ingestWithoutSourcesOrWithAnUnusableStoreIsAOneLineUserError() {
        Run none = run("ingest", "--db", "sqlite:" + dir.resolve("s.db"));
        assertEquals(2, none.code());
        Run bad = run("ingest", "--db", "mysql://u:secret@h/db", dir.toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(!bad.err().contains("secret"));
    }

    @Test
    void nonConflictNewsAndBadFilesAreIngestedWithoutLoadingTheNlpPipeline() throws IOException {
        Files.writeString(dir.resolve("trade.txt"), "Trade ministers met in Geneva to discuss tariffs on steel.");
        Files.writeString(dir.resolve("empty.txt"), "");
        String db = "sqlite:" + dir.resolve("s.db");
        Run r = run("ingest", "--db", db, "--data", dir.resolve("no-data").toString(), dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("empty.txt: source: empty file"), r.err());
        assertTrue(r.err().contains("read 2, stored 0 (0 events), not relevant 1"), r.err());
        Run again = run("ingest", "-q", "--db", db, dir.toString());
        assertEquals(0, again.code());
        try (JdbcEventStore store = JdbcEventStore.open(db)) {
            assertEquals(new StoreCounts(1, 1, 0, 0), store.counts());
        }
    }

    @Test
    void exportWritesTheFusedEventsAndControlTheHolders() throws IOException {
        String db = "sqlite:" + dir.resolve("s.db");
        try (JdbcEventStore store = JdbcEventStore.open(db)) {
            store.store(TestReports.report("Boko Haram fighters attacked Kukawa.", "https://a.example/1", "a.example",
                    List.of(TestReports.event("x", "Battles", "Boko Haram", "Military Forces of Nigeria (2023-)", "Kukawa",
                            12.9, 13.6, LocalDate.of(2024, 3, 10), 4L, 0.7))));
        }
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("export", "--db", db, "--format", "acled-csv", "--country", "Nigeria", "-o", csv.toString()).code());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(",Western Africa,Nigeria,"), lines.get(1));
        Run geojson = run("export", "--db", db, "--format", "geojson", "--from", "2024-04-01");
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[]}", geojson.out().strip());
        Run changes = run("export", "--db", db, "--changes-since", "2020-01-01");
        assertTrue(changes.out().contains("\"kind\":\"added\""), changes.out());
        assertEquals(2, run("export", "--db", db, "--format", "xml").code());
        Run control = run("control", "--db", db, "--at", "2024-03-31");
        assertEquals(0, control.code(), control.err());
        assertEquals(1, control.out().lines().count(), "header only: a clash changes no territory");
    }
}
