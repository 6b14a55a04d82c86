package org.sitrep.bench;

/**
 * Work done in a measured time: documents, tokens, wall-clock seconds on so many worker threads, and the CPU seconds spent meanwhile by the
 * worker threads on the documents, by the whole process (workers plus JIT compilers, garbage collector and the
 * rest; negative if unknown), in JIT compilation and in garbage collection (as the JVM reports them).
 */
public record Throughput(String name, int docs, long tokens, double seconds, int workerThreads, double workerCpuSeconds,
                         double processCpuSeconds, double compileSeconds, double gcSeconds) {
    public double docsPerSecond() {
        return docs / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Worker CPU seconds per document: what one document costs, independent of how loaded the machine is. */
    public double workerCpuPerDoc() {
        return workerCpuSeconds / docs;
    }
}
