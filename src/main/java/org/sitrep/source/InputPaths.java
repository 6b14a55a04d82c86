package org.sitrep.source;

import org.sitrep.model.StageFailure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens input files with one-line "source" failures for missing, directory and unreadable paths. Stateless. */
final class InputPaths {
    private InputPaths() {
    }

    /** The size in bytes of a regular, readable file, or a StageFailure saying why it cannot be read. */
    static long checkedSize(Path path) {
        if (!Files.exists(path)) {
            throw new StageFailure("source", "no such file: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new StageFailure("source", "is a directory, not a file: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new StageFailure("source", "cannot read " + path + ": permission denied");
        }
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** Opens a checked file for reading; the caller closes the stream. */
    static InputStream open(Path path) {
        checkedSize(path);
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** A one-line failure for an I/O error on {@code path}, without exception class names. */
    static StageFailure failure(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new StageFailure("source", "no such file: " + path, e);
        }
        if (e instanceof AccessDeniedException) {
            return new StageFailure("source", "cannot read " + path + ": permission denied", e);
        }
        String detail = e.getMessage() == null ? "read error" : e.getMessage().lines().findFirst().orElse("read error");
        return new StageFailure("source", "cannot read " + path + ": " + detail, e);
    }
}
