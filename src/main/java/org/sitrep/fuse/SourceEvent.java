package org.sitrep.fuse;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * One report's own coding of an event, as fusion sees it.
 *
 * @param event      the event as the report told it (its id is {@code documentId:n})
 * @param documentId the stored report it came from
 * @param publishers who published that report (several for wire copies); may be empty when unknown
 */
public record SourceEvent(Event event, String documentId, List<String> publishers) {
    public SourceEvent {
        Objects.requireNonNull(event);
        Objects.requireNonNull(documentId);
        publishers = List.copyOf(publishers);
    }

    /** The key under which this report counts as one independent source: its first publisher, else its document. */
    public String independenceKey() {
        return publishers.isEmpty() ? "doc:" + documentId : publishers.get(0);
    }
}
