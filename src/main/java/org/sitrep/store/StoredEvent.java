package org.sitrep.store;

import java.time.Instant;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * A fused event as stored, for exports: its fused values, how many report events it was fused from, and when it last
 * changed.
 */
public record StoredEvent(Event event, int sources, Instant updatedAt) {
    public StoredEvent {
        Objects.requireNonNull(event);
        Objects.requireNonNull(updatedAt);
    }
}
