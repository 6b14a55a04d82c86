package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items to results on a fixed number of threads and hands the results on in input order, keeping at most
 * a bounded window of items in flight, so memory stays flat on inputs of any length.
 */
final class OrderedParallelRunner {
    private final int threads;

    OrderedParallelRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    <I, O> void run(Iterator<I> items, Function<I, O> work, Consumer<O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<O>> window = new ArrayDeque<>();
            while (items.hasNext()) {
                I item = items.next();
                window.add(pool.submit(() -> work.apply(item)));
                if (window.size() >= threads * 4) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }
}
