package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** The result of one document: the cleaned document, its resolved places and its events (main event first). */
public record Extraction(Document document, List<ResolvedPlace> places, List<Event> events) {
    public Extraction {
        Objects.requireNonNull(document);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }
}
