package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.jdbc.JdbcEventStore;

/** The serving end of {@code demo} refuses what it cannot serve with a one-line user error instead of blocking. */
class ServeOptionsTest {
    @TempDir
    Path dir;

    private ServeOptions on(int port) {
        ServeOptions o = new ServeOptions();
        o.port = port;
        o.bind = "127.0.0.1";
        return o;
    }

    @Test
    void aPortInUseIsAUserErrorThatSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            JdbcEventStore store = JdbcEventStore.open("sqlite:" + dir.resolve("s.db"));
            UserError e = assertThrows(UserError.class,
                    () -> on(taken.getLocalPort()).serveUntilInterrupted(store, url -> { }));
            assertTrue(e.getMessage().contains("--port 0"), e.getMessage());
            assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
        }
    }

    @Test
    void aPortOutOfRangeIsAUserError() {
        JdbcEventStore store = JdbcEventStore.open("sqlite:" + dir.resolve("s.db"));
        UserError e = assertThrows(UserError.class, () -> on(70000).serveUntilInterrupted(store, url -> { }));
        assertTrue(e.getMessage().contains("between 0 and 65535"), e.getMessage());
    }
}
