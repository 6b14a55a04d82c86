package org.sitrep.store;

import java.util.List;

/**
 * One page of the fused events matching a query.
 *
 * @param matched how many events match the query in all
 * @param events  the page, in the store's event order
 */
public record EventPage(long matched, List<StoredEvent> events) {
    public EventPage {
        if (matched < 0) {
            throw new IllegalArgumentException("matched < 0");
        }
        events = List.copyOf(events);
    }
}
