package org.sitrep.geo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;

/**
 * Corrects the extent of a location that NER found, using its neighbours in the text: a location right next to a
 * PERSON name is a part of that name ("Maj-Gen. Nelson Williams" tagged Nelson=LOCATION, Williams=PERSON), and a
 * location cut at a hyphen is the whole hyphenated name when the gazetteer knows it ("Kaga" of "Kaga-Bandoro"), and
 * a location cut after an abbreviated leading word is the whole name when the gazetteer knows it ("Paul" of
 * "St. Paul", whose "St." NER tags as a PERSON).
 * Character offsets are Java string indices. Immutable and thread-safe if the gazetteer is.
 */
final class NerLocationFilter {
    private static final Pattern HYPHENATED_TAIL = Pattern.compile("^[-‐]\\p{Lu}[\\p{L}\\p{M}'’]*");
    private static final Pattern ONLY_SPACES = Pattern.compile("[ \\t]+");
    /**
     * The last word of a site's name ("Tshwane Showground", "Lamu Island", "Athens Regional Park", "Whitestown Town
     * Hall", "Walker County Fairgrounds").
     */
    private static final Pattern SITE_WORD = Pattern.compile("(?i)[ \\t]+(island|showgrounds?|stadium|market|camp|"
            + "university|airport|prison|hospital|barracks|park|beach|bridge|junction|station|township|campus|mosque|"
            + "church|school|college|square|hall|cent(?:er|re)|fairgrounds?|reservoir|refuge|harbou?r|oval|mound"
            + "|courthouse|library|museum|arena|gym)$");
    /** An abbreviated or written-out leading word of a place name right before a location ("St. ", "Mt. ", "Fort "). */
    private static final Pattern LEADING_WORD = Pattern.compile("(?<![\\p{L}.])(?:St|Ste|Mt|Ft|Saint|Sainte|Mount|Fort)"
            + "\\.?[ \\t]+$");
    private final Gazetteer gazetteer;

    NerLocationFilter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * True when the location {@code [from, to)} of {@code doc} is one word, not in capitals (a dateline such as
     * "WASHINGTON"), and separated only by spaces from a PERSON entity of at most two words: the NER split one
     * person's name ("Nelson Williams", "Kim Campbell") in two.
     */
    boolean isPartOfPersonName(String doc, int from, int to, List<EntityMention> entities) {
        String word = doc.substring(from, to);
        if (word.contains(" ") || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (EntityMention e : entities) {
            if (!"PERSON".equals(e.type()) || e.text().strip().split("\\s+").length > 2) {
                continue;
            }
            int start = CodePoints.toCharIndex(doc, e.span().start());
            int end = CodePoints.toCharIndex(doc, e.span().end());
            if (start >= to && ONLY_SPACES.matcher(doc.substring(to, start)).matches()
                    || end <= from && ONLY_SPACES.matcher(doc.substring(end, from)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the known place name that starts the site name {@code [from, to)} ("Tshwane" of "Tshwane
     * Showground"), when the gazetteer knows no place of the whole name; {@code to} otherwise. Countries and
     * continents are not taken ("Africa Unity Square").
     */
    int placeBeforeSiteWord(String doc, int from, int to) {
        String name = doc.substring(from, to);
        if (!SITE_WORD.matcher(name).find() || gazetteer.hasExactName(name)) {
            return to;
        }
        for (int end = name.lastIndexOf(' '); end > 0; end = name.lastIndexOf(' ', end - 1)) {
            String prefix = name.substring(0, end).strip();
            if (gazetteer.hasExactName(prefix)) {
                boolean large = gazetteer.candidates(prefix, 1).stream()
                        .anyMatch(p -> p.isCountry() || "CONT".equals(p.featureCode()));
                return large ? to : from + prefix.length();
            }
        }
        return to;
    }

    /** The start of the location {@code [from, to)}, moved back over a leading word when the longer name is known. */
    int extendOverLeadingWord(String doc, int from, int to) {
        String before = doc.substring(Math.max(0, from - 10), from);
        Matcher lead = LEADING_WORD.matcher(before);
        if (lead.find()) {
            int start = from - before.length() + lead.start();
            if (gazetteer.hasExactName(doc.substring(start, to))) {
                return start;
            }
        }
        return from;
    }

    /** The end of the location {@code [from, to)}, moved over a hyphenated tail when the longer name is known. */
    int extendOverHyphen(String doc, int from, int to) {
        Matcher tail = HYPHENATED_TAIL.matcher(doc.substring(to, Math.min(doc.length(), to + 40)));
        if (tail.find() && gazetteer.hasExactName(doc.substring(from, to + tail.end()))) {
            return to + tail.end();
        }
        return to;
    }
}
