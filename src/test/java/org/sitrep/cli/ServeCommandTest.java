package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} (and the serving end of {@code demo}) refuses what it cannot serve with one line, without blocking. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = SitrepCommand.execute(args);
            return new String[] {Integer.toString(code), e.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void aPortInUseIsAOneLineErrorThatSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] r = run("serve", "--db", "sqlite:" + dir.resolve("s.db"), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals("2", r[0], r[1]);
            assertEquals(1, r[1].strip().lines().count(), r[1]);
            assertTrue(r[1].contains("--port 0"), r[1]);
        }
    }

    @Test
    void aPortOutOfRangeIsAOneLineError() {
        String[] r = run("serve", "--db", "sqlite:" + dir.resolve("s.db"), "--port", "70000");
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("between 0 and 65535"), r[1]);
    }
}
