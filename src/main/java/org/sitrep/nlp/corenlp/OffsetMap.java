package org.sitrep.nlp.corenlp;

import org.sitrep.model.Span;

/** Converts UTF-16 character offsets of one text into code-point spans in O(1). Immutable. */
final class OffsetMap {
    /** codePoints[i] = number of code points in text[0, i). */
    private final int[] codePoints;

    OffsetMap(String text) {
        codePoints = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            codePoints[i + 1] = codePoints[i] + (secondHalf ? 0 : 1);
        }
    }

    Span span(int charStart, int charEnd) {
        return new Span(codePoints[charStart], codePoints[charEnd]);
    }
}
