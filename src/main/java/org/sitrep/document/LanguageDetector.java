package org.sitrep.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guesses a text's language without models: the writing system first (Arabic, Cyrillic, CJK, Devanagari, ...), then
 * stop-word profiles for Latin-script languages. Biased to English: a short text, a text with few stop words, or an
 * English text full of foreign place names is English. Immutable and thread-safe.
 */
public final class LanguageDetector {
    private static final String PROFILES = "/document/stopwords.txt";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}']+");
    private static final int MIN_WORDS = 6;
    private static final double ENGLISH_PLAUSIBLE = 0.6;

    private final Map<String, String> names;
    private final Map<String, Set<String>> profiles;

    /** A detector with the given profiles: code to stop words, code to English name (English must be present). */
    public LanguageDetector(Map<String, Set<String>> profiles, Map<String, String> names) {
        if (!profiles.containsKey("en")) {
            throw new IllegalArgumentException("an English profile is required");
        }
        this.profiles = Map.copyOf(profiles);
        this.names = Map.copyOf(names);
    }

    /** A detector with the profiles shipped in resources (document/stopwords.txt). */
    public static LanguageDetector withBuiltInProfiles() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(PROFILES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROFILES);
            }
            Map<String, Set<String>> profiles = new LinkedHashMap<>();
            Map<String, String> names = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] head = line.substring(0, line.indexOf(':')).strip().split("\\s+", 2);
                names.put(head[0], head[1]);
                profiles.put(head[0], Set.of(line.substring(line.indexOf(':') + 1).strip().split("\\s+")));
            }
            names.putAll(SCRIPT_NAMES);
            return new LanguageDetector(profiles, names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<String, String> SCRIPT_NAMES = Map.ofEntries(Map.entry("ar", "Arabic"),
            Map.entry("fa", "Persian"), Map.entry("ur", "Urdu"), Map.entry("ru", "Russian"), Map.entry("uk", "Ukrainian"),
            Map.entry("zh", "Chinese"), Map.entry("ja", "Japanese"), Map.entry("ko", "Korean"), Map.entry("hi", "Hindi"),
            Map.entry("bn", "Bengali"), Map.entry("th", "Thai"), Map.entry("el", "Greek"), Map.entry("he", "Hebrew"),
            Map.entry("am", "Amharic"), Map.entry("hy", "Armenian"), Map.entry("ka", "Georgian"), Map.entry("ta", "Tamil"),
            Map.entry("my", "Burmese"), Map.entry("km", "Khmer"), Map.entry("en", "English"));

    /** The most likely language of {@code text}. */
    public LanguageGuess detect(String text) {
        Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int cp : text.codePoints().filter(Character::isLetter).toArray()) {
            scripts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            letters++;
        }
        String[] words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group())
                .toArray(String[]::new);
        Map<String, Integer> hits = stopWordHits(words);
        int english = hits.getOrDefault("en", 0);
        double englishShare = words.length == 0 ? 0 : english / (double) words.length;
        int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
        if (letters > 0 && latin < letters / 2 && englishShare < 0.15) {
            UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String code = byScript(main, text, scripts);
            if (!code.equals("en")) {
                return guess(code, 1.0 - latin / (double) letters, "script");
            }
        }
        if (words.length < MIN_WORDS) {
            return guess("en", 0.3, "default");
        }
        Map.Entry<String, Integer> best = hits.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        int total = hits.values().stream().mapToInt(Integer::intValue).sum();
        if (best.getValue() == 0 || best.getKey().equals("en") || english >= ENGLISH_PLAUSIBLE * best.getValue()) {
            double confidence = total == 0 ? 0.3 : Math.max(0.3, english / (double) Math.max(english, best.getValue())
                    * Math.min(1.0, english / (0.15 * words.length)));
            return guess("en", Math.min(1.0, confidence), total == 0 ? "default" : "stop words");
        }
        double margin = (best.getValue() - english) / (double) best.getValue();
        return guess(best.getKey(), Math.min(1.0, 0.5 + margin / 2), "stop words");
    }

    private Map<String, Integer> stopWordHits(String[] words) {
        Map<String, Integer> hits = new HashMap<>();
        profiles.keySet().forEach(code -> hits.put(code, 0));
        for (String word : words) {
            profiles.forEach((code, stopWords) -> {
                if (stopWords.contains(word)) {
                    hits.merge(code, 1, Integer::sum);
                }
            });
        }
        return hits;
    }

    private static String byScript(UnicodeScript script, String text, Map<UnicodeScript, Integer> scripts) {
        return switch (script) {
            case ARABIC -> text.matches("(?s).*[ٹڈڑںے].*") ? "ur" : text.matches("(?s).*[پچژگکی].*") ? "fa" : "ar";
            case CYRILLIC -> text.matches("(?s).*[іїєґІЇЄҐ].*") ? "uk" : "ru";
            case HAN -> scripts.containsKey(UnicodeScript.HIRAGANA) || scripts.containsKey(UnicodeScript.KATAKANA)
                    ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            case THAI -> "th";
            case GREEK -> "el";
            case HEBREW -> "he";
            case ETHIOPIC -> "am";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            case TAMIL -> "ta";
            case MYANMAR -> "my";
            case KHMER -> "km";
            default -> "en";
        };
    }

    private LanguageGuess guess(String code, double confidence, String evidence) {
        return new LanguageGuess(code, names.getOrDefault(code, code), Math.max(0, Math.min(1, confidence)), evidence);
    }

    /** The codes this detector can tell apart by stop words, for messages and tests. */
    public Set<String> profiledLanguages() {
        return Arrays.stream(profiles.keySet().toArray(String[]::new)).collect(Collectors.toUnmodifiableSet());
    }
}
