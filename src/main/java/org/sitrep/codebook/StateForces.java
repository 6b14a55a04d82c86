package org.sitrep.codebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Generates each country's state forces, ACLED-style: "Military Forces of {Country}" and "Police Forces of {Country}"
 * (inter 1), with the press's phrasings built from the country's name, short aliases and demonyms.
 * Following ACLED, "security forces" and "government forces" are military, gendarmes are police.
 */
final class StateForces {
    static final String MILITARY = "Military Forces of ";
    static final String POLICE = "Police Forces of ";

    private static final List<String> MILITARY_NOUNS = List.of("army", "forces", "military", "troops", "soldiers",
            "soldier", "armed forces", "air force", "navy", "army troops", "army soldiers", "military forces",
            "government forces", "government troops", "regime forces", "security forces", "warplanes", "jets",
            "naval forces", "defence forces", "defense forces", "ground forces", "special forces", "national army",
            "air forces", "aircraft", "warplane", "helicopters", "gunships");
    private static final List<String> POLICE_NOUNS = List.of("police", "police forces", "police force", "policemen",
            "policeman", "police officers", "police officer", "riot police", "national police", "gendarmes",
            "gendarmerie");

    private StateForces() {
    }

    /** The military entry of {@code country}. */
    static ActorEntry military(Country country) {
        return new ActorEntry(MILITARY + country.name(), 1, Optional.of(country.iso2()),
                phrases(country, MILITARY_NOUNS, List.of("army of ", "armed forces of ", "military of ")), false);
    }

    /** The police entry of {@code country}. */
    static ActorEntry police(Country country) {
        return new ActorEntry(POLICE + country.name(), 1, Optional.of(country.iso2()),
                phrases(country, POLICE_NOUNS, List.of("police of ", "national police of ")), false);
    }

    private static List<String> phrases(Country country, List<String> nouns, List<String> prefixes) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String modifier : modifiers(country)) {
            for (String noun : nouns) {
                phrases.add(modifier + " " + noun);
            }
        }
        for (String prefix : prefixes) {
            phrases.add(prefix + country.name());
        }
        return new ArrayList<>(phrases);
    }

    /** Name, demonyms and short aliases (at most two words, no commas or brackets): "Syrian", "Syria", "DRC". */
    private static List<String> modifiers(Country country) {
        Set<String> modifiers = new LinkedHashSet<>(country.demonyms());
        modifiers.add(country.name());
        for (String alias : country.aliases()) {
            if (!alias.matches(".*[,()].*") && alias.strip().split("\\s+").length <= 2) {
                modifiers.add(alias);
            }
        }
        return new ArrayList<>(modifiers);
    }
}
