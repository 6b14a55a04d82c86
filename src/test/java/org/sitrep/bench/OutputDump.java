package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.App;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.RawArticle;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.source.FileSource;

/**
 * Prints the entities, places and events of the benchmark corpus and the bundled samples, one line each, so two
 * builds can be compared with diff (a change meant to be output-neutral must print the same). Not a test: run as
 * {@code java -cp target/test-classes:target/classes:CP org.sitrep.bench.OutputDump DATA [DOCS [tokens]]}
 * ({@code tokens}: also every sentence's tokens with POS, lemma and NER label, and its dependencies).
 */
public final class OutputDump {
    private static final List<String> SAMPLES = List.of("borno-attack.txt", "hajin-offensive.html",
            "kandahar-ied.txt", "nairobi-protest.md", "trade-talks.txt");

    private OutputDump() {
    }

    public static void main(String[] args) {
        App.Stages stages = App.stages(Path.of(args[0]), s -> System.err.println(s));
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 80;
        boolean withTokens = args.length > 2 && args[2].equals("tokens");
        List<RawArticle> corpus = new ArrayList<>(BenchCorpus.generate(docs, 700, 20181115));
        FileSource source = new FileSource();
        for (String name : SAMPLES) {
            try (InputStream in = OutputDump.class.getResourceAsStream("/samples/" + name)) {
                corpus.add(source.read(in, "sample " + name, Optional.of(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PrintStream out = System.out;
        for (RawArticle raw : corpus) {
            var doc = stages.documents().apply(raw);
            AnnotatedText at = stages.annotator().annotate(doc);
            List<ResolvedPlace> places = stages.geo().resolve(at);
            out.println("DOC " + doc.id());
            if (withTokens) {
                at.sentences().forEach(s -> out.println("  sentence " + s.index() + " " + s.tokens().stream()
                        .map(t -> t.word() + "/" + t.pos() + "/" + t.lemma() + "/" + t.ner()).toList() + " "
                        + s.dependencies()));
            }
            at.entities().forEach(e -> out.println("  entity " + e));
            places.forEach(p -> out.println("  place " + p));
            stages.coder().code(at, places).forEach(e -> out.println("  event " + e));
        }
    }
}
