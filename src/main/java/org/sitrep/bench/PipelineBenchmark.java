package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.sitrep.App;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.RawArticle;
import org.sitrep.model.ResolvedPlace;

/**
 * Measures documents per second end to end (documents in parallel), the time of each stage on one thread, and
 * the peak heap, on the same corpus in the same run, so figures compare as ratios.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    /** Runs {@code work} over {@code items} on {@code threads} threads; the work returns each item's token count. */
    public static <T> Throughput parallel(String name, List<T> items, int threads, ToLongFunction<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.applyAsLong(item)));
            }
            long tokens = 0;
            for (Future<Long> f : futures) {
                tokens += f.get();
            }
            return new Throughput(name, items.size(), tokens, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Seconds spent in each stage, one document after another on this thread. */
    public static Map<String, Double> stageSeconds(App.Stages stages, List<RawArticle> docs) {
        double document = 0;
        double nlp = 0;
        double geo = 0;
        double event = 0;
        for (RawArticle raw : docs) {
            long t0 = System.nanoTime();
            Document d = stages.documents().apply(raw);
            long t1 = System.nanoTime();
            AnnotatedText at = stages.annotator().annotate(d);
            long t2 = System.nanoTime();
            List<ResolvedPlace> places = stages.geo().resolve(at);
            long t3 = System.nanoTime();
            stages.coder().code(at, places);
            long t4 = System.nanoTime();
            document += (t1 - t0) / 1e9;
            nlp += (t2 - t1) / 1e9;
            geo += (t3 - t2) / 1e9;
            event += (t4 - t3) / 1e9;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("document", document);
        out.put("nlp (CoreNLP)", nlp);
        out.put("geo", geo);
        out.put("event", event);
        return out;
    }

    /** Resets the heap pools' peak usage. */
    public static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peak usage since the last reset, in MiB. */
    public static long peakHeapMiB() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
