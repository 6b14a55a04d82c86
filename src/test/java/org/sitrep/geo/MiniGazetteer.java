package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import org.sitrep.geo.geonames.LuceneGazetteer;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.ResolvedPlace;

/**
 * Test support: the mini GeoNames fixture built into a Lucene index in a temporary folder, hand-written GeoNames rows,
 * test texts, and the one resolved place of a name.
 */
public final class MiniGazetteer {
    private MiniGazetteer() {
    }

    /** Copies the fixture into {@code dir} and opens the index built from it under {@code dir/gazetteer}. */
    public static LuceneGazetteer build(Path dir) {
        Path data = dir.resolve("fixture");
        try {
            Files.createDirectories(data);
            for (String name : List.of("mini-geonames.txt", "admin1.json", "admin2.json")) {
                try (InputStream in = MiniGazetteer.class.getResourceAsStream("/gazetteer/" + name)) {
                    Files.copy(in, data.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeoNamesInstaller.importDump(data.resolve("mini-geonames.txt"), dir,
                List.of(data.resolve("admin1.json"), data.resolve("admin2.json")), line -> { });
        return LuceneGazetteer.open(GeoNamesInstaller.indexDir(dir));
    }

    /**
     * One line of a GeoNames dump for a row a test writes by hand: the name is also the ASCII name, no alternate
     * names, no admin3/4, no elevation.
     */
    public static String row(long id, String name, String featureClass, String code, String cc, String admin1,
                             String admin2, double lat, double lon, long population) {
        return String.join("\t", Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon),
                featureClass, code, cc, "", admin1, admin2, "", "", Long.toString(population), "", "", "",
                "2024-01-01");
    }

    /** {@link #row(long, String, String, String, String, String, String, double, double, long)} with no admin2. */
    public static String row(long id, String name, String featureClass, String code, String cc, String admin1,
                             double lat, double lon, long population) {
        return row(id, name, featureClass, code, cc, admin1, "", lat, lon, population);
    }

    /**
     * Builds and opens an index under {@code dir} from hand-written dump rows and admin1CodesASCII lines
     * ({@code CC.CODE<TAB>name<TAB>ascii name<TAB>geonameid}, one per line).
     */
    public static LuceneGazetteer fromRows(Path dir, List<String> rows, String admin1Codes) throws IOException {
        Path dump = dir.resolve("rows.txt");
        Files.writeString(dump, String.join("\n", rows) + "\n");
        Path admin1 = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(admin1, admin1Codes);
        GeoNamesInstaller.importDump(dump, dir, List.of(admin1), line -> { });
        return LuceneGazetteer.open(GeoNamesInstaller.indexDir(dir));
    }

    /** The one place among {@code places} with the surface {@code text}; fails the test unless there is exactly one. */
    public static ResolvedPlace only(List<ResolvedPlace> places, String text) {
        List<ResolvedPlace> hits = places.stream().filter(p -> p.text().equals(text)).toList();
        assertEquals(1, hits.size(), () -> text + " in " + places);
        return hits.get(0);
    }

    /** A one-document annotated text whose NER found each of {@code surfaces} (first occurrence) as a LOCATION. */
    public static AnnotatedText withLocations(String text, String... surfaces) {
        EntityMention[] entities = new EntityMention[surfaces.length];
        for (int i = 0; i < surfaces.length; i++) {
            entities[i] = entity(text, surfaces[i], "LOCATION");
        }
        return text(text, entities);
    }

    /** A one-document annotated text with the given NER entities and no sentences. */
    public static AnnotatedText text(String text, EntityMention... entities) {
        Document doc = new Document("test", Optional.empty(), Optional.empty(), Optional.empty(), "en", text);
        return new AnnotatedText(doc, List.of(), List.of(entities), List.of());
    }

    /** An entity of {@code type} over the first occurrence of {@code surface} in {@code text} (code points). */
    public static EntityMention entity(String text, String surface, String type) {
        int at = text.indexOf(surface);
        if (at < 0) {
            throw new IllegalArgumentException(surface + " not in text");
        }
        return new EntityMention(org.sitrep.model.CodePoints.span(text, at, at + surface.length()), surface, type, 0);
    }

    /** An entity of {@code type} over {@code surface} at char index {@code at} of {@code text} (code points). */
    public static EntityMention entity(String text, String surface, String type, int at) {
        if (!text.startsWith(surface, at)) {
            throw new IllegalArgumentException(surface + " not at " + at);
        }
        return new EntityMention(org.sitrep.model.CodePoints.span(text, at, at + surface.length()), surface, type, 0);
    }
}
