package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.model.StageFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command and its one exception-to-exit-code mapper. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Conflict news reports in, geocoded ACLED-coded events out.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ExportCommand.class, ControlCommand.class, ServeCommand.class,
                GazetteerCommand.class, DemoCommand.class, EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class SitrepCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the CLI: 0 success, 1 internal error, 2 user error (one line on stderr, no stack trace). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.registerConverter(java.time.LocalDate.class, DateConverter::parse);
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("sitrep: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UserError || e instanceof StageFailure) {
                err.println("sitrep: " + e.getMessage());
                return 2;
            }
            err.println("sitrep: internal error: " + e + (System.getenv("SITREP_DEBUG") == null
                    ? " (set SITREP_DEBUG=1 for the stack trace)" : ""));
            if (System.getenv("SITREP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }
}
