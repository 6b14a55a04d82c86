package org.sitrep.bench;

/** Work done in a measured time: documents, tokens and wall-clock seconds. */
public record Throughput(String name, int docs, long tokens, double seconds) {
    public double docsPerSecond() {
        return docs / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }
}
