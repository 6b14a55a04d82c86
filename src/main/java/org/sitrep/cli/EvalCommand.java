package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep eval geo|events}: measures Sitrep against public gold data (see EVALUATION.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Sitrep on public gold data and print the figures EVALUATION.md reports.",
        subcommands = {GeoEvalCommand.class, EventEvalCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
