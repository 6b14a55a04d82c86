package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * What storing one report did.
 *
 * @param kind       stored, or why it was not (already stored by URL or content)
 * @param documentId the stored document (the existing one for duplicates)
 * @param fusedIds   the fused events its events now belong to, in event order (empty unless stored)
 */
public record StoreOutcome(Kind kind, String documentId, List<String> fusedIds) {
    /** Stored, or the duplicate that was found instead. */
    public enum Kind { STORED, SAME_URL, SAME_CONTENT }

    public StoreOutcome {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(documentId);
        fusedIds = List.copyOf(fusedIds);
    }
}
