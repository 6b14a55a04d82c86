package org.sitrep.codebook;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The country table, looked up by ISO code, name or alias, and demonym. Immutable and thread-safe. */
public final class Countries {
    static final String RESOURCE = "codebook/countries.tsv";
    private static final List<String> HEADER =
            List.of("iso2", "iso3", "iso_numeric", "name", "aliases", "demonyms", "region");

    private final List<Country> all;
    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();

    private Countries(List<Country> countries) {
        this.all = List.copyOf(countries);
        for (Country country : all) {
            byIso2.put(country.iso2(), country);
            byName.put(NameKey.of(country.name()), country);
            country.aliases().forEach(alias -> byName.put(NameKey.of(alias), country));
            country.demonyms().forEach(demonym -> byDemonym.put(NameKey.of(demonym), country));
        }
    }

    /** The table shipped in {@value #RESOURCE}. */
    public static Countries load() {
        return TsvReader.fromClasspath(RESOURCE, reader -> parse(reader, RESOURCE));
    }

    /** Parses a country table; a malformed or conflicting line raises {@link CodebookFormatException}. */
    static Countries parse(Reader reader, String source) {
        Map<String, Integer> iso2Lines = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        Map<String, Integer> demonymLines = new HashMap<>();
        List<Country> countries = TsvReader.read(reader, source, HEADER).stream().map(row -> {
            Country country;
            try {
                country = new Country(row.field(0).strip(), row.field(1).strip(), row.integer(2, "iso_numeric"),
                        row.field(3).strip(), row.list(4), row.list(5), row.field(6).strip());
            } catch (IllegalArgumentException e) {
                throw row.fail(e.getMessage());
            }
            claim(iso2Lines, country.iso2(), row, "iso2");
            claim(nameLines, NameKey.of(country.name()), row, "name");
            country.aliases().forEach(alias -> claim(nameLines, NameKey.of(alias), row, "alias"));
            country.demonyms().forEach(demonym -> claim(demonymLines, NameKey.of(demonym), row, "demonym"));
            return country;
        }).toList();
        return new Countries(countries);
    }

    private static void claim(Map<String, Integer> owners, String key, TsvRow row, String what) {
        Integer previous = owners.putIfAbsent(key, row.line());
        if (previous != null && previous != row.line()) {
            throw row.fail(what + " '" + key + "' already used on line " + previous);
        }
    }

    /** The country with this ISO alpha-2 code, in any case. */
    public Optional<Country> byIso2(String iso2) {
        return Optional.ofNullable(byIso2.get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country with this name or alias, ignoring case, accents, punctuation and a leading "the". */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(NameKey.of(name)));
    }

    /** The country whose demonym this is ("Syrian" -> Syria), with the same folding as {@link #byName}. */
    public Optional<Country> byDemonym(String demonym) {
        return Optional.ofNullable(byDemonym.get(NameKey.of(demonym)));
    }

    /** Every country in file order. */
    public List<Country> all() {
        return all;
    }
}
