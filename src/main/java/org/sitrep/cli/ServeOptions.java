package org.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.api.ApiRoutes;
import org.sitrep.api.ApiServer;
import org.sitrep.codebook.Countries;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Option;

/**
 * The {@code --port} and {@code --bind} options of {@code serve} and of {@code demo} (which ends by serving the map),
 * and the serving itself until Ctrl-C.
 */
public final class ServeOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    /**
     * Serves the map and the API over {@code events} until the process is interrupted (Ctrl-C), then closes the server
     * and the store. {@code announce} gets the map's address once it is listening.
     */
    void serveUntilInterrupted(JdbcEventStore events, Consumer<String> announce) throws InterruptedException {
        serveUntilInterrupted(events, () -> new ApiRoutes(events, Countries.load()), announce);
    }

    /**
     * Serves {@code routes} (made once the port is checked) until the process is interrupted, then closes the server
     * and {@code events}. {@code announce} gets the server's address once it is listening.
     */
    void serveUntilInterrupted(JdbcEventStore events, Supplier<ApiRoutes> routes, Consumer<String> announce)
            throws InterruptedException {
        if (port < 0 || port > 65535) {
            events.close();
            throw new UserError("--port must be between 0 and 65535: " + port);
        }
        ApiServer server;
        try {
            server = ApiServer.start(routes.get(), bind, port);
        } catch (RuntimeException e) {
            events.close();
            throw new UserError("cannot serve on " + bind + ":" + port + " (" + e.getMessage()
                    + "); choose another with --port, or --port 0 for any free port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            events.close();
            stopped.countDown();
        }));
        String host = bind.equals("0.0.0.0") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
        announce.accept("http://" + host + ":" + server.port() + "/");
        stopped.await();
    }
}
