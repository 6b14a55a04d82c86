package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.App;
import org.sitrep.geo.SourceHomeLearner;
import org.sitrep.geo.SourceHomes;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;

/**
 * The {@code --learn-source-homes} option of the commands that code reports: learns the home regions of the reports'
 * sources while they are coded ({@link SourceHomeLearner}) and adds them to {@code DATA/source-homes.tsv}, keeping
 * the lines already there. The run that learns does not use what it learns. Thread-safe while learning.
 */
final class LearnedSourceHomes {
    private final SourceHomeLearner learner = new SourceHomeLearner();

    /** {@code pipeline}, learning from each extraction it returns. */
    Function<RawArticle, Extraction> learningFrom(Function<RawArticle, Extraction> pipeline) {
        return article -> learn(pipeline.apply(article));
    }

    /** Learns from one extraction and returns it. */
    Extraction learn(Extraction x) {
        learner.learn(SourceHomes.sourceOf(x.document().url()), x.places());
        return x;
    }

    /**
     * Adds the homes learned so far to the table in {@code dataDir} and says what it wrote; a malformed existing table
     * is a user error and is left as it is.
     */
    void save(Path dataDir, Consumer<String> progress, String command) {
        Path file = App.sourceHomesFile(dataDir);
        SourceHomes kept = SourceHomes.none();
        if (Files.isRegularFile(file)) {
            try {
                kept = SourceHomes.read(file);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (not overwritten: fix or remove it)");
            }
        }
        SourceHomes learned = learner.homes();
        SourceHomes all = kept.plus(learned);
        try {
            all.write(file);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        progress.accept(command + ": home regions learned for " + learned.size() + " sources; " + file + " now has "
                + all.size() + " (" + kept.size() + " kept as they were)");
    }

    /** The {@code --learn-source-homes} option, the same for every command that codes reports. */
    static final class Option {
        @picocli.CommandLine.Option(names = "--learn-source-homes", description = "Learn the home regions of the "
                + "reports' sources (URL hosts) from the places read in them and add them to DATA/" + App.SOURCE_HOMES
                + ", which later runs read; entries already there are kept. This run does not use what it learns.")
        boolean on;

        /** A learner for this run when the option is given. */
        Optional<LearnedSourceHomes> learner() {
            return on ? Optional.of(new LearnedSourceHomes()) : Optional.empty();
        }
    }
}
