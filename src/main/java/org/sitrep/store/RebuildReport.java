package org.sitrep.store;

/** What a full fusion rebuild did: report events read, fused events before and after, and the changes logged. */
public record RebuildReport(int events, int fusedBefore, int fusedAfter, int added, int changed, int merged,
                            int deleted, long millis) {
}
