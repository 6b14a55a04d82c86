package org.sitrep.source;

import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one report from a text, HTML or Markdown file, or from standard input ("-"), into a {@link RawArticle};
 * never reads more than the size limit. Every bad input is a {@link StageFailure} of stage "source" with a one-line
 * reason. Thread-safe if the standard input stream is only read by one caller.
 */
public final class FileSource {
    /** The default size limit: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final String STDIN = "-";

    private final long maxBytes;
    private final InputStream stdin;
    private final TextDecoder decoder = new TextDecoder();
    private final FormatDetector formats = new FormatDetector();

    /** A source with the 10 MB limit reading "-" from {@code System.in}. */
    public FileSource() {
        this(DEFAULT_MAX_BYTES, System.in);
    }

    /** A source refusing inputs over {@code maxBytes} bytes, reading "-" from {@code stdin}. */
    public FileSource(long maxBytes, InputStream stdin) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size limit must be between 1 byte and 2 GB: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    /** The article in {@code path}; the path "-" reads standard input (format sniffed). */
    public RawArticle read(Path path) {
        if (path.toString().equals(STDIN)) {
            return read(stdin, "stdin", Optional.empty());
        }
        long size = InputPaths.checkedSize(path);
        if (size > maxBytes) {
            throw tooLarge("file is " + ByteSize.measured(size) + ",");
        }
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = InputPaths.open(path)) {
            return read(in, path.toString(), Optional.of(name));
        } catch (IOException e) {
            throw InputPaths.failure(path, e);
        }
    }

    /**
     * The article in {@code in} (not closed here), named {@code origin} in messages; the format comes from
     * {@code fileName}'s extension if given and telling, else from the content.
     */
    public RawArticle read(InputStream in, String origin, Optional<String> fileName) {
        byte[] bytes = readBounded(in, origin);
        if (bytes.length == 0) {
            throw new StageFailure("source", "empty file");
        }
        String text = decoder.decode(bytes);
        if (text.isBlank()) {
            throw new StageFailure("source", "empty file");
        }
        RawArticle.Format format = fileName.map(name -> formats.detect(name, text)).orElseGet(() -> formats.sniff(text));
        return new RawArticle(Optional.empty(), origin, format, text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private byte[] readBounded(InputStream in, String origin) {
        try {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge("input is");
            }
            return bytes;
        } catch (IOException e) {
            throw new StageFailure("source", "cannot read " + origin + ": "
                    + Optional.ofNullable(e.getMessage()).flatMap(m -> m.lines().findFirst()).orElse("read error"), e);
        } catch (UncheckedIOException e) {
            throw new StageFailure("source", "cannot read " + origin, e);
        }
    }

    private StageFailure tooLarge(String what) {
        return new StageFailure("source", what + " over the " + ByteSize.limit(maxBytes) + " limit");
    }
}
