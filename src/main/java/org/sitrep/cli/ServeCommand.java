package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep serve}: the web map and the HTTP API over the event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store's events over HTTP: the web map at /, OGC API - Features at",
                "/collections/events/items, an ACLED-style query at /api/events, one event with its sources at",
                "/api/events/ID and territorial control at /api/control?at=DATE. Reads only. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServeOptions serve = new ServeOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws InterruptedException {
        JdbcEventStore events = store.open(run.dataDir());
        serve.serveUntilInterrupted(events, url -> run.progress().accept("serving " + events.address() + " at " + url
                + " (the map; the API at " + url + "?f=json); Ctrl-C stops"));
        return 0;
    }
}
