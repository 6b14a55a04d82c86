package org.sitrep.store.ingest;

import java.util.Map;
import java.util.TreeMap;

/** Counts over an ingest run, with skip and failure reasons (reason classes, not per-document text). Not thread-safe. */
public final class IngestSummary {
    private int read;
    private int stored;
    private int events;
    private int notRelevant;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, Integer> failed = new TreeMap<>();

    /** Counts one outcome. */
    public void add(IngestOutcome o) {
        read++;
        switch (o.kind()) {
            case STORED -> {
                stored++;
                events += o.events();
            }
            case NOT_RELEVANT -> notRelevant++;
            case SKIPPED -> skipped.merge(o.reason(), 1, Integer::sum);
            case FAILED -> failed.merge(o.reason().replaceAll(":.*", ""), 1, Integer::sum);
        }
    }

    public int read() {
        return read;
    }

    public int stored() {
        return stored;
    }

    public int failed() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int skipped() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int notRelevant() {
        return notRelevant;
    }

    /** One line: "read N, stored S (E events), not relevant R, skipped K (reason n, ...), failed F (reason n, ...)". */
    @Override
    public String toString() {
        return "read " + read + ", stored " + stored + " (" + events + " events), not relevant " + notRelevant
                + " (stored without coding), skipped " + skipped() + reasons(skipped) + ", failed " + failed()
                + reasons(failed);
    }

    private static String reasons(Map<String, Integer> m) {
        if (m.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        m.forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k).append(' ').append(v));
        return s.append(')').toString();
    }
}
