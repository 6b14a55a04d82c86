package org.sitrep.geo.geonames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference points of first-order regions for dumps without region rows (cities500): the country's GeoNames shape
 * is divided among its regions by the nearest GeoNames populated place (each cell of a {@value #STEP}-degree grid
 * inside the shape belongs to the region of its nearest place of that country), and a region's point is the area
 * centroid of its cells. This approximates the region's territory where the midpoint of its places' extent does
 * not: in Canada, Australia or Russia the places crowd into one edge of the region. A place far outside its region's
 * cluster (more than {@value #OUTLIER_FACTOR} times the distance within which 90% of the region's places lie, and
 * more than {@value #OUTLIER_MIN_KM} km, from the places' median point) is left out of the division: GeoNames has a
 * few places coded to the wrong region (Tibetan townships coded to Hebei), and in a sparse land such a place would
 * claim a wide territory for its region. Not thread-safe; one per build.
 */
final class RegionTerritories {
    /** Grid step in degrees. */
    static final double STEP = 0.1;
    /** Furthest bucket ring searched for a nearest place (degrees). */
    private static final int MAX_RING = 12;
    /** A place beyond this many times its region's 90th-percentile distance from the median point is an outlier. */
    static final double OUTLIER_FACTOR = 3;
    /** ... and beyond this many km. */
    static final double OUTLIER_MIN_KM = 500;

    private record Seed(float latitude, float longitude, String region) {
    }

    private final Map<String, List<Seed>> seedsByCountry = new HashMap<>();

    /** Adds a populated place with a first-order region code. */
    void add(GeoNamesRow row) {
        if (!"P".equals(row.featureClass()) || row.admin1Key().isEmpty()) {
            return;
        }
        seedsByCountry.computeIfAbsent(row.countryCode(), c -> new ArrayList<>())
                .add(new Seed((float) row.latitude(), (float) row.longitude(), row.admin1Key()));
    }

    /** Region code ("CA.01") -> point, for every country that has both places and a shape in {@code centres}. */
    Map<String, CountryCentres.Point> centres(CountryCentres centres) {
        Map<String, double[]> moments = new HashMap<>();
        for (Map.Entry<String, List<Seed>> country : seedsByCountry.entrySet()) {
            Map<Long, List<Seed>> seeds = buckets(withoutOutliers(country.getValue()));
            centres.shape(country.getKey()).ifPresent(shape -> CountryShapes.scan(shape, STEP, (lat, west, east) -> {
                double weight = Math.cos(Math.toRadians(lat)) * STEP * STEP;
                for (double x = Math.floor(west / STEP) * STEP + STEP / 2; x < east; x += STEP) {
                    if (x < west) {
                        continue;
                    }
                    Optional<String> region = nearest(seeds, lat, ((x + 540) % 360) - 180);
                    if (region.isPresent()) {
                        double[] m = moments.computeIfAbsent(region.get(), r -> new double[3]);
                        m[0] += weight;
                        m[1] += lat * weight;
                        m[2] += x * weight;
                    }
                }
            }));
        }
        Map<String, CountryCentres.Point> points = new HashMap<>();
        moments.forEach((region, m) -> {
            double lon = m[2] / m[0];
            points.put(region, new CountryCentres.Point(m[1] / m[0], ((lon + 540) % 360) - 180));
        });
        return points;
    }

    /** The seeds without the places far outside their region's cluster (see the class comment). */
    static List<Seed> withoutOutliers(List<Seed> seeds) {
        Map<String, List<Seed>> byRegion = new HashMap<>();
        seeds.forEach(s -> byRegion.computeIfAbsent(s.region(), r -> new ArrayList<>()).add(s));
        List<Seed> kept = new ArrayList<>(seeds.size());
        for (List<Seed> region : byRegion.values()) {
            double lat = median(region.stream().mapToDouble(Seed::latitude).toArray());
            double lon = median(region.stream().mapToDouble(Seed::longitude).toArray());
            double[] km = region.stream().mapToDouble(s -> org.sitrep.model.GreatCircle.km(lat, lon, s.latitude(),
                    s.longitude())).toArray();
            double[] sorted = km.clone();
            java.util.Arrays.sort(sorted);
            double limit = Math.max(OUTLIER_MIN_KM, OUTLIER_FACTOR * sorted[(int) Math.floor(0.9 * (sorted.length - 1))]);
            for (int i = 0; i < region.size(); i++) {
                if (km[i] <= limit) {
                    kept.add(region.get(i));
                }
            }
        }
        return kept;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static Map<Long, List<Seed>> buckets(List<Seed> seeds) {
        Map<Long, List<Seed>> buckets = new HashMap<>();
        seeds.forEach(s -> buckets.computeIfAbsent(bucket(Math.floor(s.latitude()), Math.floor(s.longitude())),
                b -> new ArrayList<>()).add(s));
        return buckets;
    }

    /** The region of the nearest seed (equirectangular distance) within {@value #MAX_RING} degrees. */
    private static Optional<String> nearest(Map<Long, List<Seed>> seeds, double lat, double lon) {
        int row = (int) Math.floor(lat);
        int col = (int) Math.floor(lon);
        double cos = Math.cos(Math.toRadians(lat));
        double best = Double.MAX_VALUE;
        String region = null;
        for (int ring = 0; ring <= MAX_RING; ring++) {
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = col - ring; c <= col + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - col)) != ring) {
                        continue;
                    }
                    int wrapped = Math.floorMod(c + 180, 360) - 180;
                    for (Seed s : seeds.getOrDefault(bucket(r, wrapped), List.of())) {
                        double dLon = ((s.longitude() - lon + 540) % 360 - 180) * cos;
                        double dLat = s.latitude() - lat;
                        double d = dLat * dLat + dLon * dLon;
                        if (d < best) {
                            best = d;
                            region = s.region();
                        }
                    }
                }
            }
            // every seed in a further ring is at least `ring` degrees of latitude or (ring * cos) of longitude away
            double bound = ring * Math.max(cos, 0.05);
            if (region != null && best <= bound * bound) {
                break;
            }
        }
        return Optional.ofNullable(region);
    }

    private static long bucket(double row, double col) {
        return ((long) row + 90) * 1000 + ((long) col + 180);
    }
}
