package org.sitrep.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.App;
import org.sitrep.bench.BenchCorpus;
import org.sitrep.bench.PipelineBenchmark;
import org.sitrep.bench.Throughput;
import org.sitrep.model.RawArticle;
import org.sitrep.nlp.StepProfile;
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
    /** Heap below which CoreNLP's full reference pipeline is slowed by garbage collection (measured: 2 GB is). */
    private static final long REFERENCE_HEAP = 3500L * 1024 * 1024;

    @Option(names = "--docs", description = "Reports in the corpus (default: ${DEFAULT-VALUE}).", defaultValue = "80")
    int docs;

    @Option(names = "--tokens", description = "Approximate tokens per report (default: ${DEFAULT-VALUE}).", defaultValue = "700")
    int tokens;

    @Option(names = "--reference-docs", description = "Reports for the CoreNLP reference run, 0 to skip (default: ${DEFAULT-VALUE}).",
            defaultValue = "24")
    int referenceDocs;

    @Option(names = "--seed", description = "Corpus seed (default: ${DEFAULT-VALUE}).", defaultValue = "20181115")
    long seed;

    @Option(names = "--warmup-passes", description = {"At most this many untimed passes over the corpus on all threads"
            + " before each timed run, stopping once the JIT compilers and collector used under 10%% of the workers' CPU in"
            + " a pass (default: ${DEFAULT-VALUE}); 0 times a cold JVM after 10 reports."},
            defaultValue = "3")
    int warmupPasses;

    @Mixin
    RunOptions run = new RunOptions();

    /** Sitrep's one-thread CPU seconds per report, from {@link #measureSitrep}. */
    private double cpuPerDoc;

    @Override
    public Integer call() {
        List<RawArticle> corpus = BenchCorpus.generate(docs, tokens, seed);
        System.out.printf("corpus: %d reports, ~%d tokens each, seed %d; %d threads; %d cores; max heap %d MiB%n", docs,
                tokens, seed, run.threads(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Throughput sitrep = measureSitrep(corpus);
        double sitrepCpuPerDoc = cpuPerDoc;
        if (referenceDocs > 0) {
            if (Runtime.getRuntime().maxMemory() < REFERENCE_HEAP) {
                System.out.println("  note: CoreNLP's full pipeline needs about 4 GB of heap; with less it spends its time in"
                        + " garbage collection and the ratio below overstates Sitrep (run the reference with -Xmx4g)");
            }
            System.gc();
            run.progress().accept("loading CoreNLP's full reference pipeline (fine-grained NER, SUTime, depparse)...");
            CoreNlpReferencePipeline reference = CoreNlpReferencePipeline.load();
            List<String> texts = corpus.stream().limit(referenceDocs).map(RawArticle::body).toList();
            reference.annotate(texts.get(0));
            warmUp("CoreNLP full pipeline", texts, reference::annotate, Math.min(1, warmupPasses));
            PipelineBenchmark.resetPeakHeap();
            Throughput core = PipelineBenchmark.parallel("CoreNLP full pipeline", texts, run.threads(), reference::annotate);
            print(core);
            System.out.printf("  peak heap during the run: %d MiB%n", PipelineBenchmark.peakHeapMiB());
            System.out.printf("  ratio sitrep / CoreNLP full pipeline: %.2fx%n", sitrep.docsPerSecond() / core.docsPerSecond());
            int cpuDocs = Math.min(10, texts.size());
            long t0 = StepProfile.threadCpuNanos();
            texts.subList(0, cpuDocs).forEach(reference::annotate);
            double perDoc = (StepProfile.threadCpuNanos() - t0) / 1e9 / cpuDocs;
            System.out.printf("  one thread, CPU time: %.3f s per report (%.1f docs per CPU s); CPU-time ratio %.2fx%n",
                    perDoc, 1 / perDoc, perDoc / sitrepCpuPerDoc);
        }
        return 0;
    }

    /** Sitrep end to end on all threads, then CPU time per stage and per CoreNLP step on one thread. */
    private Throughput measureSitrep(List<RawArticle> corpus) {
        App.Stages stages = App.stages(run.dataDir(), run.progress());
        Pipeline pipeline = stages.pipeline();
        run.progress().accept("warming up...");
        corpus.stream().limit(Math.min(10, docs)).forEach(pipeline::process);
        warmUp("sitrep", corpus, raw -> pipeline.process(raw).document().text().split("\\s+").length, warmupPasses);
        PipelineBenchmark.resetPeakHeap();
        Throughput sitrep = PipelineBenchmark.parallel("sitrep end to end", corpus, run.threads(),
                raw -> pipeline.process(raw).document().text().split("\\s+").length);
        long sitrepHeap = PipelineBenchmark.peakHeapMiB();
        print(sitrep);
        System.out.printf("  peak heap during the run: %d MiB%n", sitrepHeap);
        int stageDocs = Math.min(30, docs);
        List<RawArticle> sample = corpus.subList(0, stageDocs);
        long words = sample.stream().mapToLong(r -> r.body().split("\\s+").length).sum();
        StepProfile profile = stages.annotator().profile();
        profile.reset();
        Map<String, Double> stageSeconds = PipelineBenchmark.stageSeconds(stages, sample);
        double total = stageSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        cpuPerDoc = total / stageDocs;
        System.out.printf("one thread, CPU time, first %d reports (%.2f CPU s, %.1f docs per CPU s):%n", stageDocs, total,
                stageDocs / total);
        stageSeconds.forEach((stage, s) -> System.out.printf("  stage %-30s %5.1f%%  %8.1f docs/s %9.0f tokens/s alone%n",
                stage, 100 * s / total, stageDocs / s, words / s));
        Map<String, Long> steps = profile.cpuNanos();
        double nlp = steps.values().stream().mapToLong(Long::longValue).sum() / 1e9;
        steps.forEach((step, ns) -> System.out.printf("    nlp step %-28s %5.1f%% of nlp, %5.1f%% of all, %9.0f tokens/s alone%n",
                step, 100 * ns / 1e9 / nlp, 100 * ns / 1e9 / total, words / (ns / 1e9)));
        Map<String, Long> counts = profile.counts();
        long sentences = counts.getOrDefault("sentences", 0L);
        System.out.printf("    %d sentences, %d CoreNLP tokens; NER-labelled %s, POS-tagged %s, parsed %s%n", sentences,
                counts.getOrDefault("tokens", 0L), share(counts, "sentences NER-labelled", sentences),
                share(counts, "sentences tagged", sentences), share(counts, "sentences parsed", sentences));
        return sitrep;
    }

    /**
     * Untimed passes on all threads until the JVM's own work (JIT compiling, collecting) is under a tenth of the
     * workers' CPU time, measured as CPU time so that the machine's load does not move the criterion. Without them the timed run of a fresh JVM shares the cores with the JIT
     * compilers (measured: about 40% of the process's CPU during an 80-report run after a 10-report warm-up), which
     * costs little on one thread (the compilers use the idle core) and much on two: it is start-up, not throughput.
     * The CoreNLP reference gets at most one pass (its reports cost ten times more; Sitrep's passes have already
     * compiled the CoreNLP code the two share).
     */
    private <T> void warmUp(String name, List<T> items, java.util.function.ToLongFunction<T> work, int passes) {
        for (int i = 0; i < passes; i++) {
            Throughput pass = PipelineBenchmark.parallel(name + " warm-up " + (i + 1), items, run.threads(), work);
            print(pass);
            if (pass.processCpuSeconds() - pass.workerCpuSeconds() < 0.1 * pass.workerCpuSeconds()) {
                break;
            }
        }
    }

    private static String share(Map<String, Long> counts, String key, long of) {
        long n = counts.getOrDefault(key, 0L);
        return String.format("%d (%.0f%%)", n, 100.0 * n / Math.max(1, of));
    }

    private static void print(Throughput t) {
        System.out.printf("%-24s %7.2f docs/s %9.0f tokens/s (%d docs in %.1f s)%n", t.name(), t.docsPerSecond(),
                t.tokensPerSecond(), t.docs(), t.seconds());
        System.out.printf("  CPU during the run: workers %.2f s (%.3f s per report, %.1f docs per CPU s), whole process"
                        + " %.2f s (%.2f cores busy of %d); JIT compiling %.2f s, GC %.2f s%n", t.workerCpuSeconds(),
                t.workerCpuPerDoc(), 1 / t.workerCpuPerDoc(), t.processCpuSeconds(), t.processCpuSeconds() / t.seconds(),
                Runtime.getRuntime().availableProcessors(), t.compileSeconds(), t.gcSeconds());
        if (t.processCpuSeconds() > 0) {
            int cores = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, t.workerThreads()));
            System.out.printf("  CPU-bound rate: %.1f docs/s if this process had %d core(s) to itself (docs / process CPU"
                    + " per core; the wall-clock rate above depends on the machine's load)%n",
                    t.docs() / (t.processCpuSeconds() / cores), cores);
        }
    }
}
