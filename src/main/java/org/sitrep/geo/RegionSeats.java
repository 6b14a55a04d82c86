package org.sitrep.geo;

import java.util.Optional;
import org.sitrep.model.Place;

/**
 * The seat of a country or an administrative region: the town where ACLED places an event that a report locates
 * only by its region ("in Gedo region" is coded at Garbahaarey with geo_precision 3) or its country (the capital).
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface RegionSeats {
    /**
     * The seat of {@code region} (a country's capital, PPLC; a first-order region's capital, PPLA or PPLC; a
     * second-order region's PPLA2, or a higher seat inside it); empty for other places and when the gazetteer knows
     * no seat.
     */
    Optional<Place> seatOf(Place region);

    /** Knows no seats: events located by a region keep the region's own coordinates. */
    static RegionSeats none() {
        return region -> Optional.empty();
    }
}
