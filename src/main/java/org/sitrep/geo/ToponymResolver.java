package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;

/**
 * Chooses a gazetteer entry for each toponym from the document's evidence: containers ({@link ContainerPatterns}),
 * admin regions and countries mentioned (demonyms and actors' home countries included: {@link DocumentContext}),
 * the document's home region ({@link HomeRegion}), the kind the context asks for, population and distance to the
 * other resolved places ({@link CandidateScore}). A toponym without candidates is dropped alone.
 * Immutable and thread-safe if the gazetteer is.
 */
public final class ToponymResolver {
    /** Candidates scored per toponym. */
    private static final int MAX_CANDIDATES = 25;
    /**
     * Entries read from the gazetteer per toponym, of which at most {@value #MAX_COUNTIES} second-order regions are
     * kept: the thirty "Washington County" entries must not push the city of Washington out of the candidates.
     */
    private static final int MAX_LOOKUP = 60;
    private static final int MAX_COUNTIES = 8;
    private static final String REGION_SUFFIX =
            "(?i)\\s+(governorate|province|district|region|state|oblast|county|municipality|wilayah|raion)$";

    private final Gazetteer gazetteer;
    private final Demonyms demonyms;
    private final CountryNames countries;
    private final java.util.Optional<ActorCountries> actorCountries;
    private final RegionAbbreviations abbreviations = RegionAbbreviations.standard();

    public ToponymResolver(Gazetteer gazetteer, Demonyms demonyms, CountryNames countries) {
        this(gazetteer, demonyms, countries, java.util.Optional.empty());
    }

    /** As above; the home countries of the actors a document names ({@link ActorCountries}) are country evidence. */
    ToponymResolver(Gazetteer gazetteer, Demonyms demonyms, CountryNames countries,
                    java.util.Optional<ActorCountries> actorCountries) {
        this.gazetteer = gazetteer;
        this.demonyms = demonyms;
        this.countries = countries;
        this.actorCountries = actorCountries;
    }

    /** One ResolvedPlace per toponym that has gazetteer candidates, in the toponyms' order. */
    public List<ResolvedPlace> resolve(AnnotatedText text, List<Toponym> toponyms) {
        String doc = text.document().text();
        List<List<Place>> candidates = new ArrayList<>();
        for (Toponym t : toponyms) {
            candidates.add(ofKind(lookup(t), t.kind()));
        }
        DocumentContext context = DocumentContext.of(doc, toponyms, candidates, demonyms, actorCountries);
        for (int i = 0; i < toponyms.size(); i++) {
            candidates.set(i, withoutForeignMinorPlaces(toponyms.get(i),
                    withoutStrayLooseMatches(toponyms.get(i), candidates.get(i), context), context));
        }
        List<Optional<CandidateScore.Choice>> first = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            first.add(choose(i, toponyms, candidates, context, List.of(), doc, Optional.empty()));
        }
        List<String> keys = toponyms.stream().map(t -> ToponymKeys.key(t.text())).toList();
        HomeRegion home = HomeRegion.of(keys, candidates, first.stream().map(c -> c.map(CandidateScore.Choice::place)).toList());
        List<ResolvedPlace> resolved = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            List<Place> others = new ArrayList<>();
            for (int j = 0; j < toponyms.size(); j++) {
                if (j != i && first.get(j).isPresent()
                        && !ToponymKeys.key(toponyms.get(j).text()).equals(ToponymKeys.key(toponyms.get(i).text()))) {
                    others.add(first.get(j).get().place());
                }
            }
            Toponym t = toponyms.get(i);
            String key = keys.get(i);
            List<Place> own = candidates.get(i);
            boolean regionName = own.stream().anyMatch(p -> p.isAdmin1() && regionKey(p.name()).equals(key));
            choose(i, toponyms, candidates, context, others, doc,
                    regionName ? Optional.empty() : home.homeFor(key))
                    .map(c -> home.namesakeAtHome(key, own, c.place(), context.weightsWithout(key))
                            .map(p -> new CandidateScore.Choice(p, 0.7, "home-region")).orElse(c))
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
     * than {@code chosen}), when {@code chosen} is a small place (under {@value #MINOR_PLACE} people): "Moscow" in a
     * report that names Russia is not Moscow, Pennsylvania, however near the report's American places it lies; a
     * "WASHINGTON" dateline in a report that names the United States is the capital.
     */
    private static Optional<Place> capitalOfNamedCountry(String key, List<Place> candidates, Place chosen,
                                                        Set<String> named) {
        if (chosen.population() >= MINOR_PLACE || !chosen.isPopulatedPlace()) {
            return Optional.empty();
        }
        return candidates.stream().filter(p -> named.contains(p.countryCode())
                        && ("PPLC".equals(p.featureCode())
                            || "PPLA".equals(p.featureCode()) && !p.countryCode().equals(chosen.countryCode()))
                        && ToponymKeys.key(p.name()).equals(key))
                .max(java.util.Comparator.comparingLong(Place::population));
    }

    private Optional<CandidateScore.Choice> choose(int index, List<Toponym> toponyms, List<List<Place>> candidates,
                                                   DocumentContext context,
                                    List<Place> others, String doc, Optional<String> homeRegion) {
        List<Place> places = candidates.get(index);
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Toponym t = toponyms.get(index);
        Set<String> containers = namesRegion(t, places) && ContainerPatterns.inList(index, toponyms, doc)
                ? Set.of() : ContainerPatterns.containers(index, toponyms, doc, this::regionText);
        Set<String> countryCodes = new HashSet<>();
        places.stream().filter(Place::isCountry).forEach(p -> countryCodes.add(p.countryCode()));
        boolean regionRival = places.stream().anyMatch(p -> p.isAdmin1() && !countryCodes.contains(p.countryCode()));
        String key = ToponymKeys.key(t.text());
        Set<String> seatCountries = new HashSet<>();
        places.stream().filter(p -> ("PPLA".equals(p.featureCode()) || "PPLC".equals(p.featureCode()))
                && ToponymKeys.key(p.name()).equals(key)).forEach(p -> seatCountries.add(p.countryCode()));
        Set<String> townCountries = new HashSet<>();
        places.stream().filter(p -> p.isPopulatedPlace() && ToponymKeys.key(p.name()).equals(key))
                .forEach(p -> townCountries.add(p.countryCode()));
        CandidateScore.Inputs in = new CandidateScore.Inputs(t.kind(), key, regionRival,
                regionNameCountries(places, key), seatCountries, townCountries, context.weightsWithout(key),
                otherKeys(context.toponymKeys(), t), containers, containerCountries(containers),
                ContainerPatterns.containedRegions(index, toponyms, candidates, doc), others, homeRegion);
        List<CandidateScore> scores = places.stream().map(p -> CandidateScore.of(p, in)).toList();
        return Optional.of(CandidateScore.decide(scores));
    }

    /**
     * Gazetteer candidates for {@code t}; a region abbreviation ("La.", "NSW") gives the first-order regions of that
     * name in its country.
     */
    private List<Place> lookup(Toponym t) {
        Optional<RegionAbbreviations.Entry> abbreviation = abbreviation(t);
        if (abbreviation.isPresent()) {
            RegionAbbreviations.Entry e = abbreviation.get();
            List<Place> inCountry = gazetteer.candidates(e.region(), MAX_CANDIDATES).stream()
                    .filter(p -> p.countryCode().equals(e.countryCode())).toList();
            List<Place> regions = inCountry.stream().filter(p -> p.isAdmin1()).toList();
            return regions.isEmpty() ? inCountry : regions;
        }
        List<Place> kept = new ArrayList<>();
        int counties = 0;
        for (Place p : gazetteer.candidates(t.text(), MAX_LOOKUP)) {
            if (p.isAdmin2() && ++counties > MAX_COUNTIES) {
                continue;
            }
            kept.add(p);
            if (kept.size() == MAX_CANDIDATES) {
                break;
            }
        }
        return kept;
    }

    /**
     * Countries of the first-order regions among {@code places} named {@code key}, except a region whose seat
     * (PPLA) has the name too ("Alexandria" names a governorate after its city).
     */
    private static Set<String> regionNameCountries(List<Place> places, String key) {
        Set<String> codes = new HashSet<>();
        places.stream().filter(p -> p.isAdmin1() && regionKey(p.name()).equals(key)
                        && places.stream().noneMatch(seat -> "PPLA".equals(seat.featureCode())
                                && seat.countryCode().equals(p.countryCode())
                                && ToponymKeys.key(seat.name()).equals(key)))
                .forEach(p -> codes.add(p.countryCode()));
        return codes;
    }

    /** The region name a toponym stands for: the full name of an abbreviation ("La." gives "Louisiana"). */
    private String regionText(Toponym t) {
        return abbreviation(t).map(RegionAbbreviations.Entry::region).orElse(t.text());
    }

    private Optional<RegionAbbreviations.Entry> abbreviation(Toponym t) {
        if (t.source().contains("abbreviation") || t.text().contains(".")) {
            return abbreviations.of(t.text());
        }
        return Optional.empty();
    }

    /**
     * Whether {@code t} is the name of a first-order region among its candidates: then, in a list, the name after it
     * is the next item ("Colorado, Delaware, Idaho"), not its container ("California, Pennsylvania" is the town).
     */
    private static boolean namesRegion(Toponym t, List<Place> places) {
        String key = ToponymKeys.key(t.text());
        return t.kind() == Toponym.Kind.ANY
                && places.stream().anyMatch(p -> p.isAdmin1() && regionKey(p.name()).equals(key));
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

    /** The key of a region name without its feature word: "Damascus Governorate" gives "damascus". */
    static String regionKey(String name) {
        return ToponymKeys.key(name.replaceAll(REGION_SUFFIX, ""));
    }

    /**
     * Countries whose place names are English and not transliterated: a match there by the loose consonant key alone
     * is another name ("Americas" is not Americus, Georgia; "Sylmar" is not Selmer, Tennessee; "Harwinton" is not
     * Harrington, Delaware), not a spelling variant of the same one.
     */
    private static final Set<String> ENGLISH_SPELLING = Set.of("US", "GB", "CA", "AU", "NZ");

    /**
     * When no candidate's own name has the toponym's key, only candidates in the document's countries are kept: for
     * an alternate-name match when the document names countries at all ("Tonkpi" must not become a town in
     * Bolivia); for a match by the loose consonant key alone, only candidates in a country the rest of the document
     * gives evidence for, and none without such evidence ("Unknown" is not Incheon, "ankn"; "Auckland Park" in a
     * South African report is not Oakland Park, Florida), and none in a country of {@link #ENGLISH_SPELLING}.
     */
    private List<Place> withoutStrayLooseMatches(Toponym t, List<Place> places, DocumentContext context) {
        String key = ToponymKeys.key(t.text());
        if (places.isEmpty() || places.stream().anyMatch(p -> ToponymKeys.key(p.name()).equals(key)
                || regionKey(p.name()).equals(key))) {
            return places;
        }
        if (gazetteer.hasExactName(t.text())) {
            return context.countryWeights().isEmpty() ? places
                    : places.stream().filter(p -> context.countryWeights().containsKey(p.countryCode())).toList();
        }
        Map<String, Double> evidence = context.weightsWithout(key);
        boolean abbreviated = abbreviation(t).isPresent();
        return places.stream().filter(p -> evidence.containsKey(p.countryCode())
                && (abbreviated || !ENGLISH_SPELLING.contains(p.countryCode()))).toList();
    }

    /** Country evidence a document must give one country before small places elsewhere are doubted. */
    private static final double STRONG_EVIDENCE = 1.0;
    /** Population under which a place abroad is doubted when the document is about another country. */
    private static final long MINOR_PLACE = 50_000;

    /**
     * No place when the rest of the document is clearly about one country (evidence of at least
     * {@value #STRONG_EVIDENCE}) and every candidate is a small place (under {@value #MINOR_PLACE} people, not a
     * country or first-order region) in a country the document gives no evidence for: a suburb missing from the
     * gazetteer ("Wentworth, Durban") is unknown, not a namesake on another continent.
     */
    private static List<Place> withoutForeignMinorPlaces(Toponym t, List<Place> places, DocumentContext context) {
        Map<String, Double> evidence = context.weightsWithout(ToponymKeys.key(t.text()));
        double strongest = evidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (places.isEmpty() || strongest < STRONG_EVIDENCE) {
            return places;
        }
        boolean doubtful = places.stream().allMatch(p -> !evidence.containsKey(p.countryCode())
                && !p.isCountry() && !p.isAdmin1() && !"CONT".equals(p.featureCode())
                && p.population() < MINOR_PLACE);
        return doubtful ? List.of() : places;
    }

    private static List<Place> ofKind(List<Place> places, Toponym.Kind kind) {
        List<Place> fitting = places.stream().filter(p -> switch (kind) {
            case COUNTRY -> p.isCountry();
            case REGION -> p.isAdmin1() || p.isAdmin2();
            case DISTRICT -> p.isAdmin2() || p.isAdmin1();
            case SETTLEMENT -> p.isPopulatedPlace();
            case ANY -> true;
        }).toList();
        return fitting.isEmpty() ? places : fitting;
    }

    private static double reliability(Toponym t) {
        String s = t.source();
        if (s.contains("feature-word") || s.contains("the-x-of") || s.contains("parenthesis")) {
            return 1.0;
        }
        return s.startsWith("ner") || s.contains("region-name") ? 0.95 : 0.85;
    }
}
