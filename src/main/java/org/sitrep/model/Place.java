package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One gazetteer entry in GeoNames terms. Countries and admin regions are places too (feature codes PCLI, ADM1, ADM2),
 * with coordinates taken from the GeoNames data itself.
 *
 * @param geonameid   GeoNames id (or a stable synthetic negative id for regions derived from the code tables)
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ADM1, ADM2, PCLI, ...)
 * @param countryCode ISO 3166-1 alpha-2
 * @param country     the country's English name
 * @param admin1      the first-order region's name, if known
 * @param admin2      the second-order region's name, if known
 * @param population  0 when GeoNames does not know it
 */
public record Place(long geonameid, String name, String featureClass, String featureCode, String countryCode,
                    String country, Optional<String> admin1, Optional<String> admin2,
                    double latitude, double longitude, long population) {
    public Place {
        Objects.requireNonNull(name);
        Objects.requireNonNull(featureClass);
        Objects.requireNonNull(featureCode);
        Objects.requireNonNull(countryCode);
        Objects.requireNonNull(country);
        Objects.requireNonNull(admin1);
        Objects.requireNonNull(admin2);
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range for " + name);
        }
    }

    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    public boolean isAdmin2() {
        return "ADM2".equals(featureCode);
    }

    /** Populated places (towns, cities, villages) and their parts. */
    public boolean isPopulatedPlace() {
        return "P".equals(featureClass);
    }
}
