package org.sitrep.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the layering of the design notes: a stage imports model, config, codebook and earlier stages, never later
 * ones; only nlp.corenlp sees CoreNLP and only geo.geonames sees Lucene.
 */
class PackageDependencyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/sitrep");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    /** Stage order of the data flow; shared packages have rank 0, composing packages see everything. */
    private static final Map<String, Integer> RANK = Map.ofEntries(Map.entry("model", 0), Map.entry("config", 0),
            Map.entry("codebook", 0), Map.entry("source", 1), Map.entry("document", 2), Map.entry("nlp", 3),
            Map.entry("mention", 4), Map.entry("geo", 5), Map.entry("event", 6), Map.entry("fuse", 7),
            Map.entry("store", 8), Map.entry("pipeline", 9), Map.entry("eval", 10), Map.entry("bench", 10), Map.entry("api", 10),
            Map.entry("web", 10), Map.entry("cli", 11));

    @Test
    void noStageImportsALaterOne() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachImport((file, from, imported) -> {
            if (!imported.startsWith("org.sitrep.")) {
                return;
            }
            String to = topPackage(imported.substring("org.sitrep.".length()));
            Integer fromRank = RANK.get(from);
            Integer toRank = RANK.get(to);
            if (fromRank != null && toRank != null && toRank > fromRank) {
                violations.add(file + " imports " + imported);
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyTheAdaptersImportCoreNlpAndLucene() throws IOException {
        List<String> violations = new ArrayList<>();
        forEachImport((file, from, imported) -> {
            String path = SOURCES.relativize(file).toString().replace('\\', '/');
            if (imported.startsWith("edu.stanford.") && !path.startsWith("nlp/corenlp/")
                    || imported.startsWith("org.apache.lucene.") && !path.startsWith("geo/geonames/")) {
                violations.add(path + " imports " + imported);
            }
        });
        assertEquals(List.of(), violations);
    }

    private interface ImportVisitor {
        void visit(Path file, String fromPackage, String imported);
    }

    private static void forEachImport(ImportVisitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = SOURCES.relativize(file).toString().replace('\\', '/');
                String from = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    visitor.visit(file, from, m.group(1));
                }
            }
        }
    }

    private static String topPackage(String rest) {
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
