package org.sitrep.codebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor of the dictionary: a named group or force, or a generic template whose country comes from the event.
 *
 * @param name        canonical name; for a generic entry a template containing {@value #COUNTRY}
 * @param inter       ACLED inter code, 1 (state forces) to 8 (external/other forces)
 * @param countryCode ISO alpha-2 code of the actor's home country; empty for transnational and generic actors
 * @param aliases     names and phrases it is mentioned by in the press (the canonical name not repeated)
 * @param generic     true when {@code name} is a template filled by {@link #nameFor}
 */
public record ActorEntry(String name, int inter, Optional<String> countryCode, List<String> aliases, boolean generic) {

    /** The placeholder a generic name carries for the event's country. */
    public static final String COUNTRY = "{country}";

    public ActorEntry {
        Objects.requireNonNull(name);
        Objects.requireNonNull(countryCode);
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank actor name");
        }
        if (inter < 1 || inter > 8) {
            throw new IllegalArgumentException("inter code must be 1-8, was " + inter + " for " + name);
        }
        if (generic != name.contains(COUNTRY)) {
            throw new IllegalArgumentException("a generic name, and only one, contains " + COUNTRY + ": " + name);
        }
        if (generic && countryCode.isPresent()) {
            throw new IllegalArgumentException("a generic actor takes its country from the event: " + name);
        }
        aliases = List.copyOf(aliases);
    }

    /** State forces, rebels, political and identity militias (inter 1-4) or external forces (8): an armed side. */
    public boolean armed() {
        return inter <= 4 || inter == 8;
    }

    /** The name with the event's country filled in; without a country the placeholder and its " ( )" or " of" go. */
    public String nameFor(Optional<Country> eventCountry) {
        if (!generic) {
            return name;
        }
        if (eventCountry.isPresent()) {
            return name.replace(COUNTRY, eventCountry.get().name());
        }
        return name.replace(" (" + COUNTRY + ")", "").replace(" of " + COUNTRY, "").replace(COUNTRY, "").strip();
    }
}
