package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.sitrep.App;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.eval.geo.DocumentScore;
import org.sitrep.eval.geo.ErrorReport;
import org.sitrep.eval.geo.GeoCorpus;
import org.sitrep.eval.geo.GeoEvaluator;
import org.sitrep.eval.geo.GeoMetrics;
import org.sitrep.eval.geo.GoldDocument;
import org.sitrep.eval.geo.NerCache;
import org.sitrep.geo.GeoStage;
import org.sitrep.geo.SourceHomeLearner;
import org.sitrep.geo.SourceHomes;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.nlp.NerFixup;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.pipeline.NerFixups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval geo FILE...}: geoparsing figures on LGL / TR-News / GeoVirus XML corpora. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Geoparse the articles of gold corpora (LGL, TR-News or GeoVirus XML) and print recall,",
                "acc@161 over found toponyms, strict acc@161, median error (km), AUC and precision: a table per",
                "corpus on stdout, then one JSON line per corpus. NER without dependency parsing."})
public final class GeoEvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Corpus XML files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents of each corpus.")
    Integer limit;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write missed, wrong (> 161 km) and spurious toponyms as TSV (keep it out of the project).")
    Path errors;

    @Option(names = "--ner-cache", paramLabel = "DIR",
            description = "Keep NER entities between runs in DIR (outside the project): re-runs skip CoreNLP.")
    Path nerCache;

    @Option(names = "--no-demonym-places",
            description = "Do not count demonyms (\"Syrian\") as places of their country (the pipeline's setting).")
    boolean noDemonymPlaces;

    @Option(names = "--no-source-homes", description = "Do not learn the sources' home regions from a first pass over "
            + "each corpus (without gold) before scoring it.")
    boolean noSourceHomes;

    @Option(names = "--write-source-homes", paramLabel = "FILE",
            description = "Write the source homes learned from the corpora as a table (the format of "
                    + "DATA/source-homes.tsv).")
    Path writeSourceHomes;

    @Mixin
    RunOptions run = new RunOptions();

    private NerCache cache;
    private Lazy nlp;

    @Override
    public Integer call() {
        List<GeoCorpus> corpora = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new UserError("no such file: " + f);
            }
            try {
                GeoCorpus c = GeoCorpus.read(f);
                corpora.add(limit == null ? c : c.limit(limit));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        try (Gazetteer gazetteer = App.openGazetteer(run.dataDir()); Writer errorOut = errorWriter()) {
            Countries countries = Countries.load();
            List<NerFixup> fixups = NerFixups.curated(ActorDictionary.load(countries), countries, gazetteer);
            Function<Document, AnnotatedText> annotator = annotator(fixups);
            GeoStage geo = GeoStage.create(gazetteer, !noDemonymPlaces);
            ErrorReport report = errorOut == null ? null : new ErrorReport(errorOut);
            List<GeoMetrics> results = new ArrayList<>();
            java.util.Map<String, SourceHomes.Home> learned = new java.util.TreeMap<>(); // of all corpora
            for (GeoCorpus corpus : corpora) {
                GeoStage stage = geo;
                if (!noSourceHomes && corpus.documents().stream().anyMatch(d -> d.url().isPresent())) {
                    SourceHomes homes = learnSourceHomes(corpus, new GeoEvaluator(annotator, geo::resolve));
                    learned.putAll(homes.asMap());
                    stage = geo.withSourceHomes(homes);
                }
                results.add(evaluate(corpus, new GeoEvaluator(annotator, stage::resolve), report));
            }
            if (writeSourceHomes != null) {
                try {
                    SourceHomes.of(learned).write(writeSourceHomes);
                } catch (IllegalArgumentException e) {
                    throw new UserError(e.getMessage());
                }
            }
            if (cache != null) {
                cache.save();
            }
            nlp.loaded().ifPresent(a -> run.progress().accept("eval geo: NER ran on " + a.profile().counts()
                    .getOrDefault("sentences NER-labelled", 0L) + " of " + a.profile().counts()
                    .getOrDefault("sentences", 0L) + " sentences (the others hold no capitalised word that may be a name)"));
            results.forEach(m -> System.out.println(m.table()));
            results.forEach(m -> System.out.println(m.json()));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Function<Document, AnnotatedText> annotator(List<NerFixup> fixups) {
        nlp = new Lazy(fixups, run);
        if (nerCache == null) {
            // the first pass (source homes) and the scoring pass read the same texts: annotate each once
            java.util.Map<Document, AnnotatedText> seen = new java.util.concurrent.ConcurrentHashMap<>();
            return d -> {
                AnnotatedText t = seen.get(d);
                if (t == null) {
                    t = nlp.get().annotate(d);
                    seen.put(d, t);
                }
                return t;
            };
        }
        cache = NerCache.open(nerCache, "coarse-3class-nodeps|" + fixups.stream()
                .map(f -> f.type() + "\t" + f.name()).sorted().collect(java.util.stream.Collectors.joining("\n")));
        return d -> {
            Optional<List<org.sitrep.model.EntityMention>> hit = cache.get(d.text());
            if (hit.isPresent()) {
                return new AnnotatedText(d, List.of(), hit.get(), List.of());
            }
            AnnotatedText t = nlp.get().annotate(d);
            cache.put(d.text(), t.entities());
            return t;
        };
    }

    /** CoreNLP loaded on first use, so fully cached runs never load it. */
    private static final class Lazy {
        private final List<NerFixup> fixups;
        private final RunOptions run;
        private volatile CoreNlpAnnotator annotator;

        Lazy(List<NerFixup> fixups, RunOptions run) {
            this.fixups = fixups;
            this.run = run;
        }

        Optional<CoreNlpAnnotator> loaded() {
            return Optional.ofNullable(annotator);
        }

        CoreNlpAnnotator get() {
            CoreNlpAnnotator a = annotator;
            if (a == null) {
                synchronized (this) {
                    if (annotator == null) {
                        run.progress().accept("loading CoreNLP models (NER only, about 10 s)...");
                        annotator = CoreNlpAnnotator.load(fixups, false);
                    }
                    a = annotator;
                }
            }
            return a;
        }
    }

    /**
     * The home regions of the corpus's sources, learned from one pass of the geoparser over its texts (no gold is
     * read); a document that fails is left out of the learning.
     */
    private SourceHomes learnSourceHomes(GeoCorpus corpus, GeoEvaluator evaluator) {
        SourceHomeLearner learner = new SourceHomeLearner();
        new OrderedParallelRunner(run.threads()).run(corpus.documents().iterator(), d -> {
            try {
                learner.learn(SourceHomes.sourceOf(d.url()), evaluator.geoparse(d));
            } catch (RuntimeException e) {
                // scored (as a failure, with its reason) in the scoring pass
            }
            return d;
        }, d -> { });
        SourceHomes homes = learner.homes();
        long sources = corpus.documents().stream().map(d -> SourceHomes.sourceOf(d.url())).flatMap(Optional::stream)
                .distinct().count();
        run.progress().accept("eval geo: " + corpus.name() + ": home regions learned for " + homes.size() + " of "
                + sources + " sources (first pass, no gold)");
        return homes;
    }

    private GeoMetrics evaluate(GeoCorpus corpus, GeoEvaluator evaluator, ErrorReport report) {
        List<DocumentScore> scores = new ArrayList<>();
        int total = corpus.documents().size();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long[] lastReport = {start};
        run.progress().accept("eval geo: " + corpus.name() + ": " + total + " documents, " + corpus.toponymCount()
                + " gold toponyms with coordinates (" + corpus.withoutCoordinates() + " without, "
                + corpus.realigned() + " gold spans realigned to their phrase, " + corpus.unaligned()
                + " not found near their offsets)");
        new OrderedParallelRunner(run.threads()).run(corpus.documents().iterator(),
                d -> new Scored(d, evaluator.score(d)), s -> {
                    scores.add(s.score());
                    s.score().failed().ifPresent(r -> System.err.println("sitrep: " + corpus.name() + ", document "
                            + s.doc().id() + ": " + r + " (geo eval)"));
                    if (report != null) {
                        report.add(corpus.name(), s.doc(), s.score());
                    }
                    int n = done.incrementAndGet();
                    long now = System.nanoTime();
                    if (now - lastReport[0] > 2_000_000_000L || n == total) {
                        lastReport[0] = now;
                        run.progress().accept(String.format(java.util.Locale.ROOT, "eval geo: %s %d/%d documents,"
                                + " %.1f docs/s", corpus.name(), n, total, n / ((now - start) / 1e9)));
                    }
                });
        return GeoMetrics.of(corpus.name(), scores);
    }

    private record Scored(GoldDocument doc, DocumentScore score) {
    }

    private Writer errorWriter() throws IOException {
        return errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
    }
}
