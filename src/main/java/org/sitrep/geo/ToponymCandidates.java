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
    /** A capitalised word right before a name: the name goes on to the left ("Matthew" of "Matthew Arnold School"). */
    private static final Pattern CONTINUED_NAME = Pattern.compile("(?<![\\p{L}.'’])(\\p{Lu}[\\p{L}'’]*)[ \\t]+$");
    private static final Set<String> LEFT_FUNCTION_WORDS = Set.of("The", "A", "An", "In", "At", "Of", "For", "By",
            "From", "To", "And", "On", "With", "Near", "Outside", "Inside", "Both", "Former", "Neither", "Either");
    /** A name before "Day" names a holiday, not a place ("St. Patrick's Day", "Columbus Day", "Lincoln Day Dinner"). */
    private static final Pattern HOLIDAY = Pattern.compile("(?:['’]s)?[ \\t]+Day\\b");
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
        String following = doc.substring(to, Math.min(doc.length(), to + 30));
        if (HOLIDAY.matcher(following).lookingAt()) {
            return Optional.empty();
        }
        if (OrganisationNames.isOrganisation(isKnownCompoundName(surface) ? "" : surface, following)) {
            return institutionPlace(doc, from, to, source);
        }
        return named(doc, from, to, source, strongContext);
    }

    /**
     * The place that leads the name doc[from, to) of one of its civil institutions ("Fargo Police", "Henderson County
     * Jail", "Ohio" before "Department of Transportation"), source suffix "+institution", when the gazetteer knows the
     * leading words exactly; empty for armed groups, parties, media, an owner's name ("St. Michael's Hospital"), a
     * name whose start NER cut off ("Matthew [Arnold School]"), and names that lead with no place.
     */
    Optional<Toponym> institutionPlace(String doc, int from, int to, String source) {
        Optional<OrganisationNames.Lead> lead = OrganisationNames.institutionLead(doc.substring(from, to),
                doc.substring(to, Math.min(doc.length(), to + 30)));
        if (lead.isEmpty() || continuesToTheLeft(doc, from)) {
            return Optional.empty();
        }
        int leadEnd = from + lead.get().length();
        if (POSSESSIVE.matcher(doc.substring(from, leadEnd)).find()) {
            return Optional.empty();
        }
        for (int end = leadEnd; end > from; end = Math.max(from, doc.lastIndexOf(' ', end - 1))) {
            String name = doc.substring(from, end);
            Optional<Toponym> t = named(doc, from, end, source + "+institution", false)
                    .filter(x -> gazetteer.hasExactName(name) || gazetteer.hasExactName(x.text()));
            List<Place> top = t.isEmpty() ? List.of() : gazetteer.candidates(t.get().text(), 1);
            boolean region = top.stream().anyMatch(p -> p.isCountry() || p.isAdmin1() || p.isAdmin2())
                    || t.isPresent() && t.get().kind() != Toponym.Kind.ANY;
            if (t.isPresent() && (!lead.get().regionOnly() || region)
                    && (end == leadEnd || region || onlyCommonWords(doc.substring(end, leadEnd)))) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** True when every word of {@code words} is a common word ("Volunteer Fire" of "Cookville Volunteer Fire"). */
    private boolean onlyCommonWords(String words) {
        return java.util.Arrays.stream(words.strip().split("[ \\t]+")).allMatch(commonWords::contains);
    }

    /** True when a capitalised word other than an article or preposition ends right before {@code from}. */
    private boolean continuesToTheLeft(String doc, int from) {
        Matcher m = CONTINUED_NAME.matcher(doc.substring(Math.max(0, from - 30), from));
        return m.find() && !LEFT_FUNCTION_WORDS.contains(m.group(1)) && !commonWords.contains(m.group(1));
    }

    /** "West Bank", "Russian Federation": a name of two or more words that the gazetteer knows as a whole. */
    private boolean isKnownCompoundName(String surface) {
        return surface.strip().contains(" ") && gazetteer.hasExactName(surface);
    }

    /** The toponym for doc[from, to) after stripping "the", a possessive and feature words; no organisation test. */
    private Optional<Toponym> named(String doc, int from, int to, String source, boolean strongContext) {
        String surface = doc.substring(from, to);
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
