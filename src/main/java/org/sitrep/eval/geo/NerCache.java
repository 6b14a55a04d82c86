package org.sitrep.eval.geo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Span;

/**
 * NER results kept on disk between evaluation runs, keyed by the SHA-256 of the text and a fingerprint of the NER
 * configuration (so a changed fix-up list never reuses stale entities). Only the entities are kept: the geo stage
 * reads nothing else. Meant for a folder outside the project (the entities derive from the evaluation data).
 * Thread-safe.
 */
public final class NerCache {
    private final Path file;
    private final Map<String, List<EntityMention>> entries;
    private final Map<String, List<EntityMention>> added = new ConcurrentHashMap<>();

    private NerCache(Path file, Map<String, List<EntityMention>> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Opens (or starts) the cache for NER configuration {@code fingerprint} in {@code dir}. */
    public static NerCache open(Path dir, String fingerprint) {
        Path file = dir.resolve("ner-" + sha256(fingerprint).substring(0, 16) + ".tsv");
        Map<String, List<EntityMention>> entries = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    List<EntityMention> list = entries.computeIfAbsent(f[0], k -> new ArrayList<>());
                    if (f.length == 6) {
                        list.add(new EntityMention(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])),
                                unescape(f[5]), f[4], Integer.parseInt(f[3])));
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("unreadable NER cache " + file + ": " + e.getMessage());
            }
        }
        return new NerCache(file, entries);
    }

    /** The cached entities of {@code text}, if any. */
    public Optional<List<EntityMention>> get(String text) {
        String key = sha256(text);
        List<EntityMention> hit = entries.get(key);
        return Optional.ofNullable(hit != null ? hit : added.get(key)).map(List::copyOf);
    }

    /** Remembers the entities of {@code text} (written by {@link #save}). */
    public void put(String text, List<EntityMention> entities) {
        added.put(sha256(text), List.copyOf(entities));
    }

    /** Appends the entries added since opening to the cache file. */
    public void save() {
        if (added.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (Map.Entry<String, List<EntityMention>> e : added.entrySet()) {
                    out.write(e.getKey() + "\n");
                    for (EntityMention m : e.getValue()) {
                        out.write(e.getKey() + "\t" + m.span().start() + "\t" + m.span().end() + "\t" + m.sentence()
                                + "\t" + m.type() + "\t" + escape(m.text()) + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write NER cache " + file, e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
