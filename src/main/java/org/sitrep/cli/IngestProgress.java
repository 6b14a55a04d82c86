package org.sitrep.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.OptionalLong;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.ingest.IngestSummary;

/**
 * Reports ingest progress on stderr: on a terminal one line rewritten in place (documents, docs/s, ETA when the total
 * is known), otherwise a plain log line every 100 documents or 10 seconds; failures always get a line of their own.
 * Not thread-safe: called from the storing thread.
 */
final class IngestProgress {
    private final PrintStream err;
    private final boolean terminal;
    private final boolean quiet;
    private final OptionalLong total;
    private final IngestSummary summary = new IngestSummary();
    private final long start = System.nanoTime();
    private long lastPrint;

    IngestProgress(PrintStream err, boolean terminal, boolean quiet, OptionalLong total) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.total = total;
    }

    void accept(IngestOutcome o) {
        summary.add(o);
        if (o.kind() == IngestOutcome.Kind.FAILED) {
            clearLine();
            err.println("sitrep: " + o.origin() + ": " + o.reason());
        }
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (terminal && now - lastPrint > 200_000_000L) {
            err.print("\r" + status() + "   ");
            err.flush();
            lastPrint = now;
        } else if (!terminal && (summary.read() % 100 == 0 || now - lastPrint > 10_000_000_000L)) {
            err.println("sitrep: ingest: " + status());
            lastPrint = now;
        }
    }

    IngestSummary summary() {
        return summary;
    }

    void finish() {
        clearLine();
        if (!quiet || summary.failed() > 0) {
            err.printf("sitrep: ingest: %s in %.1f s%n", summary, seconds());
        }
    }

    private void clearLine() {
        if (terminal && !quiet && lastPrint != 0) {
            err.print("\r" + " ".repeat(100) + "\r");
        }
    }

    private double seconds() {
        return Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    }

    private String status() {
        double rate = summary.read() / seconds();
        StringBuilder s = new StringBuilder().append(summary.read());
        total.ifPresent(t -> s.append('/').append(t));
        s.append(" docs, ").append(String.format("%.1f docs/s", rate)).append(", stored ").append(summary.stored())
                .append(", skipped ").append(summary.skipped() + summary.notRelevant()).append(", failed ")
                .append(summary.failed());
        if (total.isPresent() && rate > 0) {
            long left = (long) ((total.getAsLong() - summary.read()) / rate);
            Duration d = Duration.ofSeconds(Math.max(0, left));
            s.append(String.format(", ETA %d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart()));
        }
        return s.toString();
    }
}
