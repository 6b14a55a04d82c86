package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitrep.pipeline.PipelineFixture;

/** The {@code ./sitrep} launcher as a user runs it: finds a JDK, runs the CLI, one-line errors. */
@ExtendWith(PipelineFixture.class)
class LauncherIT {
    private final Path data;

    LauncherIT(PipelineFixture.Loaded fixture) {
        this.data = fixture.dataDir();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of("sitrep").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SITREP_NO_BUILD", "1");
        pb.environment().put("SITREP_JAVA_OPTS", "-Xmx2g");
        Path out = Files.createTempFile("sitrep-out", ".txt");
        Path err = Files.createTempFile("sitrep-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "launcher did not finish");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Result r = run("", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("extract") && r.out().contains("gazetteer") && r.out().contains("demo"), r.out());
    }

    @Test
    void extractReadsStandardInputAndPrintsOneJsonLine() throws Exception {
        Result r = run("Houthi fighters shelled a market in Aden on Monday, killing three civilians.",
                "extract", "-q", "--data", data.toString(), "--published", "2024-01-10", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count());
        assertTrue(r.out().contains("\"sub_event_type\":\"Shelling/artillery/missile attack\""), r.out());
        assertTrue(r.out().contains("\"country\":\"Yemen\""), r.out());
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeTwo() throws Exception {
        Result r = run("", "extract", "--data", data.toString(), "no-such-report.txt");
        assertEquals(2, r.code());
        assertEquals("sitrep: no such file: no-such-report.txt", r.err().strip());
        assertFalse(r.err().contains("Exception"));
    }
}
