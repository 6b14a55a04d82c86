package org.sitrep.eval.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readers for the three public gold files of event coding (formats as ../shared/eval/README.md describes). */
public final class GoldFiles {
    public static final String CASE_FILE = "case2021-task2-dev.tsv";
    public static final String ACLED_FILE = "acled-africa-2016-07-sample.csv";
    public static final String PLOVER_FILE = "PLOVER_GSR_CAMEO.txt";

    /** A CASE 2021 task 2 snippet with its class code. */
    public record CaseSnippet(String id, String text, String code) {
    }

    /** An ACLED note with the fields it was coded with (pre-2019 schema); inter 0 = no second actor. */
    public record AcledNote(String id, String notes, String eventType, int inter1, int inter2, String country,
                            String admin1, String location, double latitude, double longitude, int fatalities,
                            LocalDate eventDate) {
    }

    /** A PLOVER gold record: its text, its event code and its date. */
    public record PloverRecord(String id, String text, String event, Optional<LocalDate> date) {
    }

    private GoldFiles() {
    }

    public static List<CaseSnippet> caseSnippets(Path file) throws IOException {
        List<CaseSnippet> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t");
            if (cols.length != 3) {
                throw new IOException(file + ":" + (i + 1) + ": expected id<TAB>text<TAB>class");
            }
            out.add(new CaseSnippet(cols[0].trim(), cols[1], cols[2].trim()));
        }
        return out;
    }

    public static List<AcledNote> acledNotes(Path file) throws IOException {
        List<List<String>> rows = CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            col.put(rows.get(0).get(i).trim(), i);
        }
        List<AcledNote> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            try {
                out.add(new AcledNote(get(row, col, "data_id"), get(row, col, "notes"), get(row, col, "event_type"),
                        integer(get(row, col, "inter1")), integer(get(row, col, "inter2")), get(row, col, "country"),
                        get(row, col, "admin1"), get(row, col, "location"),
                        Double.parseDouble(get(row, col, "latitude")), Double.parseDouble(get(row, col, "longitude")),
                        integer(get(row, col, "fatalities")), LocalDate.parse(get(row, col, "event_date"))));
            } catch (RuntimeException e) {
                throw new IOException(file + ": row " + r + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    public static List<PloverRecord> ploverRecords(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<PloverRecord> out = new ArrayList<>();
        for (JsonNode n : root) {
            if (!n.hasNonNull("text") || "DOCUMENT".equals(n.path("event").asText())) {
                continue;
            }
            Optional<LocalDate> date = Optional.ofNullable(n.path("date").asText(null)).flatMap(GoldFiles::date);
            out.add(new PloverRecord(n.path("id").asText(), n.get("text").asText(), n.path("event").asText(), date));
        }
        return out;
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String get(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        return i < row.size() ? row.get(i).trim() : "";
    }

    private static int integer(String s) {
        return s.isEmpty() ? 0 : (int) Double.parseDouble(s);
    }
}
