package org.sitrep.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Place;

/**
 * The single words a document uses as a person's name: a capitalised word that somewhere in the text stands right
 * next to a PERSON entity of one or two words ("Sheriff Greg [Taylor]", "coach [Ripley]" after "Bill Ripley") or
 * before an age ("Flores, 26,"). Such a word is a surname in that document, also where NER or the gazetteer
 * fix-ups call it a LOCATION ("Taylor said", "Trapani's first film"). Stateless and thread-safe.
 */
final class PersonNames {
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}'’.-])\\p{Lu}[\\p{Ll}\\p{M}'’]+(?![\\p{L}\\p{M}-])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern AGE = Pattern.compile("^,[ \\t]+\\d{1,3},");

    private PersonNames() {
    }

    /** The words of {@code doc} used as a person's name, given its NER entities (code-point spans). */
    static Set<String> in(String doc, List<EntityMention> entities) {
        List<int[]> persons = entities.stream()
                .filter(e -> "PERSON".equals(e.type()) && e.text().strip().split("\\s+").length <= 2)
                .map(e -> new int[] {CodePoints.toCharIndex(doc, e.span().start()),
                        CodePoints.toCharIndex(doc, e.span().end())})
                .toList();
        Set<String> names = new HashSet<>();
        Matcher w = WORD.matcher(doc);
        while (w.find()) {
            String word = w.group();
            if (names.contains(word) || word.equals(word.toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (AGE.matcher(doc.substring(w.end(), Math.min(doc.length(), w.end() + 8))).find()
                    || nextToPerson(doc, w.start(), w.end(), persons)) {
                names.add(word);
            }
        }
        return Set.copyOf(names);
    }

    /**
     * True when {@code t} is one of the document's {@code surnames} and no abbreviation, country or first-order region
     * ("Egypt", "Georgia" keep their meaning); the caller keeps toponyms of a strong context.
     */
    static boolean isSurname(Toponym t, Set<String> surnames, Gazetteer gazetteer) {
        if (!surnames.contains(t.text()) || t.source().contains("abbreviation")) {
            return false;
        }
        List<Place> top = gazetteer.candidates(t.text(), 1);
        return top.isEmpty() || !(top.get(0).isCountry() || top.get(0).isAdmin1());
    }

    private static boolean nextToPerson(String doc, int from, int to, List<int[]> persons) {
        for (int[] p : persons) {
            if (p[0] >= to && p[0] - to <= 3 && SPACES.matcher(doc.substring(to, p[0])).matches()
                    || p[1] <= from && from - p[1] <= 3 && SPACES.matcher(doc.substring(p[1], from)).matches()) {
                return true;
            }
        }
        return false;
    }
}
