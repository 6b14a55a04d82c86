package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Place;

/**
 * Turns a character range {@code [from, to)} of a document into a toponym candidate, or into none: strips "the", a
 * possessive and a trailing feature or unit word ("Masisi Territory" is Masisi, of kind DISTRICT), and refuses
 * organisation names, demonyms and (outside a strong context) common words. The kind of place a feature word names
 * (province: REGION, district: DISTRICT, town: SETTLEMENT) is decided here for every caller. Character offsets are
 * Java string indices; spans of the toponyms made are code points. Immutable and thread-safe if the gazetteer is.
 */
final class ToponymCandidates {
    private static final Pattern FEATURE_WORD = Pattern.compile("(?i)^(.+?)[ \\t]+(province|governorate|district|"
            + "region|state|oblast|county|wilayah|city|town|village)$");
    /** A second-order unit's name with its unit word: "Igabi Local Government Area", "Masisi Territory". */
    private static final Pattern ADMIN_UNIT = Pattern.compile("(?i)^(.+?)[ \\t]+(local[ \\t]+government(?:[ \\t]+area)?"
            + "|lga|territory|municipality|zone|woreda|chiefdom)$");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|s['’])$");

    private final Gazetteer gazetteer;
    private final Demonyms demonyms;
    private final Set<String> commonWords;

    ToponymCandidates(Gazetteer gazetteer, Demonyms demonyms, Set<String> commonWords) {
        this.gazetteer = gazetteer;
        this.demonyms = demonyms;
        this.commonWords = commonWords;
    }

    /** True when {@code surface} (a whole candidate name) ends in a feature word: "Idlib province", "the town". */
    static boolean endsInFeatureWord(String surface) {
        return FEATURE_WORD.matcher(surface).matches();
    }

    /** The toponym for doc[from, to) after stripping "the" and feature words, unless it is an org or demonym. */
    Optional<Toponym> candidate(String doc, int from, int to, String source, boolean strongContext) {
        String surface = doc.substring(from, to);
        Matcher unit = ADMIN_UNIT.matcher(surface);
        if (unit.matches() && !gazetteer.hasExactName(surface)) {
            return candidate(doc, from, from + unit.end(1), source, true)
                    .map(t -> withKind(t, Toponym.Kind.DISTRICT));
        }
        if (OrganisationNames.isOrganisation(surface, doc.substring(to, Math.min(doc.length(), to + 30)))) {
            return Optional.empty();
        }
        Toponym.Kind kind = Toponym.Kind.ANY;
        if (surface.regionMatches(true, 0, "the ", 0, 4)) {
            from += 4;
            surface = surface.substring(4);
        }
        Matcher possessive = POSSESSIVE.matcher(surface);
        if (possessive.find() && possessive.start() > 1) {
            int cut = surface.endsWith("s'") || surface.endsWith("s’") ? 1 : 2;
            surface = surface.substring(0, surface.length() - cut);
            to -= cut;
        }
        Matcher feature = FEATURE_WORD.matcher(surface);
        if (feature.matches() && !isWholeName(surface)) {
            kind = kindOf(feature.group(2));
            surface = feature.group(1);
            to = from + surface.length();
        }
        if (surface.isBlank() || demonyms.countryOf(surface).isPresent()
                || (!strongContext && commonWords.contains(surface))
                || (source.startsWith("ner") && commonWords.contains(surface))) {
            return Optional.empty();
        }
        return Optional.of(new Toponym(CodePoints.span(doc, from, to), surface, kind, source));
    }

    /**
     * The candidate for the longest run of whole words from {@code start} (dropping words from the end) that the
     * gazetteer knows, in a weak context; empty when no such prefix exists.
     */
    Optional<Toponym> longestKnownPrefix(String doc, int start, int end, String source) {
        int to = end;
        while (to > start) {
            Optional<Toponym> t = candidate(doc, start, to, source, false);
            if (t.isPresent() && !gazetteer.candidates(t.get().text(), 1).isEmpty()) {
                return t;
            }
            int space = doc.lastIndexOf(' ', to - 1);
            to = space > start ? space : start;
        }
        return Optional.empty();
    }

    /** "Kansas City", "Mexico City": a populated place is called by the whole name, feature word included. */
    private boolean isWholeName(String surface) {
        String key = ToponymKeys.key(surface);
        return gazetteer.candidates(surface, 5).stream()
                .anyMatch(p -> p.isPopulatedPlace() && ToponymKeys.key(p.name()).equals(key));
    }

    /** True when the gazetteer's best match for {@code name} is a country or first-order region, not a common word. */
    boolean isCountryOrAdmin1Name(String name) {
        List<Place> top = gazetteer.candidates(name, 1);
        return !top.isEmpty() && (top.get(0).isCountry() || top.get(0).isAdmin1())
                && ToponymKeys.key(name).length() > 2 && !commonWords.contains(name);
    }

    /** {@code t} with {@code kind}, unless {@code t} already has a kind other than ANY. */
    static Toponym withKind(Toponym t, Toponym.Kind kind) {
        return t.kind() != Toponym.Kind.ANY ? t : new Toponym(t.span(), t.text(), kind, t.source());
    }

    /** The kind of place a feature or unit word names ("province": REGION, "LGA": DISTRICT); ANY when unknown. */
    static Toponym.Kind kindOf(String featureWord) {
        String word = featureWord.toLowerCase(Locale.ROOT);
        if (word.startsWith("local")) {
            return Toponym.Kind.DISTRICT;
        }
        return switch (word) {
            case "province", "governorate", "region", "state", "oblast", "wilayah" -> Toponym.Kind.REGION;
            case "district", "county", "lga", "territory", "woreda", "chiefdom" -> Toponym.Kind.DISTRICT;
            case "town", "city", "village", "suburb", "suburbs", "outskirts", "capital" -> Toponym.Kind.SETTLEMENT;
            default -> Toponym.Kind.ANY;
        };
    }
}
