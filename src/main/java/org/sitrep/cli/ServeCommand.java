package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.api.ApiRoutes;
import org.sitrep.api.ApiServer;
import org.sitrep.codebook.Countries;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the HTTP API over the event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store's events over HTTP: OGC API - Features at /collections/events/items,",
                "an ACLED-style query at /api/events, one event with its sources at /api/events/ID and territorial",
                "control at /api/control?at=DATE. Reads only. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    RunOptions run = new RunOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535: " + port);
        }
        JdbcEventStore events = store.open(run.dataDir());
        ApiServer server;
        try {
            server = ApiServer.start(new ApiRoutes(events, Countries.load()), bind, port);
        } catch (RuntimeException e) {
            events.close();
            throw new UserError("cannot serve on " + bind + ":" + port + ": " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            events.close();
            stopped.countDown();
        }));
        run.progress().accept("serving " + events.address() + " at http://" + bind + ":" + server.port() + "/");
        stopped.await();
        return 0;
    }
}
