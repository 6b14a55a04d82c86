package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.Event;

/**
 * One fully processed report ready to be stored in one transaction (its full text is not stored, only a snippet).
 *
 * @param contentHash the hash of the clean text (16 hex digits)
 * @param relevant    false when the relevance filter passed it by: stored so that reruns skip it, with no events
 * @param publishers  who published it (host names or feed titles); may be empty
 * @param events      its events, main event first; ids {@code documentId:n}
 */
public record StoredReport(Document document, String contentHash, boolean relevant, List<String> publishers,
                           TextFingerprint fingerprint, List<Event> events, CodingVersions versions) {
    public StoredReport {
        Objects.requireNonNull(document);
        Objects.requireNonNull(contentHash);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(versions);
        publishers = List.copyOf(publishers);
        events = List.copyOf(events);
    }
}
