package org.sitrep.mention;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses cardinal numbers written in digits ("1,200") or English words ("twenty-three", "two hundred"). Stateless. */
public final class NumberWords {
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1000L, "million", 1_000_000L);

    private NumberWords() {
    }

    /** The value of a number phrase, or empty when it is not one. */
    public static Optional<Long> parse(String phrase) {
        String p = phrase.trim().toLowerCase(Locale.ROOT);
        if (p.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
            return Optional.of(Long.parseLong(p.replace(",", "")));
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        for (String w : p.split("[\\s-]+")) {
            if (w.equals("and")) {
                continue;
            }
            Long unit = UNITS.get(w);
            Long scale = SCALES.get(w);
            if (unit != null) {
                current += unit;
            } else if (scale != null) {
                current = Math.max(current, 1) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = 0;
                }
            } else if (w.matches("\\d+")) {
                current += Long.parseLong(w);
            } else {
                return Optional.empty();
            }
            any = true;
        }
        return any ? Optional.of(total + current) : Optional.empty();
    }

    /** True for words that can be part of a number phrase. */
    public static boolean isNumberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return UNITS.containsKey(w) && !w.equals("a") && !w.equals("an") || SCALES.containsKey(w)
                || w.matches("\\d{1,3}(,\\d{3})+|\\d+") || w.matches("[a-z]+-[a-z]+") && parse(w).isPresent();
    }
}
