package org.sitrep.geo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * A document's home region: the one first-order region in which at least {@value #MIN_OTHER_NAMES} of its other
 * distinct names have a candidate of that name, more than in any other region (local news leaves its state implied).
 * A name that is both a country or a place abroad and a town there reads as the town ("Palestine" among Elkhart,
 * Grapeland and Anderson County is Palestine, Texas) only when the region's names also outnumber the names read
 * abroad and the document gives no evidence at all (place, demonym, actor) for the foreign reading's country, so
 * "Palestine" in a report that also names Gaza stays the country. Immutable.
 */
final class HomeRegion {
    /** Other distinct toponym names that must lie in the region. */
    static final int MIN_OTHER_NAMES = 2;
    /** Summed weight of the other names a home region for scoring needs (see {@link #homeFor}). */
    static final double MIN_WEIGHT = 1.0;
    /** Lead in weight over the next region. */
    static final double MIN_LEAD = 0.5;

    /** "cc:region key" -> the toponym keys with a candidate of that name in that region. */
    private final Map<String, Set<String>> keysByRegion;
    /** country code -> the toponym keys whose first reading lies in that country. */
    private final Map<String, Set<String>> keysByCountry;

    private HomeRegion(Map<String, Set<String>> keysByRegion, Map<String, Set<String>> keysByCountry) {
        this.keysByRegion = keysByRegion;
        this.keysByCountry = keysByCountry;
    }

    /**
     * From each toponym's key, its candidates and its first reading (the same key may come several times): a name
     * counts for every region one of its candidates of that name lies in (a region's own name only for that region:
     * "Texas" is not evidence for Missouri's Texas County), and for the country of its first reading.
     */
    static HomeRegion of(List<String> keys, List<List<Place>> candidates, List<Optional<Place>> firstReadings) {
        Map<String, Set<String>> byRegion = new HashMap<>();
        Map<String, Set<String>> byCountry = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            firstReadings.get(i).ifPresent(p -> byCountry.computeIfAbsent(p.countryCode(), c -> new HashSet<>())
                    .add(key));
            boolean regionName = candidates.get(i).stream().anyMatch(p -> p.isAdmin1() && named(p, key));
            for (Place p : candidates.get(i)) {
                if (named(p, key) && (p.isAdmin1() || !regionName)) {
                    region(p).ifPresent(r -> byRegion.computeIfAbsent(r, c -> new HashSet<>()).add(key));
                }
            }
        }
        return new HomeRegion(byRegion, byCountry);
    }

    private static boolean named(Place p, String key) {
        return ToponymKeys.key(p.name()).equals(key) || ToponymKeys.regionKey(p.name()).equals(key);
    }

    /** "cc:key" of the first-order region a place lies in (a first-order region lies in itself). */
    static Optional<String> region(Place p) {
        return regionName(p).map(n -> key(p.countryCode(), n));
    }

    /** The name of the first-order region a place lies in (a first-order region's own name); none for a country. */
    static Optional<String> regionName(Place p) {
        if (p.isCountry()) {
            return Optional.empty();
        }
        return p.isAdmin1() ? Optional.of(p.name()) : p.admin1();
    }

    /**
     * The "cc:key" of region {@code regionName} of country {@code countryCode} ("US:louisiana"), the one form in which
     * the resolver compares regions (first- or second-order, feature word aside).
     */
    static String key(String countryCode, String regionName) {
        return countryCode + ":" + ToponymKeys.regionKey(regionName);
    }

    /**
     * The candidate named {@code key} that lies in the document's home region when {@code chosen} is a reading in
     * another country for which the rest of the document ({@code evidence}, without this name's own) gives nothing.
     */
    Optional<Place> namesakeAtHome(String key, List<Place> candidates, Place chosen, Map<String, Double> evidence) {
        if (evidence.getOrDefault(chosen.countryCode(), 0.0) > 0
                || others(keysByCountry.get(chosen.countryCode()), key) > 0) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(p -> !p.countryCode().equals(chosen.countryCode()) && !p.isCountry() && named(p, key))
                .filter(p -> region(p).map(r -> isHome(r, key)).orElse(false) && homeOutweighsAbroad(p, key))
                .max(Comparator.comparingLong(Place::population));
    }

    /**
     * The home region for toponym {@code key}: the region with the most other names (at least
     * {@value #MIN_OTHER_NAMES}, no other region as many); failing that, the region where the other names weigh
     * most, each name weighing 1 / the number of regions it has a candidate in (an unambiguous "Shreveport" 1, a
     * "Roy" of three states 1/3 for each), within the country where they weigh most (no tie), when that weight is
     * at least {@value #MIN_WEIGHT} and leads every other region of that country by at least {@value #MIN_LEAD}:
     * one unambiguous town of a state is enough to read "Mansfield" as the Mansfield of that state.
     */
    Optional<String> homeFor(String key) {
        Optional<String> counted = keysByRegion.keySet().stream().filter(r -> isHome(r, key)).findFirst();
        if (counted.isPresent()) {
            return counted;
        }
        Map<String, Double> weights = new HashMap<>();
        keysByRegion.forEach((region, keys) -> keys.stream().filter(k -> !k.equals(key))
                .forEach(k -> weights.merge(region, 1.0 / regionCount(k), Double::sum)));
        Map<String, Double> byCountry = new HashMap<>();
        weights.forEach((region, w) -> byCountry.merge(country(region), w, Double::sum));
        Optional<Map.Entry<String, Double>> topCountry = byCountry.entrySet().stream()
                .max(Map.Entry.comparingByValue());
        if (topCountry.isEmpty() || byCountry.entrySet().stream().anyMatch(e -> !e.getKey()
                .equals(topCountry.get().getKey()) && e.getValue() >= topCountry.get().getValue() - 1e-9)) {
            return Optional.empty();
        }
        String cc = topCountry.get().getKey();
        Optional<Map.Entry<String, Double>> best = weights.entrySet().stream()
                .filter(e -> country(e.getKey()).equals(cc)).max(Map.Entry.comparingByValue());
        if (best.isEmpty() || best.get().getValue() < MIN_WEIGHT - 1e-9) {
            return Optional.empty();
        }
        String region = best.get().getKey();
        double lead = best.get().getValue();
        boolean clear = weights.entrySet().stream().noneMatch(e -> !e.getKey().equals(region)
                && country(e.getKey()).equals(cc) && e.getValue() > lead - MIN_LEAD + 1e-9);
        return clear ? Optional.of(region) : Optional.empty();
    }

    private static String country(String region) {
        return region.substring(0, region.indexOf(':'));
    }

    private long regionCount(String key) {
        return Math.max(1, keysByRegion.values().stream().filter(keys -> keys.contains(key)).count());
    }

    /** The region with the most other names, when no other region has as many. */
    private boolean isHome(String region, String key) {
        int own = others(keysByRegion.get(region), key);
        return own >= MIN_OTHER_NAMES && keysByRegion.entrySet().stream()
                .noneMatch(e -> !e.getKey().equals(region) && others(e.getValue(), key) >= own);
    }

    /** More names in the region than names read abroad (outside its country) that have no candidate at home. */
    private boolean homeOutweighsAbroad(Place p, String key) {
        String region = region(p).orElseThrow();
        Set<String> home = keysByRegion.get(region);
        Set<String> abroad = new HashSet<>();
        keysByCountry.forEach((cc, keys) -> {
            if (!cc.equals(p.countryCode())) {
                keys.stream().filter(k -> !k.equals(key) && !home.contains(k)).forEach(abroad::add);
            }
        });
        return others(home, key) > abroad.size();
    }

    private static int others(Set<String> keys, String self) {
        if (keys == null) {
            return 0;
        }
        return keys.contains(self) ? keys.size() - 1 : keys.size();
    }
}
