package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English country names and common aliases by ISO 3166-1 alpha-2 code, from {@link Locale} plus a few overrides;
 * a stand-in until {@code codebook.Countries} replaces it. Immutable and thread-safe.
 */
public final class CountryNames {
    /** ACLED-style names where the JDK's CLDR name differs. */
    private static final Map<String, String> PREFERRED = Map.ofEntries(
            Map.entry("TR", "Turkey"), Map.entry("CI", "Ivory Coast"), Map.entry("CD", "Democratic Republic of Congo"),
            Map.entry("CG", "Republic of Congo"), Map.entry("PS", "Palestine"), Map.entry("MM", "Myanmar"),
            Map.entry("CZ", "Czech Republic"), Map.entry("CV", "Cape Verde"), Map.entry("SZ", "eSwatini"),
            Map.entry("TL", "East Timor"), Map.entry("KR", "South Korea"), Map.entry("KP", "North Korea"),
            Map.entry("VA", "Vatican City"), Map.entry("XK", "Kosovo"));
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("TR", List.of("Türkiye", "Turkiye")), Map.entry("SY", List.of("Syrian Arab Republic")),
            Map.entry("US", List.of("USA", "U.S.", "US", "U.S.A.", "United States of America", "America")),
            Map.entry("GB", List.of("UK", "U.K.", "Britain", "Great Britain")),
            Map.entry("CI", List.of("Côte d'Ivoire", "Cote d'Ivoire")), Map.entry("CD", List.of("DRC", "DR Congo")),
            Map.entry("MM", List.of("Burma")), Map.entry("RU", List.of("Russian Federation")),
            Map.entry("IR", List.of("Islamic Republic of Iran")), Map.entry("PS", List.of("Palestinian Territories")),
            Map.entry("CZ", List.of("Czechia")), Map.entry("SS", List.of("S. Sudan")));

    private final Map<String, String> codeByKey;

    private CountryNames(Map<String, String> codeByKey) {
        this.codeByKey = Map.copyOf(codeByKey);
    }

    /** The table for every ISO country the JDK knows, plus Kosovo (XK). */
    public static CountryNames standard() {
        Map<String, String> byKey = new HashMap<>();
        for (String cc : allCodes()) {
            for (String name : namesOf(cc)) {
                byKey.putIfAbsent(ToponymKeys.key(name), cc);
            }
        }
        return new CountryNames(byKey);
    }

    /** The English name for {@code cc}, or the code itself when unknown. */
    public static String englishName(String cc) {
        String preferred = PREFERRED.get(cc);
        if (preferred != null) {
            return preferred;
        }
        String name = Locale.of("", cc).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() ? cc : name;
    }

    /** English name, the JDK's name when it differs, and aliases. */
    public static List<String> namesOf(String cc) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.add(englishName(cc));
        names.add(Locale.of("", cc).getDisplayCountry(Locale.ENGLISH));
        names.addAll(ALIASES.getOrDefault(cc, List.of()));
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }

    /** The code of the country called {@code name} (any alias, normalised), if any. */
    public Optional<String> codeOf(String name) {
        return Optional.ofNullable(codeByKey.get(ToponymKeys.key(name)));
    }

    private static Set<String> allCodes() {
        Set<String> codes = new java.util.TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
        codes.add("XK");
        return codes;
    }
}
