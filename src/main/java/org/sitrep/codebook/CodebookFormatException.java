package org.sitrep.codebook;

/** A malformed line in a codebook resource; the message names the source file and the 1-based line number. */
public final class CodebookFormatException extends RuntimeException {
    private final String source;
    private final int line;

    public CodebookFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
