package org.sitrep.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline: where the data lives, threads, quiet. */
public final class RunOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder with the gazetteer index (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:SITREP_DATA:-data}")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on stderr.")
    boolean quiet;

    Path dataDir() {
        return data;
    }

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    Consumer<String> progress() {
        return quiet ? m -> { } : m -> System.err.println("sitrep: " + m);
    }
}
