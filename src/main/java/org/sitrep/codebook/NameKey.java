package org.sitrep.codebook;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a name for case-, accent-, apostrophe- and punctuation-insensitive lookup ("Côte d'Ivoire" = "cote divoire"). */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`\u00B4]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    /** Accents removed, apostrophes dropped, apostrophe-less case kept. */
    static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return APOSTROPHES.matcher(plain).replaceAll("");
    }

    /** The lookup key: folded, lower-cased, separators collapsed to one space, a leading "the " dropped. */
    static String of(String name) {
        String key = SEPARATORS.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }
}
