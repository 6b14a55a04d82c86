package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Region abbreviations as news writes them ("La.", "W.Va.", "NSW", "B.C.", postal codes "TX" after a comma), each
 * with its country and full first-order region name; from {@code /geo/abbreviations.tsv}. Immutable, thread-safe.
 */
public final class RegionAbbreviations {
    /** One abbreviation: the full ADM1 name, its country, and whether it needs a preceding "Name, ". */
    public record Entry(String abbreviation, String countryCode, String region, boolean afterCommaOnly) {
    }

    /** An abbreviation found in a text: UTF-16 range [start, end) and its entry. */
    public record Found(int start, int end, Entry entry) {
    }

    private final Map<String, Entry> byAbbreviation;
    private final Pattern pattern;

    private RegionAbbreviations(Map<String, Entry> byAbbreviation) {
        this.byAbbreviation = Map.copyOf(byAbbreviation);
        String alternation = byAbbreviation.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}.])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** The project's table. */
    public static RegionAbbreviations standard() {
        try (InputStream in = RegionAbbreviations.class.getResourceAsStream("/geo/abbreviations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource /geo/abbreviations.tsv is missing from the build");
            }
            Map<String, Entry> table = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 4) {
                    table.put(f[0], new Entry(f[0], f[1], f[2], "comma".equals(f[3].strip())));
                }
            }
            return new RegionAbbreviations(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry for exactly this abbreviation ("La."; "La" without its dot also matches "La."). */
    public Optional<Entry> of(String text) {
        Entry e = byAbbreviation.get(text);
        return Optional.ofNullable(e != null ? e : byAbbreviation.get(text + "."));
    }

    /** Abbreviations in {@code text} standing where their context allows ("comma" ones after "Name, "). */
    public List<Found> findIn(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            Entry e = byAbbreviation.get(m.group());
            if (e != null && (!e.afterCommaOnly() || afterNameAndComma(text, m.start()))) {
                out.add(new Found(m.start(), m.end(), e));
            }
        }
        return List.copyOf(out);
    }

    /** True when "Capitalised-word, " directly precedes {@code at}. */
    private static boolean afterNameAndComma(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return false;
        }
        i--;
        int end = i;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '\'')) {
            i--;
        }
        return end > i && Character.isUpperCase(text.charAt(i + 1));
    }
}
