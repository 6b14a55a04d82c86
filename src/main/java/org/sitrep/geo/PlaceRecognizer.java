package org.sitrep.geo;

import static org.sitrep.geo.ToponymCandidates.kindOf;
import static org.sitrep.geo.ToponymCandidates.withKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Finds toponym candidates in an annotated text: location-typed NER entities, plus gazetteer-backed patterns NER
 * misses ("X province", "the town of X", "in X", "Town (District, Province)", exact country and admin1 names).
 * Organisation names and demonyms are never toponyms. This class decides where a name stands and in which
 * context (NER, pattern, abbreviation) and settles overlaps; {@link ToponymCandidates} turns each range into a
 * toponym or refuses it. Immutable and thread-safe if the gazetteer is.
 */
public final class PlaceRecognizer {
    private static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "GPE", "LOC");
    private static final String TOKEN = "(?:(?:al|el|ez|es|ed|er|en|et|as|an|at|ad|ar|ash|az|adh|ath)[-‐'’])?"
            + "\\p{Lu}[\\p{L}\\p{M}'’`]*(?:[-‐](?:\\p{L}[\\p{L}\\p{M}'’`]*))*";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{M}'’-])" + TOKEN
            + "(?:[ \\t]+(?:(?:al|el|ez|ash|az|adh|ath|ibn|bin|de|da|del|la|le)[ \\t]+)?" + TOKEN + ")*");
    private static final Pattern FOLLOWING_FEATURE = Pattern.compile("(?i)^[ \\t]+(province|governorate|district|"
            + "region|state|oblast|county|wilayah|local[ \\t]+government(?:[ \\t]+area)?|lga|territory|woreda"
            + "|chiefdom)\\b");
    private static final Pattern THE_X_OF = Pattern.compile("(?i)\\b(town|city|village|district|province|governorate"
            + "|region|area|outskirts|suburbs?|countryside|capital)\\s+of\\s+$");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)\\b(in|near|around|outside|from|at|to|into|"
            + "toward|towards|across|inside|via|through|of|captured|seized|entered|shelled|bombed|stormed|besieged|"
            + "retook|recaptured|liberated|reached|struck|took|hit|targeted|raided|overran|left|fled|displaced)\\s+$");
    private static final Pattern LIST = Pattern.compile("^(\\s*,\\s*|\\s+and\\s+|\\s+or\\s+|\\s*,\\s*and\\s+)$");
    private static final Pattern PAREN_AFTER = Pattern.compile("^\\s*\\(\\s*" + NAME.pattern() + "\\s*,\\s*"
            + NAME.pattern() + "\\s*\\)");
    private static final Pattern COMMA_AFTER = Pattern.compile("^\\s*,\\s*(" + NAME.pattern() + ")");
    private static final Pattern ACLED_PAREN = Pattern.compile("^\\s*\\(\\s*$|^\\s*,\\s*$");

    private static final Set<String> FUNCTION_WORDS = Set.of("In", "At", "Near", "From", "To", "Into", "Outside",
            "Around", "Across", "Inside", "Through", "Via", "Of", "On", "After", "Before", "Since", "During", "And",
            "But", "A", "An", "As", "When", "While", "Meanwhile", "Between", "Both", "Elsewhere", "Also",
            "Then", "Last", "This", "That", "Later", "Earlier", "Residents", "Officials", "Sources", "Witnesses");

    private static final Pattern COMPASS = Pattern.compile("(?i)(?:(?:north|south)(?:-?(?:east|west))?|east|west"
            + "|(?:north|south)?(?:east|west)?ern|central|upper|lower|greater|northern|southern|eastern|western)\\s+");
    private static final Pattern GROUP_NOUN = Pattern.compile("[ \\t]+(forces|troops|militias?|fighters|soldiers|"
            + "men|youths?|units?|comrades|brigades?|gunmen|rebels|tribesmen)\\b");

    /** Population from which a town's name keeps its meaning under a compass qualifier ("eastern Aleppo"). */
    private static final long COMPASS_CITY = 100_000;

    private final Gazetteer gazetteer;
    private final RegionAbbreviations abbreviations = RegionAbbreviations.standard();
    private final NerLocationFilter nerLocations;
    private final OrganisationPlaces organisationPlaces;
    private final ToponymCandidates candidates;
    private final LocalNewsPatterns localNews;

    private PlaceRecognizer(Gazetteer gazetteer, Demonyms demonyms, Set<String> commonWords) {
        this.gazetteer = gazetteer;
        this.nerLocations = new NerLocationFilter(gazetteer);
        Set<String> common = Set.copyOf(commonWords);
        this.organisationPlaces = new OrganisationPlaces(gazetteer, demonyms, common);
        this.candidates = new ToponymCandidates(gazetteer, demonyms, common);
        this.localNews = new LocalNewsPatterns(gazetteer, candidates, abbreviations);
    }

    /** A recogniser backed by {@code gazetteer}, with the project's demonym and common-word tables. */
    public static PlaceRecognizer create(Gazetteer gazetteer, Demonyms demonyms) {
        try (InputStream in = PlaceRecognizer.class.getResourceAsStream("/geo/common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource /geo/common-words.txt is missing from the build");
            }
            Set<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
            return new PlaceRecognizer(gazetteer, demonyms, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Toponyms in {@code text}, ordered by position, without overlaps. */
    public List<Toponym> recognize(AnnotatedText text) {
        String doc = text.document().text();
        List<Toponym> found = new ArrayList<>();
        for (EntityMention e : text.entities()) {
            if (LOCATION_TYPES.contains(e.type())) {
                int nerFrom = CodePoints.toCharIndex(doc, e.span().start());
                int to = CodePoints.toCharIndex(doc, e.span().end());
                int from = nerLocations.extendOverLeadingWord(doc, nerFrom, to);
                if (from == nerFrom && nerLocations.isPartOfPersonName(doc, from, to, text.entities())) {
                    continue;
                }
                to = nerLocations.placeBeforeSiteWord(doc, from, nerLocations.extendOverHyphen(doc, from, to));
                Matcher following = FOLLOWING_FEATURE.matcher(doc.substring(to, Math.min(doc.length(), to + 20)));
                Optional<Toponym> t = candidates.candidate(doc, from, to, "ner:" + e.type(), true);
                if (following.find()) {
                    t = t.map(x -> withKind(x, kindOf(following.group(1))));
                }
                t.ifPresent(found::add);
            } else if ("ORGANIZATION".equals(e.type())) {
                int from = CodePoints.toCharIndex(doc, e.span().start());
                candidates.institutionPlace(doc, from, CodePoints.toCharIndex(doc, e.span().end()), "ner:" + e.type())
                        .ifPresent(found::add);
            }
        }
        List<Span> persons = text.entities().stream().filter(e -> "PERSON".equals(e.type()))
                .map(EntityMention::span).toList();
        Set<String> personWords = text.entities().stream().filter(e -> "PERSON".equals(e.type()))
                .flatMap(e -> java.util.Arrays.stream(e.text().split("\\s+"))).collect(Collectors.toSet());
        List<Span> organisations = text.entities().stream().filter(e -> "ORGANIZATION".equals(e.type()))
                .map(EntityMention::span).toList();
        Matcher m = NAME.matcher(doc);
        int lastEnd = -1;
        while (m.find()) {
            int start = skipLeadingFunctionWords(doc, m.start(), m.end());
            if (start >= m.end()) {
                continue;
            }
            Optional<Toponym> t = fromPattern(doc, start, m.end(), lastEnd)
                    .filter(x -> organisations.stream().noneMatch(o -> o.overlaps(x.span())))
                    .filter(x -> isStrong(x) || !isPersonName(x, persons, personWords))
                    .filter(x -> isStrong(x) || !isGroupAdjective(doc, x));
            t.ifPresent(found::add);
            if (t.isPresent()) {
                lastEnd = CodePoints.toCharIndex(doc, t.get().span().end());
            }
        }
        for (RegionAbbreviations.Found a : abbreviations.findIn(doc)) {
            Span span = CodePoints.span(doc, a.start(), a.end());
            if (organisations.stream().noneMatch(o -> o.overlaps(span))) {
                found.add(new Toponym(span, doc.substring(a.start(), a.end()), Toponym.Kind.REGION,
                        "pattern:abbreviation"));
            }
        }
        List<Toponym> cues = localNews.find(doc);
        found.removeIf(t -> cues.stream().anyMatch(c -> c.span().overlaps(t.span())));
        found.addAll(cues);
        Set<String> surnames = PersonNames.in(doc, text.entities());
        return merge(found.stream().filter(t -> isStrong(t) || !PersonNames.isSurname(t, surnames, gazetteer))
                .map(this::withoutCompassQualifier).toList());
    }

    /**
     * Place names inside organisation names ("Derna Mujahideen Shoura Council"), source "organisation-name": a last
     * resort for a text in which {@link #recognize} finds no place that resolves.
     */
    public List<Toponym> inOrganisationNames(AnnotatedText text) {
        return organisationPlaces.find(text);
    }

    /**
     * "Northeast Georgia", "southern Lebanon", "eastern Aleppo": the region or city itself when the qualified name is
     * in no gazetteer entry and the rest names a country, an admin region or a city (at least
     * {@value #COMPASS_CITY} people); never for continents ("East Africa", "Central America" are regions of their
     * own), nor for a small namesake ("West Rand" is not Rand).
     */
    private Toponym withoutCompassQualifier(Toponym t) {
        Matcher m = COMPASS.matcher(t.text());
        if (!m.lookingAt() || !gazetteer.candidates(t.text(), 1).isEmpty()) {
            return t;
        }
        String rest = t.text().substring(m.end());
        List<Place> top = rest.isEmpty() ? List.of() : gazetteer.candidates(rest, 5);
        if (top.isEmpty() || "CONT".equals(top.get(0).featureCode()) || "america".equals(ToponymKeys.key(rest))
                || top.stream().noneMatch(p -> p.isCountry() || p.isAdmin1() || p.isAdmin2()
                        || p.isPopulatedPlace() && p.population() >= COMPASS_CITY)) {
            return t;
        }
        int skipped = m.group().codePointCount(0, m.group().length());
        return new Toponym(new Span(t.span().start() + skipped, t.span().end()), rest, t.kind(),
                t.source() + "+compass");
    }

    /**
     * Feature words, "the town of", ACLED parentheses, "X, Region" and country or first-order region names (which NER
     * mislabels: "Deir Ezzor" as PERSON) outweigh what NER says about the name.
     */
    private static boolean isStrong(Toponym t) {
        String s = t.source();
        return s.contains("feature-word") || s.contains("the-x-of") || s.contains("parenthesis")
                || s.contains("comma-container") || s.contains("region-name");
    }

    /**
     * A pattern-found name that NER tagged PERSON here, or that is a word of a PERSON name elsewhere in the text
     * ("Obama" after "Barack Obama"): a person, not a place.
     */
    private static boolean isPersonName(Toponym t, List<Span> persons, Set<String> personWords) {
        return persons.stream().anyMatch(p -> p.overlaps(t.span())) || personWords.contains(t.text());
    }

    /**
     * "Misratan forces", "Zintani fighters": a name the gazetteer knows only by its loose key, right before a group
     * noun, is an adjective of origin, not a place.
     */
    private boolean isGroupAdjective(String doc, Toponym t) {
        int end = CodePoints.toCharIndex(doc, t.span().end());
        return GROUP_NOUN.matcher(doc.substring(end, Math.min(doc.length(), end + 20))).lookingAt()
                && !gazetteer.hasExactName(t.text());
    }

    /** "In Hajin" at a sentence start: the name starts after "In "; a lone function word ("During") is no name. */
    private static int skipLeadingFunctionWords(String doc, int start, int end) {
        int at = start;
        while (at < end) {
            int space = doc.indexOf(' ', at);
            if (space < 0 || space >= end) {
                return FUNCTION_WORDS.contains(doc.substring(at, end)) ? end : at;
            }
            if (!FUNCTION_WORDS.contains(doc.substring(at, space))) {
                return at;
            }
            at = space + 1;
        }
        return at;
    }

    private Optional<Toponym> fromPattern(String doc, int start, int end, int lastToponymEnd) {
        String before = doc.substring(Math.max(0, start - 40), start);
        String after = doc.substring(end, Math.min(doc.length(), end + 100));
        if (THE_X_OF.matcher(before).find()) {
            Toponym.Kind kind = kindOf(THE_X_OF.matcher(before).results().reduce((a, b) -> b).orElseThrow().group(1));
            return candidates.candidate(doc, start, end, "pattern:the-x-of", true).map(t -> withKind(t, kind));
        }
        Matcher following = FOLLOWING_FEATURE.matcher(after);
        if (following.find()) {
            return candidates.candidate(doc, start, end, "pattern:feature-word", true)
                    .map(t -> withKind(t, kindOf(following.group(1))));
        }
        if (ToponymCandidates.endsInFeatureWord(doc.substring(start, end))) {
            return candidates.candidate(doc, start, end, "pattern:feature-word", true);
        }
        if (PAREN_AFTER.matcher(after).find()) {
            return candidates.candidate(doc, start, end, "pattern:parenthesis", true);
        }
        if (lastToponymEnd >= 0 && lastToponymEnd <= start) {
            String gap = doc.substring(lastToponymEnd, start);
            if (ACLED_PAREN.matcher(gap).matches() && insideParentheses(doc, start)) {
                Toponym.Kind kind = after.stripLeading().startsWith(",") ? Toponym.Kind.DISTRICT
                        : after.stripLeading().startsWith(")") ? Toponym.Kind.REGION : Toponym.Kind.ANY;
                return candidates.longestKnownPrefix(doc, start, end, "pattern:parenthesis")
                        .map(t -> withKind(t, kind));
            }
            if (LIST.matcher(gap).matches()) {
                return candidates.longestKnownPrefix(doc, start, end, "pattern:list");
            }
        }
        if (PREPOSITION.matcher(before).find()) {
            return candidates.longestKnownPrefix(doc, start, end, "pattern:preposition");
        }
        Matcher comma = COMMA_AFTER.matcher(after);
        if (comma.find() && candidates.isCountryOrAdmin1Name(comma.group(1))) {
            return candidates.longestKnownPrefix(doc, start, end, "pattern:comma-container");
        }
        return candidates.candidate(doc, start, end, "pattern:region-name", false)
                .filter(t -> candidates.isCountryOrAdmin1Name(t.text()));
    }

    /** True when an opening parenthesis precedes {@code at} on the same line without being closed. */
    private static boolean insideParentheses(String doc, int at) {
        String before = doc.substring(Math.max(0, at - 80), at);
        int open = before.lastIndexOf('(');
        return open >= 0 && before.indexOf(')', open) < 0 && before.indexOf('\n', open) < 0;
    }

    /** Same span: keep the more specific kind; overlapping spans: keep the longer, then the earlier found. */
    private static List<Toponym> merge(List<Toponym> found) {
        List<Toponym> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Toponym t) -> t.span().start())
                .thenComparing(t -> -t.span().length()));
        List<Toponym> out = new ArrayList<>();
        for (Toponym t : sorted) {
            Toponym last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last == null || !last.span().overlaps(t.span())) {
                out.add(t);
            } else if (last.span().equals(t.span()) && last.kind() == Toponym.Kind.ANY
                    && t.kind() != Toponym.Kind.ANY) {
                out.set(out.size() - 1, new Toponym(t.span(), t.text(), t.kind(), last.source() + "+" + t.source()));
            }
        }
        return List.copyOf(out);
    }
}
