package org.sitrep.model;

/** Converts between Java's UTF-16 indices and the code-point offsets used in every result. Stateless. */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code-point offset of UTF-16 index {@code charIndex} in {@code text}. */
    public static int toCodePoint(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** The UTF-16 index of code-point offset {@code codePoint} in {@code text}. */
    public static int toCharIndex(String text, int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }

    /** The span in code points of the UTF-16 range [charStart, charEnd). */
    public static Span span(String text, int charStart, int charEnd) {
        int start = toCodePoint(text, charStart);
        return new Span(start, start + text.codePointCount(charStart, charEnd));
    }

    /** The substring of {@code text} covered by a code-point span. */
    public static String slice(String text, Span span) {
        int from = toCharIndex(text, span.start());
        int to = text.offsetByCodePoints(from, span.length());
        return text.substring(from, to);
    }
}
