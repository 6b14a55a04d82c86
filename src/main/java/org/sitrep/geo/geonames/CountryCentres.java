package org.sitrep.geo.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reference points of countries (ISO alpha-2 -> latitude, longitude) from the world-countries package's
 * countries.json ({@code cca2}, {@code latlng}: the CIA World Factbook's country centres, ODbL). Used for countries a
 * dump has no row of its own for (cities500), where a point derived from the populated places lies hundreds of
 * kilometres from the centre gazetteers use (Russia, Canada). Immutable.
 */
final class CountryCentres {
    /** A point in degrees. */
    record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> byCode;

    private CountryCentres(Map<String, Point> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static CountryCentres empty() {
        return new CountryCentres(Map.of());
    }

    /** Reads countries.json; IllegalArgumentException with a one-line reason when it is not that file. */
    static CountryCentres read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (!root.isArray()) {
                throw new IllegalArgumentException(file + " is not a world-countries countries.json (no array)");
            }
            Map<String, Point> points = new HashMap<>();
            for (JsonNode country : root) {
                JsonNode code = country.get("cca2");
                JsonNode latlng = country.get("latlng");
                if (code != null && latlng != null && latlng.isArray() && latlng.size() == 2) {
                    double lat = latlng.get(0).asDouble();
                    double lon = latlng.get(1).asDouble();
                    if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                        points.put(code.asText(), new Point(lat, lon));
                    }
                }
            }
            return new CountryCentres(points);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read country centres " + file + ": " + e.getMessage());
        }
    }

    Optional<Point> of(String countryCode) {
        return Optional.ofNullable(byCode.get(countryCode));
    }

    int size() {
        return byCode.size();
    }
}
