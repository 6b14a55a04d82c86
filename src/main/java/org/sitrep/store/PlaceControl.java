package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a place from a date on, according to one territory-change event.
 *
 * @param placeKey "geonameid:N", or "location, country" when the place has no GeoNames id
 * @param holder   the actor that took or kept control (the event's actor1)
 * @param previous the actor it was taken from (actor2), if known
 * @param eventId  the fused event that says so
 */
public record PlaceControl(String placeKey, String location, String country, double latitude, double longitude,
                           String holder, LocalDate since, Optional<String> previous, String eventId) {
    public PlaceControl {
        Objects.requireNonNull(placeKey);
        Objects.requireNonNull(location);
        Objects.requireNonNull(country);
        Objects.requireNonNull(holder);
        Objects.requireNonNull(since);
        Objects.requireNonNull(previous);
        Objects.requireNonNull(eventId);
    }
}
