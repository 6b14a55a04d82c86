package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import org.sitrep.model.CodePoints;
import org.sitrep.model.Span;

/** Demonyms and country adjectives ("Syrian", "Afghan") to country codes; immutable after loading. */
public final class Demonyms {
    private final Map<String, String> countryByWord;
    private final Pattern pattern;

    /** A demonym in a text: code-point span and the country it points to. */
    public record Match(Span span, String word, String countryCode) {
    }

    private Demonyms(Map<String, String> countryByWord) {
        this.countryByWord = Map.copyOf(countryByWord);
        String alternation = countryByWord.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("\\b(?:" + alternation + ")s?\\b");
    }

    /** The project's table, {@code /geo/demonyms.tsv}. */
    public static Demonyms standard() {
        try (InputStream in = Demonyms.class.getResourceAsStream("/geo/demonyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource /geo/demonyms.tsv is missing from the build");
            }
            Map<String, String> table = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2) {
                    table.put(parts[0].strip(), parts[1].strip());
                }
            }
            return new Demonyms(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The country of this demonym (exact, capitalised as in the table; a plural "s" is accepted). */
    public Optional<String> countryOf(String word) {
        String w = countryByWord.containsKey(word) || !word.endsWith("s") ? word : word.substring(0, word.length() - 1);
        return Optional.ofNullable(countryByWord.get(w));
    }

    /** Every demonym in {@code text}, in order. */
    public List<Match> findIn(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            countryOf(m.group()).ifPresent(cc -> matches.add(
                    new Match(CodePoints.span(text, m.start(), m.end()), m.group(), cc)));
        }
        return List.copyOf(matches);
    }
}
