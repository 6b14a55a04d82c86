package org.sitrep.geo;

import org.sitrep.model.GreatCircle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * One candidate's score as named components, most specific evidence first (container, admin-context, country-context,
 * proximity, region-namesake, home-region, source-home, country-name, feature-kind, name-match, population); the
 * source's home ({@link SourceHomes}) weighs as much as the text's home region and is given only when the text has
 * none. Immutable.
 */
record CandidateScore(Place place, Map<String, Double> components, double total) {
    private static final double PROXIMITY_KM = 300;
    /**
     * A candidate in the region most of the document's other names can lie in ({@link HomeRegion}): local news
     * leaves its state implied ("Alexandria" among Louisiana towns is Alexandria, Louisiana, not Virginia's).
     */
    private static final double HOME_REGION = 0.2;
    private static final double SAME_PLACE_KM = 50;
    /** The candidate's own name (not an alternate name) is the toponym's. */
    private static final double NAME_MATCH = 0.4;
    /**
     * A bare name that is a first-order region's ("Alberta") more often means the region than a town so named;
     * not when the region's seat has the name too ("Aleppo": the city, which lies in the region anyway).
     */
    private static final double ADMIN1_PRIOR = 0.3;
    /**
     * Penalty of a town or county named like a first-order region the toponym also names (as much as the
     * admin-context a namesake in a state the report names would gain).
     */
    private static final double REGION_NAMESAKE = 0.6;
    /** Weight of log10(population) / 7, capped at 1. */
    private static final double POPULATION_WEIGHT = 0.5;

    /**
     * The evidence a candidate is scored against; {@code regionNameCountries} are the countries of the first-order
     * regions among the candidates that bear the toponym's name (not after a seat of that name).
     */
    record Inputs(Toponym.Kind kind, String key, boolean regionRival, Set<String> regionNameCountries,
                  Set<String> seatCountries,
                  Set<String> townCountries,
                  Map<String, Double> countryWeights, Set<String> otherToponymKeys,
                  Set<String> containerKeys, Set<String> containerCountries, Set<String> containedRegions,
                  List<Place> otherPlaces, Optional<String> homeRegion, Optional<String> sourceHome) {
    }

    /** The chosen entry, its confidence before source reliability, and the rule that decided. */
    record Choice(Place place, double confidence, String rule) {
    }

    CandidateScore {
        components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    static CandidateScore of(Place p, Inputs in) {
        Map<String, Double> c = new LinkedHashMap<>();
        boolean contained = regionKeys(p).stream().anyMatch(in.containerKeys()::contains)
                || in.containerCountries().contains(p.countryCode())
                || (p.isAdmin1() || p.isAdmin2())
                && in.containedRegions().contains(HomeRegion.key(p.countryCode(), p.name()));
        c.put("container", contained ? 1.0 : 0);
        c.put("admin-context", regionKeys(p).stream().anyMatch(in.otherToponymKeys()::contains) ? 0.6 : 0);
        double maxWeight = in.countryWeights().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        c.put("country-context", maxWeight == 0 ? 0 : 0.6 * in.countryWeights().getOrDefault(p.countryCode(), 0.0)
                / maxWeight);
        double nearest = in.otherPlaces().stream().mapToDouble(o -> distanceKm(p, o)).min().orElse(Double.MAX_VALUE);
        c.put("proximity", 0.3 * Math.max(0, 1 - nearest / PROXIMITY_KM));
        c.put("region-namesake", !contained && isRegionNamesake(p, in) ? -REGION_NAMESAKE : 0);
        c.put("home-region", in.homeRegion().isPresent() && HomeRegion.region(p).equals(in.homeRegion())
                ? HOME_REGION : 0);
        c.put("source-home", in.sourceHome().isPresent() && HomeRegion.region(p).equals(in.sourceHome())
                ? HOME_REGION : 0);
        boolean wide = p.isCountry() || "CONT".equals(p.featureCode());
        c.put("country-name", wide && !in.regionRival()
                && (in.kind() == Toponym.Kind.ANY || in.kind() == Toponym.Kind.COUNTRY) ? 1.2 : 0);
        boolean bareCounty = p.isAdmin2() && in.kind() == Toponym.Kind.ANY
                && (!ToponymKeys.key(p.name()).equals(in.key()) || in.townCountries().contains(p.countryCode()));
        boolean seatNamesake = p.isAdmin1() && in.seatCountries().contains(p.countryCode());
        c.put("feature-kind", bareCounty ? -0.3 : seatNamesake && in.kind() == Toponym.Kind.ANY ? 0
                : kindFit(p, in.kind()));
        c.put("name-match", ToponymKeys.key(p.name()).equals(in.key())
                || ToponymKeys.regionKey(p.name()).equals(in.key()) ? NAME_MATCH : 0);
        c.put("population", POPULATION_WEIGHT * Math.min(1, Math.log10(p.population() + 1) / 7));
        return new CandidateScore(p, c, c.values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /**
     * The best-scoring candidate (gazetteer order breaks ties), the component that separated it most from the
     * runner-up, and a confidence from its margin over the best rival more than {@value #SAME_PLACE_KM} km away
     * (a town and the district of the same name are one answer, not two).
     */
    static Choice decide(List<CandidateScore> scores) {
        CandidateScore best = scores.stream().max(Comparator.comparingDouble(CandidateScore::total)).orElseThrow();
        if (scores.size() == 1) {
            return new Choice(best.place(), 0.95, "only-candidate");
        }
        Optional<CandidateScore> runnerUp = scores.stream().filter(s -> s != best)
                .max(Comparator.comparingDouble(CandidateScore::total));
        CandidateScore second = runnerUp.orElseThrow();
        String rule = "gazetteer-rank";
        double widest = 1e-9;
        for (Map.Entry<String, Double> e : best.components().entrySet()) {
            double gap = e.getValue() - second.components().getOrDefault(e.getKey(), 0.0);
            if (gap > widest) {
                widest = gap;
                rule = e.getKey();
            }
        }
        Optional<CandidateScore> rival = scores.stream()
                .filter(s -> s != best && distanceKm(s.place(), best.place()) > SAME_PLACE_KM)
                .max(Comparator.comparingDouble(CandidateScore::total));
        double margin = rival.map(r -> best.total() - r.total()).orElse(0.5);
        return new Choice(best.place(), Math.min(0.95, 0.5 + 0.45 * Math.min(1, margin / 0.5)), rule);
    }

    /**
     * A town or county named like a first-order region among the toponym's candidates (one whose seat does not
     * have the name too), the toponym a bare name outside a container pattern: "California" or "Texas" is the
     * state, not California, Pennsylvania or Texas County, Missouri, however near the report's other places those
     * lie; a capital or a region's seat of that name is no mere namesake.
     */
    private static boolean isRegionNamesake(Place p, Inputs in) {
        return !in.regionNameCountries().isEmpty() && in.kind() == Toponym.Kind.ANY && !p.isAdmin1() && !p.isCountry()
                && !"CONT".equals(p.featureCode()) && !"PPLC".equals(p.featureCode())
                && !"PPLA".equals(p.featureCode());
    }

    private static double kindFit(Place p, Toponym.Kind kind) {
        return switch (kind) {
            case COUNTRY -> p.isCountry() ? 0.5 : 0;
            case REGION -> p.isAdmin1() ? 0.5 : p.isAdmin2() ? 0.3 : 0;
            case DISTRICT -> p.isAdmin2() ? 0.5 : p.isAdmin1() ? 0.2 : 0;
            case SETTLEMENT -> p.isPopulatedPlace() ? 0.3 : 0;
            case ANY -> p.isCountry() || "CONT".equals(p.featureCode()) ? 0.4 : p.isAdmin1() ? ADMIN1_PRIOR
                    : "PPLC".equals(p.featureCode()) ? 0.3 : p.isPopulatedPlace() ? 0.05 : 0;
        };
    }

    private static List<String> regionKeys(Place p) {
        return java.util.stream.Stream.of(p.admin1(), p.admin2()).flatMap(Optional::stream)
                .map(ToponymKeys::regionKey).toList();
    }

    static double distanceKm(Place a, Place b) {
        return GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
