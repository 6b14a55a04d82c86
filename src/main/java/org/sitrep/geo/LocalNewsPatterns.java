package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;

/**
 * Place names that news writes in forms NER misses or swallows whole: a dateline in capitals ("HAMILTON — ",
 * "ST. JOHN'S, N.L. - ") and a legislator's party and home ("Rep. Carrie Webster, D-Kanawha,", "(R-Ocilla)",
 * "D-N.Y."). Each toponym found here replaces what NER made of the same words. (Two places joined by a hyphen,
 * "Fargo-Moorhead", were tried and left out: school co-ops and double-barrelled surnames made as many errors.) Character offsets are Java
 * string indices; spans are code points. Immutable and thread-safe if the gazetteer is.
 */
final class LocalNewsPatterns {
    /** Source of a dateline's place. */
    static final String DATELINE = "pattern:dateline";
    /** Source of a party tag's place. */
    static final String PARTY_TAG = "pattern:party-tag";

    private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’]+";
    private static final Pattern DATELINE_PATTERN = Pattern.compile("(?:^|(?<=[.!?\"”]\\s{1,3}))(" + CAPS_WORD
            + "(?:[ ](?:" + CAPS_WORD + "|OF|DE|LA))*)(?=(?:,[ ]*\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*)?)?"
            + "(?:[ ]*\\((?:AP|Reuters|AFP|UPI|CNN)\\))?[ ]*(?:—|–|--|-[ ]))");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’]*";
    private static final Pattern PARTY_PATTERN = Pattern.compile("(?<=[(,][ ]?)(?:D|R|I|DFL|GOP)-(" + NAME_WORD
            + "(?:[ ]" + NAME_WORD + ")*)(?=[ ]?[,);])");

    private final Gazetteer gazetteer;
    private final ToponymCandidates candidates;
    private final RegionAbbreviations abbreviations;

    LocalNewsPatterns(Gazetteer gazetteer, ToponymCandidates candidates, RegionAbbreviations abbreviations) {
        this.gazetteer = gazetteer;
        this.candidates = candidates;
        this.abbreviations = abbreviations;
    }

    /** The toponyms of these patterns in {@code doc}, in text order per pattern. */
    List<Toponym> find(String doc) {
        List<Toponym> found = new ArrayList<>();
        Matcher d = DATELINE_PATTERN.matcher(doc);
        while (d.find()) {
            if (gazetteer.hasExactName(d.group(1))) {
                candidates.candidate(doc, d.start(1), d.end(1), DATELINE, true).ifPresent(found::add);
            }
        }
        Matcher p = PARTY_PATTERN.matcher(doc);
        while (p.find()) {
            partyPlace(doc, p.start(1), p.end(1)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** "Kanawha", "Story City", "N.Y.", "W. Va.": a region abbreviation, else the longest known run of words. */
    private Optional<Toponym> partyPlace(String doc, int from, int to) {
        String name = doc.substring(from, to);
        if (abbreviations.of(name).isPresent() || abbreviations.of(name.replace(" ", "")).isPresent()) {
            return Optional.of(new Toponym(CodePoints.span(doc, from, to), name, Toponym.Kind.REGION, PARTY_TAG
                    + "+abbreviation"));
        }
        return candidates.longestKnownPrefix(doc, from, to, PARTY_TAG);
    }
}
