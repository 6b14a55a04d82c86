package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.App;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.ResultJson;
import org.sitrep.source.FileSource;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep demo}: codes the sample reports bundled with Sitrep and prints their events. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the sample reports bundled with Sitrep, store them in the event store (--db) and print their events.",
                "The launcher installs the default gazetteer first if there is none."})
public final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLES = "/samples/";

    @Option(names = "--json", description = "Print the JSON results instead of a summary.")
    boolean json;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        Pipeline pipeline = App.pipeline(run.dataDir(), run.progress());
        PrintStream out = System.out;
        FileSource source = new FileSource();
        try (JdbcEventStore events = store.open(run.dataDir())) {
            DemoStore stored = new DemoStore(events, run.dataDir());
            for (String name : sampleNames()) {
                try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name)) {
                    RawArticle article = source.read(in, "sample " + name, Optional.of(name));
                    Extraction x = pipeline.process(article);
                    String storedLine = stored.store(article, x);
                    out.println(json ? ResultJson.render(x) : summary(name, x) + storedLine);
                } catch (StageFailure f) {
                    out.println(json ? ResultJson.error(name, f.stage(), f.reason()) : name + ": skipped: " + f.reason());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (!json) {
                out.println(stored.totals());
                out.println("Full results in the result contract: ./sitrep extract FILE... (or ./sitrep demo --json)");
            }
        }
        return 0;
    }

    private static List<String> sampleNames() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(String name, Extraction x) {
        StringBuilder s = new StringBuilder();
        s.append("== ").append(name).append(": ").append(x.document().title().orElse("(untitled)"))
                .append(x.document().published().map(d -> " (" + d + ")").orElse("")).append('\n');
        if (x.events().isEmpty()) {
            s.append("   no conflict event\n");
        }
        for (Event e : x.events()) {
            s.append("   ").append(e.subEventType()).append(" | ").append(e.actor1())
                    .append(e.actor2().map(a -> " vs " + a).orElse(""))
                    .append(" | ").append(e.place().map(p -> p.location() + ", " + p.country()
                            + String.format(" (%.3f, %.3f)", p.latitude(), p.longitude())).orElse("place unknown"))
                    .append(" | ").append(e.eventDate().map(Object::toString).orElse("date unknown"))
                    .append(" | fatalities ").append(e.fatalities().map(Object::toString).orElse("unknown"))
                    .append(" | ").append(e.factuality()).append('\n');
        }
        return s.toString();
    }
}
