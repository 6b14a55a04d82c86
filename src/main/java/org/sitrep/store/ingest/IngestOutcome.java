package org.sitrep.store.ingest;

import java.util.Objects;

/**
 * What ingesting one item did.
 *
 * @param origin     where the item came from
 * @param kind       stored (coded or passed by as not relevant), skipped as a duplicate, or failed
 * @param reason     for skips and failures, a one-line reason ("same URL", "near-duplicate of ..."); else ""
 * @param documentId the stored (or matching) document id, or "" when none
 * @param events     the events stored with it
 */
public record IngestOutcome(String origin, Kind kind, String reason, String documentId, int events) {
    /** The ways an item ends. */
    public enum Kind { STORED, NOT_RELEVANT, SKIPPED, FAILED }

    public IngestOutcome {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(documentId);
    }
}
