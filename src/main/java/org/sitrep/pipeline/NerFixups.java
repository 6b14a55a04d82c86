package org.sitrep.pipeline;

import org.sitrep.nlp.NerFixup;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.codebook.Country;
import org.sitrep.geo.Gazetteer;

/**
 * The curated names the NER must get right in conflict news: named actors (ORGANIZATION), countries and their
 * aliases (LOCATION), demonyms (MISC), admin regions and places above a population threshold from the gazetteer
 * (LOCATION). Never every gazetteer name: "Man" or "Of" would become places.
 */
public final class NerFixups {
    /** Places at least this populous are curated place names. */
    public static final long MIN_POPULATION = 15_000;

    private NerFixups() {
    }

    public static List<NerFixup> curated(ActorDictionary actors, Countries countries, Gazetteer gazetteer) {
        List<NerFixup> out = new ArrayList<>();
        actors.entries().stream().filter(a -> !a.generic()).forEach(a -> {
            out.add(new NerFixup(a.name(), "ORGANIZATION"));
            a.aliases().stream().filter(NerFixups::isName).forEach(alias -> out.add(new NerFixup(alias, "ORGANIZATION")));
        });
        for (Country c : countries.all()) {
            out.add(new NerFixup(c.name(), "LOCATION"));
            c.aliases().stream().filter(NerFixups::isName).forEach(alias -> out.add(new NerFixup(alias, "LOCATION")));
            c.demonyms().stream().filter(NerFixups::isName).forEach(d -> out.add(new NerFixup(d, "MISC")));
        }
        gazetteer.prominentNames(MIN_POPULATION).stream().filter(NerFixups::isName)
                .forEach(n -> out.add(new NerFixup(n, "LOCATION")));
        return List.copyOf(out);
    }

    /** Capitalised, at least two letters: lower-case aliases ("gunmen") are never names. */
    private static boolean isName(String s) {
        return s.length() >= 2 && Character.isUpperCase(s.codePointAt(0));
    }
}
