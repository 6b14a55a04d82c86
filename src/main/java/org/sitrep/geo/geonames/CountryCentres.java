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

    private CountryCentres(Map<String, Point> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    static CountryCentres empty() {
        return new CountryCentres(Map.of());
    }

    static CountryCentres of(Map<String, Point> points) {
        return new CountryCentres(points);
    }

    Optional<Point> of(String countryCode) {
        return Optional.ofNullable(byCode.get(countryCode));
    }

    int size() {
        return byCode.size();
    }
}
