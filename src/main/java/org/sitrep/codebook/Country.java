package org.sitrep.codebook;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A country or territory as ACLED names it.
 *
 * @param iso2       ISO 3166-1 alpha-2 code, upper case ("SY"; Kosovo uses the user-assigned "XK")
 * @param iso3       ISO 3166-1 alpha-3 code ("SYR")
 * @param isoNumeric ISO 3166-1 numeric code, ACLED's {@code iso} field (760); 0 where ISO assigns none (Kosovo)
 * @param name       the English name ACLED writes ("Democratic Republic of Congo")
 * @param aliases    other names it goes by (official name, short forms, acronyms)
 * @param demonyms   adjectives and nouns for its people or state ("Syrian"); may be empty
 * @param region     ACLED region, one of {@link #REGIONS}
 */
public record Country(String iso2, String iso3, int isoNumeric, String name, List<String> aliases,
                      List<String> demonyms, String region) {

    /** The regions ACLED groups countries into. */
    public static final Set<String> REGIONS = Set.of("Western Africa", "Middle Africa", "Eastern Africa",
            "Southern Africa", "Northern Africa", "Middle East", "South Asia", "Southeast Asia", "East Asia",
            "Caucasus and Central Asia", "Europe", "North America", "Central America", "South America", "Caribbean",
            "Oceania", "Antarctica");

    public Country {
        Objects.requireNonNull(iso2);
        Objects.requireNonNull(iso3);
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        if (!iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("iso2 must be two upper-case letters: '" + iso2 + "'");
        }
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters: '" + iso3 + "'");
        }
        if (isoNumeric < 0 || isoNumeric > 999) {
            throw new IllegalArgumentException("iso numeric out of range 0-999: " + isoNumeric);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank country name for " + iso2);
        }
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("unknown region '" + region + "'");
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }
}
