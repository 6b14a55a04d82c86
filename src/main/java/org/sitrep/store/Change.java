package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the change feed of fused events, in commit order.
 *
 * @param seq     increasing sequence number
 * @param into    for MERGED, the fused event it was merged into
 */
public record Change(long seq, Instant at, Kind kind, String fusedId, Optional<String> into) {
    /** What happened to a fused event. */
    public enum Kind { ADDED, CHANGED, MERGED, DELETED }

    public Change {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(fusedId);
        Objects.requireNonNull(into);
    }
}
