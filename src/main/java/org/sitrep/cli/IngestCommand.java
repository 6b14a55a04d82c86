package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.document.DocumentStage;
import org.sitrep.fuse.FusionRule;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import org.sitrep.source.IngestInputs;
import org.sitrep.source.SourceItem;
import org.sitrep.store.RebuildReport;
import org.sitrep.store.jdbc.JdbcEventStore;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.Provenance;
import org.sitrep.store.ingest.RelevanceFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest}: codes reports from files, folders, feeds and web archives into the event store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code reports into the event store: files and folders (.txt .html .md .jsonl), RSS/Atom feeds",
                "(.rss .atom .xml or an http(s) URL), WARC / WARC.gz web archives. Each document is committed on its own",
                "once coded; a rerun skips what is stored (same URL, same text, or a near-duplicate wire copy, whose",
                "publisher is added). Non-conflict reports are passed by a keyword filter before the NLP pipeline.",
                "Exit code 0 when the run completed (bad inputs are reported one line each and counted)."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Files, folders, feed files or URLs, WARC files.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--rebuild", description = "Re-fuse every stored event from scratch (after ingesting any SOURCE).")
    boolean rebuild;

    @Mixin
    LearnedSourceHomes.Option learnSourceHomes = new LearnedSourceHomes.Option();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        if (sources.isEmpty() && !rebuild) {
            throw new UserError("nothing to ingest: give at least one SOURCE (or --rebuild)");
        }
        try (JdbcEventStore events = store.open(run.dataDir())) {
            if (!sources.isEmpty()) {
                ingest(events);
            }
            if (rebuild) {
                RebuildReport r = events.rebuildFusion(FusionRule.DEFAULT);
                run.progress().accept(String.format("fusion rebuilt in %d ms: %d report events -> %d fused events"
                                + " (was %d; added %d, changed %d, merged %d, deleted %d)", r.millis(), r.events(),
                        r.fusedAfter(), r.fusedBefore(), r.added(), r.changed(), r.merged(), r.deleted()));
            }
        }
        return 0;
    }

    private void ingest(JdbcEventStore events) {
        IngestInputs inputs = new IngestInputs();
        java.util.Optional<LearnedSourceHomes> learner = learnSourceHomes.learner();
        LazyPipeline coder = new LazyPipeline(run);
        java.util.function.Function<org.sitrep.model.RawArticle, org.sitrep.model.Extraction> pipeline =
                learner.map(l -> l.learningFrom(coder)).orElse(coder);
        Ingester ingester = new Ingester(events, DocumentStage.english(), pipeline, RelevanceFilter.bundled(),
                Provenance.of(GeoNamesInstaller.indexDir(run.dataDir())));
        IngestProgress progress = new IngestProgress(System.err, System.console() != null, run.quiet,
                inputs.knownCount(sources));
        run.progress().accept("ingesting into " + events.address());
        try (Stream<SourceItem> items = inputs.items(sources)) {
            new OrderedParallelRunner(run.threads()).run(items.iterator(), ingester::prepare,
                    prepared -> progress.accept(ingester.commit(prepared)));
        }
        progress.finish();
        learner.ifPresent(l -> l.save(run.dataDir(), run.progress(), "ingest"));
    }
}
