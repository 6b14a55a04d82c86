package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {
    /** Busy work of a few milliseconds of CPU; returns {@code n} as the item's "token" count. */
    private static long spin(int n) {
        double x = n;
        for (int i = 0; i < 2_000_000; i++) {
            x = Math.sqrt(x + i);
        }
        return x < 0 ? -1 : n;
    }

    @Test
    void countsEveryItemAndItsTokensOnSeveralThreads() {
        List<Integer> items = IntStream.rangeClosed(1, 12).boxed().toList();
        Throughput t = PipelineBenchmark.parallel("spin", items, 2, PipelineBenchmarkTest::spin);
        assertEquals(12, t.docs());
        assertEquals(78, t.tokens());
        assertTrue(t.seconds() > 0);
    }

    @Test
    void workerCpuIsMeasuredAndNoMoreThanTheProcessSpent() {
        Throughput t = PipelineBenchmark.parallel("spin", List.of(1, 2, 3, 4), 2, PipelineBenchmarkTest::spin);
        assertTrue(t.workerCpuSeconds() > 0, "worker CPU " + t.workerCpuSeconds());
        assertTrue(t.workerCpuPerDoc() > 0);
        if (t.processCpuSeconds() >= 0) {
            // process CPU is read at a coarser granularity than thread CPU: allow a scheduler tick of slack
            assertTrue(t.workerCpuSeconds() <= t.processCpuSeconds() + 0.05,
                    "workers " + t.workerCpuSeconds() + " s, process " + t.processCpuSeconds() + " s");
        }
        assertTrue(t.compileSeconds() >= 0 && t.gcSeconds() >= 0);
    }
}
