package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.api.ApiConfig;
import picocli.CommandLine;

/** How {@code serve} turns its options and SITREP_API_TOKEN into the API configuration. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static ServeCommand parse(String... args) {
        ServeCommand c = new ServeCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void withoutATokenTheServerIsReadOnlyAndOpen() {
        ApiConfig c = parse().config(Optional.empty());
        assertFalse(c.writable());
        assertFalse(c.privateReads());
        assertFalse(c.fullText());
    }

    @Test
    void theTokenFileWinsOverTheEnvironment() throws IOException {
        Path f = Files.writeString(dir.resolve("token"), "\n  file-token-0123456789abcdef  \nsecond line\n");
        ApiConfig c = parse("--token-file", f.toString(), "--private", "--full-text")
                .config(Optional.of("env-token-0123456789abcdef"));
        assertTrue(c.writable() && c.privateReads() && c.fullText());
        assertEquals(Optional.of("file-token-0123456789abcdef"), c.token());
        assertEquals(Optional.of("env-token-0123456789abcdef"), parse().config(Optional.of(" env-token-0123456789abcdef ")).token());
    }

    @Test
    void privateReadsWithoutATokenAnEmptyTokenFileOrAShortTokenAreUserErrors() throws IOException {
        UserError noToken = assertThrows(UserError.class, () -> parse("--private").config(Optional.empty()));
        assertTrue(noToken.getMessage().contains("SITREP_API_TOKEN"), noToken.getMessage());
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThrows(UserError.class, () -> parse("--token-file", empty.toString()).config(Optional.empty()));
        assertThrows(UserError.class, () -> parse("--token-file", dir.resolve("missing").toString()).config(Optional.empty()));
        UserError shortToken = assertThrows(UserError.class, () -> parse().config(Optional.of("short")));
        assertTrue(shortToken.getMessage().contains("16"), shortToken.getMessage());
    }
}
