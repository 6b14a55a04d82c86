package org.sitrep.codebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reads codebook TSV files: UTF-8, '#' comment lines and blank lines skipped, one header line checked. */
final class TsvReader {
    private TsvReader() {
    }

    /** Every data row of {@code reader}; throws {@link CodebookFormatException} on a wrong header or column count. */
    static List<TsvRow> read(Reader reader, String source, List<String> header) {
        List<TsvRow> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int number = 0;
        try {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.asList(text.split("\t", -1));
                if (!headerSeen) {
                    if (!fields.equals(header)) {
                        throw new CodebookFormatException(source, number, "expected header " + String.join("\\t", header));
                    }
                    headerSeen = true;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw new CodebookFormatException(source, number,
                            "expected " + header.size() + " tab-separated columns, found " + fields.size());
                }
                rows.add(new TsvRow(source, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new CodebookFormatException(source, number, "no header line");
        }
        return rows;
    }

    /** Opens a classpath resource as UTF-8 and hands it to {@code parser}; fails clearly when it is missing. */
    static <T> T fromClasspath(String resource, Function<Reader, T> parser) {
        InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("classpath resource not found: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
