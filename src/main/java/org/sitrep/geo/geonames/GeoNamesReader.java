package org.sitrep.geo.geonames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams GeoNames main-table rows (19 tab-separated columns) from a .txt file or a .zip holding one .txt;
 * malformed lines are skipped and reported with their line number, never fatal. Stateless.
 */
public final class GeoNamesReader {
    private static final int COLUMNS = 19;
    private static final int MAX_PROBLEMS = 20;

    private GeoNamesReader() {
    }

    /** Feeds every well-formed row of {@code dump} to {@code sink}; throws IllegalArgumentException if unreadable. */
    public static ReadReport read(Path dump, Consumer<GeoNamesRow> sink) {
        try (InputStream raw = Files.newInputStream(dump)) {
            if (dump.getFileName().toString().toLowerCase().endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    String entry = e.getName();
                    if (!e.isDirectory() && entry.endsWith(".txt") && !entry.toLowerCase().contains("readme")) {
                        return read(zip, sink);
                    }
                }
                throw new IllegalArgumentException("no .txt table inside " + dump);
            }
            return read(raw, sink);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("GeoNames dump not found: " + dump);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read GeoNames dump " + dump + ": " + e.getMessage());
        }
    }

    /** Reads rows from a UTF-8 stream (left open). */
    public static ReadReport read(InputStream in, Consumer<GeoNamesRow> sink) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long lineNumber = 0;
        long rows = 0;
        long skipped = 0;
        List<String> problems = new ArrayList<>();
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    sink.accept(parse(line));
                    rows++;
                } catch (IllegalArgumentException e) {
                    skipped++;
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add("line " + lineNumber + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GeoNames dump unreadable after line " + lineNumber, e);
        }
        return new ReadReport(rows, skipped, problems);
    }

    /** Parses one line; IllegalArgumentException says what is wrong with it. */
    static GeoNamesRow parse(String line) {
        String[] c = line.split("\t", -1);
        if (c.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, found " + c.length);
        }
        if (c[1].isBlank()) {
            throw new IllegalArgumentException("empty name");
        }
        if (c[8].length() > 3 || c[6].length() > 1) {
            throw new IllegalArgumentException("bad country code or feature class");
        }
        double lat = number(c[4], "latitude");
        double lon = number(c[5], "longitude");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + c[4] + ", " + c[5]);
        }
        List<String> alternates = c[3].isEmpty() ? List.of()
                : Arrays.stream(c[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new GeoNamesRow(integer(c[0], "geonameid"), c[1].strip(), c[2].strip(), alternates, lat, lon,
                c[6], c[7], c[8], c[10], c[11], c[14].isEmpty() ? 0 : integer(c[14], "population"));
    }

    private static long integer(String text, String column) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not an integer: '" + text + "'");
        }
    }

    private static double number(String text, String column) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + text + "'");
        }
    }
}
