package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.api.ApiConfig;
import org.sitrep.api.ApiRoutes;
import org.sitrep.codebook.Countries;
import org.sitrep.document.DocumentStage;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.Provenance;
import org.sitrep.store.ingest.RelevanceFilter;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the HTTP API over the event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store's events over HTTP: OGC API - Features at /collections/events/items,",
                "an ACLED-style query at /api/events, one event with its sources at /api/events/ID, territorial",
                "control at /api/control?at=DATE, and POST /api/documents to code and store a report (needs a",
                "token: environment variable SITREP_API_TOKEN or --token-file; without one, reads only).",
                "Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_ENV = "SITREP_API_TOKEN";

    @Mixin
    ServeOptions serve = new ServeOptions();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the bearer token for writes (wins over $" + TOKEN_ENV + ").")
    Path tokenFile;

    @Option(names = "--private", description = "Every request needs the token, reads too (401 without it).")
    boolean privateReads;

    @Option(names = "--full-text", description = "Responses may carry a report's full clean text (default: evidence"
            + " snippets and the report's URL only).")
    boolean fullText;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws InterruptedException {
        ApiConfig config = config(Optional.ofNullable(System.getenv(TOKEN_ENV)));
        JdbcEventStore events = store.open(run.dataDir());
        // the pipeline loads on the first posted report, so that the server starts in a second
        Optional<Ingester> ingester = config.writable()
                ? Optional.of(new Ingester(events, DocumentStage.english(), new LazyPipeline(run),
                        RelevanceFilter.bundled(), Provenance.of(GeoNamesInstaller.indexDir(run.dataDir()))))
                : Optional.empty();
        serve.serveUntilInterrupted(events, () -> new ApiRoutes(events, Countries.load(), config, ingester),
                url -> run.progress().accept("serving " + events.address() + " at " + url + " ("
                        + (config.writable() ? "writes with the token" : "no writes: no token") + ", reads "
                        + (privateReads ? "private" : "open") + (fullText ? ", full text" : "") + ")"));
        return 0;
    }

    /** The API configuration from the options and the token in the environment (a token file wins). */
    ApiConfig config(Optional<String> envToken) {
        Optional<String> token = envToken.map(String::strip).filter(t -> !t.isEmpty());
        if (tokenFile != null) {
            try {
                token = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(l -> !l.isEmpty()).findFirst();
            } catch (IOException e) {
                throw new UserError("cannot read the token file " + tokenFile + ": " + e.getMessage());
            }
            if (token.isEmpty()) {
                throw new UserError("the token file " + tokenFile + " is empty");
            }
        }
        try {
            return new ApiConfig(token, privateReads, fullText, ApiConfig.DEFAULT_MAX_BODY);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + (privateReads && token.isEmpty()
                    ? ": set " + TOKEN_ENV + " or give --token-file with --private" : ""));
        }
    }
}
