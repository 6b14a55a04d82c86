package org.sitrep.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.App;
import org.sitrep.bench.BenchCorpus;
import org.sitrep.bench.PipelineBenchmark;
import org.sitrep.bench.Throughput;
import org.sitrep.model.RawArticle;
import org.sitrep.nlp.corenlp.CoreNlpReferencePipeline;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep bench}: throughput of Sitrep and of CoreNLP's full pipeline on one generated corpus, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure documents/s end to end and per stage, and the peak heap, on a generated corpus of",
                "~700-token reports; compare with CoreNLP's own full pipeline on the same reports in the same run."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--docs", description = "Reports in the corpus (default: ${DEFAULT-VALUE}).", defaultValue = "80")
    int docs;

    @Option(names = "--tokens", description = "Approximate tokens per report (default: ${DEFAULT-VALUE}).", defaultValue = "700")
    int tokens;

    @Option(names = "--reference-docs", description = "Reports for the CoreNLP reference run, 0 to skip (default: ${DEFAULT-VALUE}).",
            defaultValue = "24")
    int referenceDocs;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).", defaultValue = "20181115")
    long seed;

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() {
        List<RawArticle> corpus = BenchCorpus.generate(docs, tokens, seed);
        App.Stages stages = App.stages(run.dataDir(), run.progress());
        Pipeline pipeline = stages.pipeline();
        int threads = run.threads();
        run.progress().accept("warming up...");
        corpus.stream().limit(Math.min(10, docs)).forEach(pipeline::process);
        PipelineBenchmark.resetPeakHeap();
        Throughput sitrep = PipelineBenchmark.parallel("sitrep end to end", corpus, threads,
                raw -> pipeline.process(raw).document().text().split("\\s+").length);
        long sitrepHeap = PipelineBenchmark.peakHeapMiB();
        Map<String, Double> stageSeconds = PipelineBenchmark.stageSeconds(stages, corpus.subList(0, Math.min(30, docs)));
        System.out.printf("corpus: %d reports, ~%d tokens each, seed %d; %d threads; %d cores%n", docs, tokens, seed,
                threads, Runtime.getRuntime().availableProcessors());
        print(sitrep);
        System.out.printf("  peak heap during the run: %d MiB (max heap %d MiB)%n", sitrepHeap,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        double total = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        int stageDocs = Math.min(30, docs);
        stageSeconds.forEach((stage, s) -> System.out.printf("  stage %-14s %6.1f%% of one-thread time, %7.1f docs/s alone%n",
                stage, 100 * s / total, stageDocs / s));
        if (referenceDocs > 0) {
            run.progress().accept("loading CoreNLP's full reference pipeline (fine-grained NER, SUTime, depparse)...");
            CoreNlpReferencePipeline reference = CoreNlpReferencePipeline.load();
            List<String> texts = corpus.stream().limit(referenceDocs).map(RawArticle::body).toList();
            reference.annotate(texts.get(0));
            Throughput core = PipelineBenchmark.parallel("CoreNLP full pipeline", texts, threads, reference::annotate);
            print(core);
            System.out.printf("  ratio sitrep / CoreNLP full pipeline: %.2fx%n", sitrep.docsPerSecond() / core.docsPerSecond());
        }
        return 0;
    }

    private static void print(Throughput t) {
        System.out.printf("%-24s %7.2f docs/s %9.0f tokens/s (%d docs in %.1f s)%n", t.name(), t.docsPerSecond(),
                t.tokensPerSecond(), t.docs(), t.seconds());
    }
}
