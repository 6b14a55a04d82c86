package org.sitrep.geo.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reference points of countries (ISO alpha-2 -> latitude, longitude) for countries a dump has no row of its own for
 * (cities500), where a point derived from the populated places lies hundreds of kilometres from the centre
 * gazetteers use (Russia, Canada). Two sources, the second overriding the first: the centroid of GeoNames' country
 * shape ({@link CountryShapes}, whose shapes also place first-order regions), and GeoNames' own country entries
 * ({@link CountryPoints}: the geonameid and point a full dump's PCLI row has). Immutable.
 */
final class CountryCentres {
    /** A point in degrees. */
    record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> byCode;
    private final Map<String, Long> ids;
    private final Map<String, JsonNode> shapes;

    private CountryCentres(Map<String, Point> byCode, Map<String, Long> ids, Map<String, JsonNode> shapes) {
        this.byCode = Map.copyOf(byCode);
        this.ids = Map.copyOf(ids);
        this.shapes = Map.copyOf(shapes);
    }

    static CountryCentres empty() {
        return new CountryCentres(Map.of(), Map.of(), Map.of());
    }

    /** Points by ISO code and the GeoJSON shapes they came from (read-only after this call). */
    static CountryCentres of(Map<String, Point> points, Map<String, JsonNode> shapes) {
        return new CountryCentres(points, Map.of(), shapes);
    }

    /** These centres with GeoNames' own entries taking the place of any shape-derived point of the same country. */
    CountryCentres withEntries(Map<String, CountryPoints.Entry> entries) {
        Map<String, Point> points = new HashMap<>(byCode);
        Map<String, Long> newIds = new HashMap<>(ids);
        entries.forEach((cc, e) -> {
            points.put(cc, e.point());
            if (e.geonameid() > 0) {
                newIds.put(cc, e.geonameid());
            }
        });
        return new CountryCentres(points, newIds, shapes);
    }

    /** The country's GeoNames shape (GeoJSON geometry), if known. */
    Optional<JsonNode> shape(String countryCode) {
        return Optional.ofNullable(shapes.get(countryCode));
    }

    Optional<Point> of(String countryCode) {
        return Optional.ofNullable(byCode.get(countryCode));
    }

    /** GeoNames' id of the country's own entry, when {@link #withEntries} gave one. */
    Optional<Long> geonameid(String countryCode) {
        return Optional.ofNullable(ids.get(countryCode));
    }

    int size() {
        return byCode.size();
    }

    /** How many countries have GeoNames' own entry (the rest, if any, a shape centroid). */
    int entries() {
        return ids.size();
    }
}
