package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a byte stream into lines (LF or CRLF) holding at most {@code maxBytes} bytes each in memory; a longer line is
 * skipped to its end and reported by its length. Not thread-safe; does not close the stream.
 */
final class BoundedLineReader {
    /** A line's bytes (without the line break), or the length of a line over the limit. */
    record RawLine(int number, Optional<byte[]> bytes, long length) {
    }

    private final InputStream in;
    private final int maxBytes;
    private int number;

    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The number of the line read last (1-based), 0 before the first. */
    int lineNumber() {
        return number;
    }

    /** The next line, or empty at the end of the stream. */
    Optional<RawLine> next() throws IOException {
        byte[] buffer = new byte[Math.min(maxBytes, 8192)];
        int used = 0;
        long length = 0;
        int b = in.read();
        if (b < 0) {
            return Optional.empty();
        }
        number++;
        while (b >= 0 && b != '\n') {
            if (length < maxBytes) {
                if (used == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, buffer.length * 2L));
                }
                buffer[used++] = (byte) b;
            }
            length++;
            b = in.read();
        }
        if (length > maxBytes) {
            return Optional.of(new RawLine(number, Optional.empty(), length));
        }
        if (used > 0 && buffer[used - 1] == '\r') {
            used--;
        }
        return Optional.of(new RawLine(number, Optional.of(Arrays.copyOf(buffer, used)), length));
    }
}
