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

/** {@code sitrep demo}: codes the sample reports bundled with Sitrep, prints their events and serves their map. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the sample reports bundled with Sitrep, store them in the event store (--db), print their events",
                "and serve the map of the store at http://127.0.0.1:8080/ until Ctrl-C (not with --no-serve or --json).",
                "The launcher installs the default gazetteer first if there is none."})
public final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLES = "/samples/";

    @Option(names = "--json", description = "Print the JSON results instead of a summary (and serve nothing).")
    boolean json;

    @Option(names = "--no-serve", description = "Stop after printing the events instead of serving their map.")
    boolean noServe;

    @Mixin
    ServeOptions serve = new ServeOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws InterruptedException {
        Pipeline pipeline = App.pipeline(run.dataDir(), run.progress());
        PrintStream out = System.out;
        FileSource source = new FileSource();
        JdbcEventStore events = store.open(run.dataDir());
        try {
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
        } catch (RuntimeException e) {
            events.close();
            throw e;
        }
        if (noServe || json) {
            events.close();
            return 0;
        }
        serve.serveUntilInterrupted(events, url -> {
            out.println("Map of the sample reports: " + url + " (Ctrl-C stops)");
            out.flush();
        });
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
