package org.sitrep.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.store.CodingVersions;

/**
 * Computes the {@link CodingVersions} of this build: Sitrep's version, a SHA-256 digest (12 hex digits) of the bundled
 * dictionaries, and one of the gazetteer index's file names and sizes. Stateless.
 */
public final class Provenance {
    /** Sitrep's version. */
    public static final String PIPELINE = "sitrep 0.1.0";
    private static final List<String> DICTIONARIES = List.of("/codebook/actors.tsv", "/codebook/triggers.tsv",
            "/codebook/countries.tsv");

    private Provenance() {
    }

    /** The versions for a gazetteer index folder (which may be absent: "none"). */
    public static CodingVersions of(Path gazetteerIndex) {
        MessageDigest dict = sha256();
        for (String r : DICTIONARIES) {
            try (InputStream in = Provenance.class.getResourceAsStream(r)) {
                if (in != null) {
                    dict.update(in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + r, e);
            }
        }
        return new CodingVersions(PIPELINE, hex(dict), gazetteer(gazetteerIndex));
    }

    private static String gazetteer(Path index) {
        if (!Files.isDirectory(index)) {
            return "none";
        }
        MessageDigest d = sha256();
        try (Stream<Path> files = Files.list(index)) {
            for (Path p : files.sorted().toList()) {
                d.update((p.getFileName() + ":" + Files.size(p) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return hex(d);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest()).substring(0, 12);
    }
}
