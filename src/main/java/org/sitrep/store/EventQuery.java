package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for reading fused events; empty means no filter. Dates are inclusive event dates.
 *
 * @param country   ACLED country name, ignoring case
 * @param eventType ACLED event type, exactly
 */
public record EventQuery(Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to,
                         Optional<String> eventType, Optional<BoundingBox> bbox) {
    public EventQuery {
        Objects.requireNonNull(country);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(eventType);
        Objects.requireNonNull(bbox);
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
