package org.sitrep.source;

import org.sitrep.model.StageFailure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a JSON-lines input lazily, one {@link JsonLine} per non-blank line in input order; a bad line becomes a
 * {@link JsonLine.Failed} and reading goes on. Lines are strict UTF-8 (a leading BOM is skipped) and at most the line
 * limit long (default 10 MB). Each stream is single-use and not thread-safe; the source itself is immutable.
 */
public final class JsonLinesSource {
    /** The default per-line limit: 10 MB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

    private final int maxLineBytes;
    private final InputStream stdin;
    private final JsonLineParser parser = new JsonLineParser();

    /** A source with the default line limit reading "-" from {@code System.in}. */
    public JsonLinesSource() {
        this(DEFAULT_MAX_LINE_BYTES, System.in);
    }

    /** A source refusing lines over {@code maxLineBytes} bytes, reading "-" from {@code stdin}. */
    public JsonLinesSource(int maxLineBytes, InputStream stdin) {
        if (maxLineBytes <= 0) {
            throw new IllegalArgumentException("line limit must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.stdin = stdin;
    }

    /**
     * The lines of {@code path} ("-" for standard input); close the stream to close the file. A missing or unreadable
     * file fails here; a read error later ends the stream with one {@link JsonLine.Failed} item.
     */
    public Stream<JsonLine> lines(Path path) {
        if (path.toString().equals("-")) {
            return lines(stdin, "stdin");
        }
        InputStream in = InputPaths.open(path);
        return lines(in, path.toString()).onClose(() -> close(in));
    }

    /** The lines of {@code in}, named {@code origin} in messages ("origin:N"); the stream does not close {@code in}. */
    public Stream<JsonLine> lines(InputStream in, String origin) {
        LineIterator items = new LineIterator(
                new BoundedLineReader(new BufferedInputStream(in, 65536), maxLineBytes), origin);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Reads ahead one item; after a read error it yields that error once and ends. */
    private final class LineIterator implements Iterator<JsonLine> {
        private final BoundedLineReader reader;
        private final String origin;
        private Optional<JsonLine> next = Optional.empty();
        private boolean ended;

        LineIterator(BoundedLineReader reader, String origin) {
            this.reader = reader;
            this.origin = origin;
        }

        @Override
        public boolean hasNext() {
            if (next.isEmpty() && !ended) {
                next = advance();
                ended = next.isEmpty();
            }
            return next.isPresent();
        }

        @Override
        public JsonLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonLine item = next.get();
            next = Optional.empty();
            return item;
        }

        private Optional<JsonLine> advance() {
            try {
                while (true) {
                    Optional<BoundedLineReader.RawLine> raw = reader.next();
                    if (raw.isEmpty()) {
                        return Optional.empty();
                    }
                    Optional<JsonLine> item = item(raw.get());
                    if (item.isPresent()) {
                        return item;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                ended = true;
                int line = reader.lineNumber();
                return Optional.of(new JsonLine.Failed(line, "line " + line,
                        new StageFailure("source", "cannot read " + origin + " past line " + line, e)));
            }
        }

        private Optional<JsonLine> item(BoundedLineReader.RawLine line) {
            if (line.bytes().isEmpty()) {
                return Optional.of(failed(line.number(), "line is " + ByteSize.measured(line.length())
                        + ", over the " + ByteSize.limit(maxLineBytes) + " line limit"));
            }
            Optional<String> text = utf8(line.bytes().get(), line.number() == 1);
            if (text.isEmpty()) {
                return Optional.of(failed(line.number(), "line is not valid UTF-8"));
            }
            return text.get().isBlank() ? Optional.empty() : Optional.of(parser.parse(text.get(), line.number(), origin));
        }
    }

    private static JsonLine failed(int line, String reason) {
        return new JsonLine.Failed(line, "line " + line, new StageFailure("source", reason));
    }

    private static Optional<String> utf8(byte[] bytes, boolean first) {
        int offset = first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
