package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.sitrep.store.ingest.IngestOutcome;

class IngestProgressTest {
    @Test
    void onATerminalOneLineIsRewrittenWithRateAndEtaAndFailuresGetTheirOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IngestProgress p = new IngestProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, false,
                OptionalLong.of(10));
        p.accept(new IngestOutcome("a.txt", IngestOutcome.Kind.STORED, "", "d1", 2));
        p.accept(new IngestOutcome("b.txt", IngestOutcome.Kind.FAILED, "source: empty file", "", 0));
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r1/10 docs, ") && out.contains("docs/s") && out.contains("ETA 0:"), out);
        assertTrue(out.contains("sitrep: b.txt: source: empty file\n"), out);
        assertTrue(out.contains("read 2, stored 1 (2 events)"), out);
    }

    @Test
    void elsewherePlainLogLinesAreWritten() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IngestProgress p = new IngestProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, false,
                OptionalLong.empty());
        p.accept(new IngestOutcome("a.txt", IngestOutcome.Kind.STORED, "", "d1", 1));
        p.finish();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(!out.contains("\r") && out.startsWith("sitrep: ingest: 1 docs"), out);
    }
}
