package org.sitrep.geo.geonames;

import java.util.Map;
import java.util.Optional;

/**
 * Reference points of countries (ISO alpha-2 -> latitude, longitude) for countries a dump has no row of its own for
 * (cities500), where a point derived from the populated places lies hundreds of kilometres from the centre
 * gazetteers use (Russia, Canada): derived from GeoNames' country shapes by {@link CountryShapes}. Immutable.
 */
final class CountryCentres {
    /** A point in degrees. */
    record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> byCode;
    private final Map<String, com.fasterxml.jackson.databind.JsonNode> shapes;

    private CountryCentres(Map<String, Point> byCode, Map<String, com.fasterxml.jackson.databind.JsonNode> shapes) {
        this.byCode = Map.copyOf(byCode);
        this.shapes = Map.copyOf(shapes);
    }

    static CountryCentres empty() {
        return new CountryCentres(Map.of(), Map.of());
    }

    /** Points by ISO code and the GeoJSON shapes they came from (read-only after this call). */
    static CountryCentres of(Map<String, Point> points, Map<String, com.fasterxml.jackson.databind.JsonNode> shapes) {
        return new CountryCentres(points, shapes);
    }

    /** The country's GeoNames shape (GeoJSON geometry), if known. */
    Optional<com.fasterxml.jackson.databind.JsonNode> shape(String countryCode) {
        return Optional.ofNullable(shapes.get(countryCode));
    }

    Optional<Point> of(String countryCode) {
        return Optional.ofNullable(byCode.get(countryCode));
    }

    int size() {
        return byCode.size();
    }
}
