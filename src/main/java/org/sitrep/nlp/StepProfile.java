package org.sitrep.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time (nanoseconds of the calling thread's CPU time, from {@link ThreadMXBean}) and counts per named step of an
 * annotator, summed over all threads since the last {@link #reset}. Thread-safe; steps keep their first-seen order.
 */
public final class StepProfile {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, LongAdder> nanos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> countOrder = Collections.synchronizedMap(new LinkedHashMap<>());

    /** The calling thread's CPU time in nanoseconds (wall-clock nanoseconds where the JVM cannot measure it). */
    public static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Adds the CPU time since {@code startNanos} (a {@link #threadCpuNanos} reading) to {@code step}; returns now. */
    public long lap(String step, long startNanos) {
        long now = threadCpuNanos();
        nanos.computeIfAbsent(step, k -> new LongAdder()).add(now - startNanos);
        return now;
    }

    /** Adds {@code n} to the counter {@code what} (sentences, tokens...). */
    public void count(String what, long n) {
        countOrder.putIfAbsent(what, Boolean.TRUE);
        counts.computeIfAbsent(what, k -> new LongAdder()).add(n);
    }

    /** CPU nanoseconds per step, in first-seen order. */
    public Map<String, Long> cpuNanos() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((k, v) -> out.put(k, v.sum()));
        }
        return out;
    }

    /** Counters, in first-seen order. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (countOrder) {
            countOrder.keySet().forEach(k -> out.put(k, counts.get(k).sum()));
        }
        return out;
    }

    public void reset() {
        synchronized (nanos) {
            nanos.values().forEach(LongAdder::reset);
        }
        counts.values().forEach(LongAdder::reset);
    }
}
