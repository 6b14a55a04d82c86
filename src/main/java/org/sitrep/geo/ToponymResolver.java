package org.sitrep.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;

/**
 * Chooses a gazetteer entry for each toponym from the document's evidence: containers ({@link ContainerPatterns}),
 * admin regions and countries mentioned (demonyms and actors' home countries included: {@link DocumentContext}),
 * the document's home region ({@link HomeRegion}), the kind the context asks for, population and distance to the
 * other resolved places ({@link CandidateScore}); the candidates themselves come from {@link CandidateLookup}. A
 * toponym without candidates is dropped alone.
 * Immutable and thread-safe if the gazetteer is.
 */
public final class ToponymResolver {
    private final Demonyms demonyms;
    private final CountryNames countries;
    private final Optional<ActorCountries> actorCountries;
    private final CandidateLookup lookup;

    public ToponymResolver(Gazetteer gazetteer, Demonyms demonyms, CountryNames countries) {
        this(gazetteer, demonyms, countries, Optional.empty());
    }

    /** As above; the home countries of the actors a document names ({@link ActorCountries}) are country evidence. */
    ToponymResolver(Gazetteer gazetteer, Demonyms demonyms, CountryNames countries,
                    Optional<ActorCountries> actorCountries) {
        this.lookup = new CandidateLookup(gazetteer);
        this.demonyms = demonyms;
        this.countries = countries;
        this.actorCountries = actorCountries;
    }

    /** One ResolvedPlace per toponym that has gazetteer candidates, in the toponyms' order. */
    public List<ResolvedPlace> resolve(AnnotatedText text, List<Toponym> toponyms) {
        return resolve(text, toponyms, Optional.empty());
    }

    /**
     * As above, for a report of a source whose home region is {@code sourceHome}: when the text gives no home region
     * of its own, a candidate in the source's home scores as one in the text's would, and a reading abroad gives way
     * to its namesake in the source's home when the report names nothing else abroad and nothing else of that
     * country (rule "source-home", {@link SourceHomes}).
     */
    public List<ResolvedPlace> resolve(AnnotatedText text, List<Toponym> toponyms,
                                       Optional<SourceHomes.Home> sourceHome) {
        String doc = text.document().text();
        List<List<Place>> candidates = new ArrayList<>();
        for (Toponym t : toponyms) {
            candidates.add(lookup.candidates(t));
        }
        DocumentContext context = DocumentContext.of(doc, toponyms, candidates, demonyms, actorCountries);
        for (int i = 0; i < toponyms.size(); i++) {
            candidates.set(i, lookup.filtered(toponyms.get(i), candidates.get(i), context));
        }
        List<Optional<CandidateScore.Choice>> first = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            first.add(choose(i, toponyms, candidates, context, List.of(), doc, Optional.empty(), Optional.empty()));
        }
        List<String> keys = toponyms.stream().map(t -> ToponymKeys.key(t.text())).toList();
        HomeRegion home = HomeRegion.of(keys, candidates,
                first.stream().map(c -> c.map(CandidateScore.Choice::place)).toList());
        List<ResolvedPlace> resolved = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Place> others = new ArrayList<>();
            for (int j = 0; j < toponyms.size(); j++) {
                if (j != i && first.get(j).isPresent()
                        && !keys.get(j).equals(keys.get(i))) {
                    others.add(first.get(j).get().place());
                }
            }
            Toponym t = toponyms.get(i);
            String key = keys.get(i);
            List<Place> own = candidates.get(i);
            Optional<String> textHome = hasRegionNamed(own, key) ? Optional.empty() : home.homeFor(key);
            Optional<String> sourceRegion = textHome.isPresent() ? Optional.empty() : sourceHome
                    .filter(h -> !hasRegionNamed(own, key, h.countryCode())).map(SourceHomes.Home::regionKey);
            choose(i, toponyms, candidates, context, others, doc, textHome, sourceRegion)
                    .map(c -> home.namesakeAtHome(key, own, c.place(), context.weightsWithout(key))
                            .map(p -> new CandidateScore.Choice(p, 0.7, "home-region")).orElse(c))
                    .map(c -> sourceRegion.isEmpty() ? c : namesakeAtSourceHome(key, own, c.place(),
                                    sourceHome.get(), context.weightsWithout(key), others)
                            .map(p -> new CandidateScore.Choice(p, 0.6, "source-home")).orElse(c))
                    .map(c -> capitalOfNamedCountry(key, own, c.place(), namedCountries(toponyms, first, key))
                            .map(p -> new CandidateScore.Choice(p, 0.7, "named-country-capital")).orElse(c))
                    .ifPresent(c -> resolved.add(new ResolvedPlace(t.span(), t.text(), c.place(),
                            c.confidence() * reliability(t), c.rule())));
        }
        return List.copyOf(resolved);
    }

    /** Country codes that toponyms other than {@code key} name as countries. */
    private static Set<String> namedCountries(List<Toponym> toponyms, List<Optional<CandidateScore.Choice>> first,
                                              String key) {
        Set<String> codes = new HashSet<>();
        for (int j = 0; j < toponyms.size(); j++) {
            if (!ToponymKeys.key(toponyms.get(j).text()).equals(key)) {
                first.get(j).map(CandidateScore.Choice::place).filter(Place::isCountry)
                        .ifPresent(p -> codes.add(p.countryCode()));
            }
        }
        return codes;
    }

    /**
     * The capital named {@code key} of a country the document names (or a first-order seat, when in another country
     * than {@code chosen}), when {@code chosen} is a small place (under {@value CandidateLookup#MINOR_PLACE} people):
     * "Moscow" in a report that names Russia is not Moscow, Pennsylvania, however near the report's American places
     * it lies; a "WASHINGTON" dateline in a report that names the United States is the capital.
     */
    private static Optional<Place> capitalOfNamedCountry(String key, List<Place> candidates, Place chosen,
                                                        Set<String> named) {
        if (chosen.population() >= CandidateLookup.MINOR_PLACE || !chosen.isPopulatedPlace()) {
            return Optional.empty();
        }
        return candidates.stream().filter(p -> named.contains(p.countryCode())
                        && ("PPLC".equals(p.featureCode())
                            || "PPLA".equals(p.featureCode()) && !p.countryCode().equals(chosen.countryCode()))
                        && ToponymKeys.key(p.name()).equals(key))
                .max(Comparator.comparingLong(Place::population));
    }

    /**
     * The most populous candidate named {@code key} in the source's home region, when {@code chosen} lies in another
     * country for which the report gives no evidence, and every other place the report reads lies in the home's
     * country: "Paris" in a Texas paper's report that names only Texas places is Paris, Texas.
     */
    private static Optional<Place> namesakeAtSourceHome(String key, List<Place> candidates, Place chosen,
                                                        SourceHomes.Home home, Map<String, Double> evidence,
                                                        List<Place> others) {
        if (chosen.countryCode().equals(home.countryCode()) || evidence.getOrDefault(chosen.countryCode(), 0.0) > 0
                || others.stream().anyMatch(o -> !o.countryCode().equals(home.countryCode()))) {
            return Optional.empty();
        }
        String region = home.regionKey();
        return candidates.stream().filter(p -> !p.isCountry() && ToponymKeys.key(p.name()).equals(key)
                        && HomeRegion.region(p).map(region::equals).orElse(false))
                .max(Comparator.comparingLong(Place::population));
    }

    private Optional<CandidateScore.Choice> choose(int index, List<Toponym> toponyms, List<List<Place>> candidates,
                                                   DocumentContext context, List<Place> others, String doc,
                                                   Optional<String> homeRegion, Optional<String> sourceHome) {
        List<Place> places = candidates.get(index);
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Toponym t = toponyms.get(index);
        Set<String> containers = namesRegion(t, places) && ContainerPatterns.inList(index, toponyms, doc)
                ? Set.of() : ContainerPatterns.containers(index, toponyms, doc, lookup::regionText);
        Set<String> countryCodes = countriesOf(places, Place::isCountry);
        boolean regionRival = places.stream().anyMatch(p -> p.isAdmin1() && !countryCodes.contains(p.countryCode()));
        String key = ToponymKeys.key(t.text());
        Set<String> seatCountries = countriesOf(places, p -> ("PPLA".equals(p.featureCode())
                || "PPLC".equals(p.featureCode())) && ToponymKeys.key(p.name()).equals(key));
        Set<String> townCountries = countriesOf(places,
                p -> p.isPopulatedPlace() && ToponymKeys.key(p.name()).equals(key));
        CandidateScore.Inputs in = new CandidateScore.Inputs(t.kind(), key, regionRival,
                regionNameCountries(places, key), seatCountries, townCountries, context.weightsWithout(key),
                otherKeys(context.toponymKeys(), t), containers, containerCountries(containers),
                ContainerPatterns.containedRegions(index, toponyms, candidates, doc), others, homeRegion, sourceHome);
        List<CandidateScore> scores = places.stream().map(p -> CandidateScore.of(p, in)).toList();
        return Optional.of(CandidateScore.decide(scores));
    }

    /**
     * Countries of the first-order regions among {@code places} named {@code key}, except a region whose seat
     * (PPLA) has the name too ("Alexandria" names a governorate after its city).
     */
    private static Set<String> regionNameCountries(List<Place> places, String key) {
        return countriesOf(places, p -> p.isAdmin1() && ToponymKeys.regionKey(p.name()).equals(key)
                && places.stream().noneMatch(seat -> "PPLA".equals(seat.featureCode())
                        && seat.countryCode().equals(p.countryCode())
                        && ToponymKeys.key(seat.name()).equals(key)));
    }

    /** The country codes of the places among {@code places} that {@code test} accepts (a new mutable set). */
    private static Set<String> countriesOf(List<Place> places, Predicate<Place> test) {
        Set<String> codes = new HashSet<>();
        places.stream().filter(test).forEach(p -> codes.add(p.countryCode()));
        return codes;
    }

    /** Whether a first-order region among {@code places} is named {@code key} (feature word aside). */
    private static boolean hasRegionNamed(List<Place> places, String key) {
        return places.stream().anyMatch(p -> p.isAdmin1() && ToponymKeys.regionKey(p.name()).equals(key));
    }

    /** As above, for the regions of one country: "California" in a Pennsylvania paper is still the state. */
    private static boolean hasRegionNamed(List<Place> places, String key, String countryCode) {
        return places.stream().anyMatch(p -> p.isAdmin1() && p.countryCode().equals(countryCode)
                && ToponymKeys.regionKey(p.name()).equals(key));
    }

    /**
     * Whether {@code t} is the name of a first-order region among its candidates: then, in a list, the name after it
     * is the next item ("Colorado, Delaware, Idaho"), not its container ("California, Pennsylvania" is the town).
     */
    private static boolean namesRegion(Toponym t, List<Place> places) {
        return t.kind() == Toponym.Kind.ANY && hasRegionNamed(places, ToponymKeys.key(t.text()));
    }

    private Set<String> containerCountries(Set<String> containerKeys) {
        Set<String> codes = new HashSet<>();
        containerKeys.forEach(k -> countries.codeOf(k).ifPresent(codes::add));
        return codes;
    }

    private static Set<String> otherKeys(Set<String> keys, Toponym self) {
        Set<String> others = new HashSet<>(keys);
        others.remove(ToponymKeys.key(self.text()));
        return others;
    }

    private static double reliability(Toponym t) {
        String s = t.source();
        if (s.contains("feature-word") || s.contains("the-x-of") || s.contains("parenthesis")) {
            return 1.0;
        }
        return s.startsWith("ner") || s.contains("region-name") ? 0.95 : 0.85;
    }
}
