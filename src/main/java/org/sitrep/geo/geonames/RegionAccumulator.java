package org.sitrep.geo.geonames;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * First-pass statistics per country ("SY"), admin1 ("SY.07") and admin2 ("SY.07.170793") code: whether the dump has
 * the region's own row, its seat (PPLC / PPLA / PPLA2) and the population-weighted centroid of its populated places.
 * Not thread-safe; used by one builder.
 */
final class RegionAccumulator {
    /** Derived coordinates and how they were derived ("seat:<id>" or "centroid:<n> places"). */
    record Derived(double latitude, double longitude, long weight, String method) {
    }

    private static final class Stats {
        boolean hasOwnRow;
        String ownName = "";
        long seatPopulation = -1;
        long seatId;
        double seatLat;
        double seatLon;
        double sumLat;
        double sumLon;
        double sumWeight;
        long places;
        long population;
    }

    private final Map<String, Stats> byCode = new HashMap<>();

    void add(GeoNamesRow row) {
        if (row.countryCode().isEmpty()) {
            return;
        }
        String code = row.featureCode();
        if (code.startsWith("PCL")) {
            own(row.countryCode(), row.name());
        } else if ("ADM1".equals(code) && !row.admin1Key().isEmpty()) {
            own(row.admin1Key(), row.name());
        } else if ("ADM2".equals(code) && !row.admin2Key().isEmpty()) {
            own(row.admin2Key(), row.name());
        }
        if (!"P".equals(row.featureClass())) {
            return;
        }
        place(row.countryCode(), row, "PPLC".equals(code));
        if (!row.admin1Key().isEmpty()) {
            place(row.admin1Key(), row, "PPLA".equals(code) || "PPLC".equals(code) && isSeatless(row.admin1Key()));
        }
        if (!row.admin2Key().isEmpty()) {
            place(row.admin2Key(), row, "PPLA2".equals(code));
        }
    }

    /** Codes of regions that appear in the data (as places' codes or own rows). */
    Iterable<String> codes() {
        return byCode.keySet();
    }

    boolean hasOwnRow(String code) {
        Stats s = byCode.get(code);
        return s != null && s.hasOwnRow;
    }

    /** The name of the region's own row in the dump, if it has one. */
    Optional<String> ownName(String code) {
        Stats s = byCode.get(code);
        return s == null || s.ownName.isEmpty() ? Optional.empty() : Optional.of(s.ownName);
    }

    /** The seat's coordinates when there is a seat, else the population-weighted centroid of the region's places. */
    Optional<Derived> derived(String code) {
        Stats s = byCode.get(code);
        if (s == null || s.places == 0) {
            return Optional.empty();
        }
        if (s.seatPopulation >= 0) {
            return Optional.of(new Derived(s.seatLat, s.seatLon, s.population, "seat:" + s.seatId));
        }
        return Optional.of(new Derived(s.sumLat / s.sumWeight, s.sumLon / s.sumWeight, s.population,
                "centroid:" + s.places + " places"));
    }

    private boolean isSeatless(String code) {
        Stats s = byCode.get(code);
        return s == null || s.seatPopulation < 0;
    }

    private void own(String code, String name) {
        Stats s = byCode.computeIfAbsent(code, c -> new Stats());
        s.hasOwnRow = true;
        s.ownName = name;
    }

    private void place(String code, GeoNamesRow row, boolean seat) {
        Stats s = byCode.computeIfAbsent(code, c -> new Stats());
        double weight = Math.max(1, row.population());
        s.sumLat += row.latitude() * weight;
        s.sumLon += row.longitude() * weight;
        s.sumWeight += weight;
        s.places++;
        s.population += row.population();
        if (seat && row.population() > s.seatPopulation) {
            s.seatPopulation = row.population();
            s.seatId = row.geonameid();
            s.seatLat = row.latitude();
            s.seatLon = row.longitude();
        }
    }
}
