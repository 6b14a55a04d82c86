package org.sitrep.geo.geonames;

import java.util.List;
import java.util.Objects;

/**
 * One row of the GeoNames main table (the columns this project uses); codes are "" when absent.
 *
 * @param population 0 when GeoNames does not know it
 */
public record GeoNamesRow(long geonameid, String name, String asciiName, List<String> alternateNames,
                          double latitude, double longitude, String featureClass, String featureCode,
                          String countryCode, String admin1Code, String admin2Code, long population) {
    public GeoNamesRow {
        Objects.requireNonNull(name);
        Objects.requireNonNull(asciiName);
        alternateNames = List.copyOf(alternateNames);
        Objects.requireNonNull(featureClass);
        Objects.requireNonNull(featureCode);
        Objects.requireNonNull(countryCode);
        Objects.requireNonNull(admin1Code);
        Objects.requireNonNull(admin2Code);
    }

    /** "SY.07", or "" when the row has no admin1 code. */
    public String admin1Key() {
        return admin1Code.isEmpty() ? "" : countryCode + "." + admin1Code;
    }

    /** "SY.07.170793", or "" when the row has no admin2 code. */
    public String admin2Key() {
        return admin1Code.isEmpty() || admin2Code.isEmpty() ? "" : admin1Key() + "." + admin2Code;
    }
}
