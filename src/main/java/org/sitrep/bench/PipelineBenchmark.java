package org.sitrep.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.sitrep.App;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.RawArticle;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.nlp.StepProfile;

/**
 * Measures documents per second end to end (documents in parallel), the CPU time of each stage on one thread, and
 * the peak heap, on the same corpus in the same run, so figures compare as ratios.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    /** Runs {@code work} over {@code items} on {@code threads} threads; the work returns each item's token count. */
    public static <T> Throughput parallel(String name, List<T> items, int threads, ToLongFunction<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            LongAdder workerCpu = new LongAdder();
            long processCpu0 = processCpuNanos();
            long compile0 = compileMillis();
            long gc0 = gcMillis();
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    long t0 = StepProfile.threadCpuNanos();
                    long n = work.applyAsLong(item);
                    workerCpu.add(StepProfile.threadCpuNanos() - t0);
                    return n;
                }));
            }
            long tokens = 0;
            for (Future<Long> f : futures) {
                tokens += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Throughput(name, items.size(), tokens, seconds, threads, workerCpu.sum() / 1e9,
                    (processCpuNanos() - processCpu0) / 1e9, (compileMillis() - compile0) / 1e3, (gcMillis() - gc0) / 1e3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU time of the whole process (all threads: workers, JIT compilers, garbage collector), or -1 if unknown. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Milliseconds the JIT compilers have spent compiling, summed over compiler threads. */
    static long compileMillis() {
        CompilationMXBean c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    /** Milliseconds the garbage collectors report as collection time (pauses and concurrent cycles). */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** CPU seconds of this thread spent in each stage, one document after another on this thread. */
    public static Map<String, Double> stageSeconds(App.Stages stages, List<RawArticle> docs) {
        long document = 0;
        long nlp = 0;
        long geo = 0;
        long event = 0;
        for (RawArticle raw : docs) {
            long t0 = StepProfile.threadCpuNanos();
            Document d = stages.documents().apply(raw);
            long t1 = StepProfile.threadCpuNanos();
            AnnotatedText at = stages.annotator().annotate(d);
            long t2 = StepProfile.threadCpuNanos();
            List<ResolvedPlace> places = stages.geo().resolve(at);
            long t3 = StepProfile.threadCpuNanos();
            stages.coder().code(at, places);
            long t4 = StepProfile.threadCpuNanos();
            document += t1 - t0;
            nlp += t2 - t1;
            geo += t3 - t2;
            event += t4 - t3;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("document", document / 1e9);
        out.put("nlp (CoreNLP)", nlp / 1e9);
        out.put("geo", geo / 1e9);
        out.put("event", event / 1e9);
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
