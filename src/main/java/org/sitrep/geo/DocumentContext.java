package org.sitrep.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * Country evidence of one document, and which toponym gave which part of it. Immutable.
 *
 * @param countryWeights evidence per country code from demonyms and every toponym's unambiguous reading
 * @param byKey          the part of that evidence each toponym key contributed (a name never supports itself)
 * @param toponymKeys    the keys of all the document's toponyms
 */
record DocumentContext(Map<String, Double> countryWeights, Map<String, Map<String, Double>> byKey,
                       Set<String> toponymKeys) {
    /**
     * The evidence of one document: demonyms (0.5 each), the actors' home countries, and each toponym's first
     * candidate (a country 1.0, a first-order or second-order region 0.5 shared among the namesake regions, a town
     * 0.25 when all its candidates lie in one country).
     */
    static DocumentContext of(String doc, List<Toponym> toponyms, List<List<Place>> candidates, Demonyms demonyms,
                              Optional<ActorCountries> actorCountries) {
        Map<String, Double> weights = new HashMap<>();
        for (Demonyms.Match m : demonyms.findIn(doc)) {
            weights.merge(m.countryCode(), 0.5, Double::sum);
        }
        actorCountries.ifPresent(a -> a.evidence(doc).forEach((cc, w) -> weights.merge(cc, w, Double::sum)));
        Map<String, Map<String, Double>> byKey = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < toponyms.size(); i++) {
            String key = ToponymKeys.key(toponyms.get(i).text());
            keys.add(key);
            List<Place> places = candidates.get(i);
            if (places.isEmpty()) {
                continue;
            }
            Place top = places.get(0);
            Map<String, Double> own = byKey.computeIfAbsent(key, k -> new HashMap<>());
            if (top.isCountry()) {
                own.merge(top.countryCode(), 1.0, Double::sum);
            } else if (top.isAdmin1() || top.isAdmin2()) {
                long regions = places.stream().filter(p -> p.featureCode().equals(top.featureCode()))
                        .map(Place::countryCode).distinct().count();
                own.merge(top.countryCode(), 0.5 / regions, Double::sum);
            } else {
                long countries = places.stream().map(Place::countryCode).distinct().count();
                if (countries == 1) {
                    own.merge(top.countryCode(), 0.25, Double::sum);
                }
            }
        }
        byKey.values().forEach(m -> m.forEach((cc, w) -> weights.merge(cc, w, Double::sum)));
        return new DocumentContext(weights, byKey, keys);
    }

    /** The country weights without the evidence that {@code key} itself contributed. */
    Map<String, Double> weightsWithout(String key) {
        Map<String, Double> own = byKey.getOrDefault(key, Map.of());
        if (own.isEmpty()) {
            return countryWeights;
        }
        Map<String, Double> out = new HashMap<>(countryWeights);
        own.forEach((cc, w) -> out.computeIfPresent(cc, (c, v) -> v - w > 1e-9 ? v - w : null));
        return out;
    }
}
