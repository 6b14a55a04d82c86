package org.sitrep.geo.geonames;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Place;

/**
 * Seats of countries and admin regions by country and region names, collected from the populated places of a
 * gazetteer: for a country its capital (PPLC), for a first-order region its PPLA (or the PPLC inside it; without
 * either, its most populous PPLA2, as for provinces newer than the data's feature codes), for a second-order region
 * its PPLA2 (or a higher seat inside it); the most populous when there are several. Immutable after {@link #add}ing is done by one builder.
 */
final class SeatTable {
    private final Map<String, Place> capitals = new HashMap<>();
    private final Map<String, Place> admin1Seats = new HashMap<>();
    private final Map<String, Place> admin1Fallbacks = new HashMap<>();
    private final Map<String, Place> admin2Seats = new HashMap<>();

    /** Takes {@code p} as a seat of its regions when it is one. */
    void add(Place p) {
        if (!p.isPopulatedPlace()) {
            return;
        }
        String code = p.featureCode();
        boolean capital = "PPLC".equals(code);
        if (capital) {
            capitals.merge(p.countryCode(), p, SeatTable::larger);
        }
        if (p.admin1().isEmpty()) {
            return;
        }
        boolean admin1Seat = "PPLA".equals(code) || capital;
        String a1 = key(p.countryCode(), p.admin1().get(), "");
        if (admin1Seat) {
            admin1Seats.merge(a1, p, SeatTable::larger);
        } else if ("PPLA2".equals(code)) {
            admin1Fallbacks.merge(a1, p, SeatTable::larger);
        }
        if (p.admin2().isPresent() && (admin1Seat || "PPLA2".equals(code))) {
            admin2Seats.merge(key(p.countryCode(), p.admin1().get(), p.admin2().get()), p,
                    (a, b) -> rank(a) != rank(b) ? (rank(a) < rank(b) ? a : b) : larger(a, b));
        }
    }

    /** The seat of {@code region}, when it is a country, an ADM1 or an ADM2 entry and a seat was seen. */
    Optional<Place> seatOf(Place region) {
        if (region.isCountry()) {
            return Optional.ofNullable(capitals.get(region.countryCode()));
        }
        if (region.admin1().isEmpty()) {
            return Optional.empty();
        }
        if (region.isAdmin1()) {
            String a1 = key(region.countryCode(), region.admin1().get(), "");
            return Optional.ofNullable(admin1Seats.getOrDefault(a1, admin1Fallbacks.get(a1)));
        }
        if (region.isAdmin2() && region.admin2().isPresent()) {
            return Optional.ofNullable(admin2Seats.get(key(region.countryCode(), region.admin1().get(),
                    region.admin2().get())));
        }
        return Optional.empty();
    }

    /** A second-order region's own seat (PPLA2) before a higher seat that lies in it. */
    private static int rank(Place p) {
        return "PPLA2".equals(p.featureCode()) ? 0 : 1;
    }

    private static Place larger(Place a, Place b) {
        return b.population() > a.population() ? b : a;
    }

    private static String key(String countryCode, String admin1, String admin2) {
        return countryCode + "\u0000" + admin1 + "\u0000" + admin2;
    }
}
