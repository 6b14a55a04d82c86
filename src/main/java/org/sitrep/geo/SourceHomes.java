package org.sitrep.geo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The home regions of news sources: a local paper's reports leave their state implied ("Alexandria" in a Louisiana
 * paper is Alexandria, Louisiana), as the geoparsing literature's "local lexicons" observe. A source is the host of
 * a report's URL without "www." ({@link #sourceOf}); its home is a country and first-order region, written by hand or
 * learned from the source's reports ({@link SourceHomeLearner}). A table in a file has one source a line,
 * tab-separated: {@code host, ISO country code, first-order region name} and optionally the number of reports that
 * named a place in that region and the number of reports counted; {@code #} starts a comment. Immutable.
 */
public final class SourceHomes {
    /** A source's home: the region and, when learned, the evidence (reports naming it, reports counted). */
    public record Home(String countryCode, String region, int votes, int reports) {
        /** The region key the resolver compares candidates' regions with ("US:louisiana"). */
        String regionKey() {
            return HomeRegion.key(countryCode, region);
        }
    }

    private static final SourceHomes NONE = new SourceHomes(Map.of());
    private final Map<String, Home> bySource;

    SourceHomes(Map<String, Home> bySource) {
        this.bySource = Map.copyOf(bySource);
    }

    /** A table with no source. */
    public static SourceHomes none() {
        return NONE;
    }

    /** The source of a report URL: its host in lower case without a leading "www."; empty for no or a bad URL. */
    public static Optional<String> sourceOf(Optional<String> url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.get().strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A table of these homes by source (host as {@link #sourceOf} gives it). */
    public static SourceHomes of(Map<String, Home> homes) {
        return new SourceHomes(homes);
    }

    /** This table with the homes of {@code learned} added for the sources it has none for (its own entries win). */
    public SourceHomes plus(SourceHomes learned) {
        Map<String, Home> all = new TreeMap<>(learned.bySource);
        all.putAll(bySource);
        return new SourceHomes(all);
    }

    /** The homes by source (read-only). */
    public Map<String, Home> asMap() {
        return bySource;
    }

    /** The home of {@code source}, if the table has one. */
    public Optional<Home> homeOf(Optional<String> source) {
        return source.map(bySource::get);
    }

    /** Number of sources with a home. */
    public int size() {
        return bySource.size();
    }

    /** Reads a table (see the class comment); a malformed line or an unreadable file is a one-line IAE. */
    public static SourceHomes read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read source homes " + file + ": " + e.getMessage());
        }
        Map<String, Home> homes = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || !f[1].strip().matches("[A-Za-z]{2}") || f[2].isBlank()) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected 'host<TAB>country code<TAB>region', got: " + abbreviate(line));
            }
            homes.put(f[0].strip().toLowerCase(Locale.ROOT), new Home(f[1].strip().toUpperCase(Locale.ROOT),
                    f[2].strip(), count(f, 3), count(f, 4)));
        }
        return new SourceHomes(homes);
    }

    /** Writes the table, sources in alphabetical order, with a header comment. */
    public void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# source\tcountry\tregion\treports naming the region\treports counted");
        new TreeMap<>(bySource).forEach((source, h) -> lines.add(String.join("\t", source, h.countryCode(),
                h.region(), Integer.toString(h.votes()), Integer.toString(h.reports()))));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write source homes " + file + ": " + e.getMessage());
        }
    }

    private static int count(String[] fields, int i) {
        return i < fields.length && fields[i].strip().matches("\\d{1,9}") ? Integer.parseInt(fields[i].strip()) : 0;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
