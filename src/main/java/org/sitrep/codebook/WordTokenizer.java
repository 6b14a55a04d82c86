package org.sitrep.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words for alias matching: runs of letters and digits, joined across inner apostrophes
 * ("Da'esh" is one word, "Daesh" once folded); hyphens, dots and slashes separate words; a possessive 's is
 * kept out of the word's end. Stateless.
 */
final class WordTokenizer {
    private WordTokenizer() {
    }

    /**
     * A word of the text.
     *
     * @param start  UTF-16 index of its first char
     * @param end    UTF-16 index after its last char, before any possessive 's
     * @param exact  accent-folded, apostrophe-free, case kept (for acronyms)
     * @param folded {@code exact} lower-cased
     */
    record Word(int start, int end, String exact, String folded) {
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (end < n) {
                int c = text.codePointAt(end);
                if (Character.isLetterOrDigit(c)) {
                    end += Character.charCount(c);
                } else if (isApostrophe(c) && end + 1 < n && Character.isLetterOrDigit(text.codePointAt(end + 1))) {
                    end += 1;
                } else {
                    break;
                }
            }
            int stem = end;
            if (end - start > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's'
                    || text.charAt(end - 1) == 'S')) {
                stem = end - 2;
            }
            String exact = NameKey.fold(text.substring(start, stem));
            words.add(new Word(start, stem, exact, exact.toLowerCase(Locale.ROOT)));
            i = end;
        }
        return words;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }
}
