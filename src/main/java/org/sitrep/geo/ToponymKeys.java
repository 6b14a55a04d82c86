package org.sitrep.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised lookup keys for place names: an exact key (case, diacritics, punctuation and Arabic articles unified)
 * and a looser transliteration-tolerant consonant key. Stateless and thread-safe.
 */
public final class ToponymKeys {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "as", "ash", "az", "ar", "an", "at", "ath",
            "adh", "ez", "es", "ed", "er", "en", "et", "ul", "ud", "ur", "us", "uz");
    private static final String SUN_LETTERS = "tdrzsnlh";
    private static final String REGION_SUFFIX =
            "(?i)\\s+(governorate|province|district|region|state|oblast|county|municipality|wilayah|raion)$";

    private ToponymKeys() {
    }

    /** The exact key: "Deir ez-Zor", "Deir Ezzor" and "DEIR EZ ZOR" all give "deir zor"; "" when nothing is left. */
    public static String key(String name) {
        List<String> tokens = tokens(name);
        List<String> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (!last && ARTICLES.contains(token)) {
                continue;
            }
            kept.add(i > 0 ? dropAssimilatedArticle(token) : token);
        }
        return String.join(" ", kept);
    }

    /** The key of a region name without its feature word: "Damascus Governorate" gives "damascus". */
    public static String regionKey(String name) {
        return key(name.replaceAll(REGION_SUFFIX, ""));
    }

    /**
     * The loose key: consonant skeleton of {@link #key} without spaces, so "Dayr az Zawr" and "Deir ez-Zor" meet
     * ("drzr"); meant as a second, lower-ranked lookup.
     */
    public static String looseKey(String name) {
        StringBuilder out = new StringBuilder();
        for (String token : key(name).split(" ")) {
            char previousRaw = 0;
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                boolean vowel = "aeiouyw".indexOf(c) >= 0;
                char mapped;
                if (i == 0) {
                    mapped = "aeiou".indexOf(c) >= 0 ? 'a' : c;
                } else if (vowel || (c == 'h' && previousRaw != 0 && "aeiouyw".indexOf(previousRaw) < 0)) {
                    mapped = 0;
                } else {
                    mapped = c == 'q' || c == 'c' ? 'k' : c;
                }
                if (mapped != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != mapped)) {
                    out.append(mapped);
                }
                previousRaw = c;
            }
        }
        return out.toString();
    }

    /** Lowercase, diacritic-free word tokens; apostrophes, hyphens, dots and other punctuation separate words. */
    static List<String> tokens(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replace('ı', 'i').replace("ß", "ss").replace('ø', 'o').replace('æ', 'a').replace('đ', 'd')
                .replace('ł', 'l').replace('ħ', 'h');
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || cp == 'ʿ' || cp == 'ʾ') {
                return;
            }
            if (Character.isLetterOrDigit(cp)) {
                token.appendCodePoint(cp);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        });
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** "ezzor" -> "zor", "assuwayda" -> "suwayda": an article fused with a doubled sun letter. */
    private static String dropAssimilatedArticle(String token) {
        if (token.length() >= 5 && (token.charAt(0) == 'a' || token.charAt(0) == 'e')
                && token.charAt(1) == token.charAt(2) && SUN_LETTERS.indexOf(token.charAt(1)) >= 0) {
            return token.substring(2);
        }
        return token;
    }
}
