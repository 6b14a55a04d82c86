package org.sitrep.geo;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorMention;

/**
 * Country evidence from the actors a text names: each mention of a dictionary actor with a home country (Al-Shabaab:
 * Somalia, LNA: Libya, FARDC: DR Congo) weighs {@value #WEIGHT} for that country, as a demonym does. Generic and
 * transnational actors give none. Immutable and thread-safe.
 */
final class ActorCountries {
    static final double WEIGHT = 0.5;
    private final ActorDictionary actors;

    ActorCountries(ActorDictionary actors) {
        this.actors = actors;
    }

    /** Country code -> summed weight of the actor mentions in {@code text}. */
    Map<String, Double> evidence(String text) {
        Map<String, Double> weights = new HashMap<>();
        for (ActorMention m : actors.find(text)) {
            m.actor().countryCode().ifPresent(cc -> weights.merge(cc, WEIGHT, Double::sum));
        }
        return weights;
    }
}
