package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence can hold a name, from the shape of its words alone: English names (people, places,
 * organisations) carry a capital letter, so a sentence whose only capitalised word is a common function word at its
 * start (or none) holds none, and statistical NER can skip it. Stateless.
 */
public final class NameShape {
    /** Words that start sentences in their capitalised form and are never a name or part of one. */
    private static final Set<String> SENTENCE_STARTERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there",
            "in", "on", "at", "by", "for", "from", "with", "without", "of", "to", "into", "after", "before", "during",
            "since", "until", "about", "over", "under", "among", "between", "despite", "but", "and", "or", "so", "yet",
            "however", "meanwhile", "also", "when", "while", "where", "if", "although", "though", "because", "as",
            "some", "many", "most", "several", "few", "all", "both", "each", "every", "no", "none", "other", "another",
            "such", "more", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "last",
            "earlier", "later", "now", "then", "still", "once", "what", "who", "which", "why", "how", "is", "was",
            "are", "were", "has", "have", "had", "do", "does", "did", "not", "only", "even", "instead", "thousands",
            "hundreds", "dozens");

    private NameShape() {
    }

    /**
     * False when no word has a capital letter except a sentence starter ({@link #SENTENCE_STARTERS}) as the first
     * word with a letter; true otherwise. {@code words} are the sentence's tokens as written.
     */
    public static boolean mayHoldName(List<String> words) {
        boolean first = true;
        for (String w : words) {
            if (!hasLetter(w)) {
                continue;
            }
            if (hasUpperCase(w) && !(first && SENTENCE_STARTERS.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    private static boolean hasLetter(String w) {
        return w.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean hasUpperCase(String w) {
        return w.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
    }
}
