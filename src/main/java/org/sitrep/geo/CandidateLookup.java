package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * Which gazetteer entries are a toponym's candidates, before any is chosen: the lookup (a region abbreviation gives
 * the first-order regions of its country; second-order regions capped), the kind the context asks for, and the
 * filters that need the document's country evidence (stray loose-key matches, small places abroad). A toponym may
 * be left with no candidate: it is then unknown. Immutable and thread-safe if the gazetteer is.
 */
final class CandidateLookup {
    /** Candidates scored per toponym. */
    private static final int MAX_CANDIDATES = 25;
    /**
     * Entries read from the gazetteer per toponym, of which at most {@value #MAX_COUNTIES} second-order regions are
     * kept: the thirty "Washington County" entries must not push the city of Washington out of the candidates.
     */
    private static final int MAX_LOOKUP = 60;
    private static final int MAX_COUNTIES = 8;
    /**
     * Countries whose place names are English and not transliterated: a match there by the loose consonant key alone
     * is another name ("Americas" is not Americus, Georgia; "Sylmar" is not Selmer, Tennessee; "Harwinton" is not
     * Harrington, Delaware), not a spelling variant of the same one.
     */
    private static final Set<String> ENGLISH_SPELLING = Set.of("US", "GB", "CA", "AU", "NZ");
    /** Country evidence a document must give one country before small places elsewhere are doubted. */
    private static final double STRONG_EVIDENCE = 1.0;
    /** Population under which a place abroad is doubted when the document is about another country. */
    static final long MINOR_PLACE = 50_000;

    private final Gazetteer gazetteer;
    private final RegionAbbreviations abbreviations = RegionAbbreviations.standard();

    CandidateLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Gazetteer candidates for {@code t}, narrowed to the kind {@code t} asks for when any fits. */
    List<Place> candidates(Toponym t) {
        return ofKind(lookup(t), t.kind());
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

    /** The region name a toponym stands for: the full name of an abbreviation ("La." gives "Louisiana"). */
    String regionText(Toponym t) {
        return abbreviation(t).map(RegionAbbreviations.Entry::region).orElse(t.text());
    }

    private Optional<RegionAbbreviations.Entry> abbreviation(Toponym t) {
        if (t.source().contains("abbreviation") || t.text().contains(".")) {
            return abbreviations.of(t.text());
        }
        return Optional.empty();
    }

    /** {@code places} after {@link #withoutStrayLooseMatches} and then {@link #withoutForeignMinorPlaces}. */
    List<Place> filtered(Toponym t, List<Place> places, DocumentContext context) {
        return withoutForeignMinorPlaces(t, withoutStrayLooseMatches(t, places, context), context);
    }

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
                || ToponymKeys.regionKey(p.name()).equals(key))) {
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
}
