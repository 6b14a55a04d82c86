package org.sitrep.geo.geonames;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * First-pass statistics per country ("SY"), admin1 ("SY.07") and admin2 ("SY.07.170793") code: whether the dump has
 * the region's own row, its seat (PPLC / PPLA / PPLA2), the population-weighted centroid of its populated places and
 * a bounded sample of their coordinates (for the midpoint of the region's extent). Not thread-safe; used by one
 * builder.
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
        float[] sampleLat = new float[0];
        float[] sampleLon = new float[0];
    }

    /** Coordinates kept per region for the extent (a reservoir sample beyond this many places). */
    private static final int SAMPLE = 4096;
    /** Share of places cut at each end of the latitude and longitude ranges (outlying islands, exclaves). */
    private static final double TRIM = 0.02;
    private final java.util.Random random = new java.util.Random(20_18L);

    private final Map<String, Stats> byCode = new HashMap<>();
    private boolean continents;

    /** True when the dump has continent (CONT) rows of its own. */
    boolean hasContinents() {
        return continents;
    }

    void add(GeoNamesRow row) {
        continents |= "CONT".equals(row.featureCode());
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

    /**
     * Countries and first-order regions (codes with at most one dot): the midpoint of the extent of the region's
     * populated places (latitude and longitude ranges with {@value #TRIM} of the places cut at each end, across the
     * antimeridian when that is narrower), which approximates the territory's centre as GeoNames' own region rows
     * and gazetteers do, where the seat can lie at an edge (Washington, Ottawa, Canberra, Moscow). Second-order
     * regions: the seat when there is one (small regions: the seat is central enough), else the population-weighted
     * centroid. The weight is the region's total population.
     */
    Optional<Derived> derived(String code) {
        Stats s = byCode.get(code);
        if (s == null || s.places == 0) {
            return Optional.empty();
        }
        if (code.chars().filter(c -> c == '.').count() <= 1 && s.places >= 3) {
            int n = (int) Math.min(s.places, SAMPLE);
            double[] lat = new double[n];
            double[] lon = new double[n];
            for (int i = 0; i < n; i++) {
                lat[i] = s.sampleLat[i];
                lon[i] = s.sampleLon[i];
            }
            return Optional.of(new Derived(midpoint(lat), longitudeMidpoint(lon), s.population,
                    "extent:" + s.places + " places"));
        }
        if (s.seatPopulation >= 0) {
            return Optional.of(new Derived(s.seatLat, s.seatLon, s.population, "seat:" + s.seatId));
        }
        return Optional.of(new Derived(s.sumLat / s.sumWeight, s.sumLon / s.sumWeight, s.population,
                "centroid:" + s.places + " places"));
    }

    private static double midpoint(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int cut = (int) (TRIM * v.length);
        return (v[cut] + v[v.length - 1 - cut]) / 2;
    }

    /** As {@link #midpoint} on longitudes, shifted by 360 degrees when the shifted range is narrower. */
    private static double longitudeMidpoint(double[] lon) {
        double[] shifted = java.util.Arrays.stream(lon).map(x -> x < 0 ? x + 360 : x).toArray();
        double plain = range(lon);
        double across = range(shifted);
        if (across < plain) {
            double m = midpoint(shifted);
            return m > 180 ? m - 360 : m;
        }
        return midpoint(lon);
    }

    private static double range(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int cut = (int) (TRIM * v.length);
        return v[v.length - 1 - cut] - v[cut];
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
        int slot = code.indexOf('.') != code.lastIndexOf('.') ? -1 : s.places < SAMPLE ? (int) s.places
                : random.nextLong(s.places + 1) < SAMPLE ? random.nextInt(SAMPLE) : -1;
        if (slot >= s.sampleLat.length) {
            int size = Math.min(SAMPLE, Math.max(16, s.sampleLat.length * 2));
            s.sampleLat = java.util.Arrays.copyOf(s.sampleLat, size);
            s.sampleLon = java.util.Arrays.copyOf(s.sampleLon, size);
        }
        if (slot >= 0) {
            s.sampleLat[slot] = (float) row.latitude();
            s.sampleLon[slot] = (float) row.longitude();
        }
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
