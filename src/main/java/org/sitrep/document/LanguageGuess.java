package org.sitrep.document;

import java.util.Objects;

/**
 * A detected language: ISO 639-1 code, English name, a confidence in [0, 1] and the evidence that chose it
 * ("script", "stop words", "default").
 */
public record LanguageGuess(String code, String name, double confidence, String evidence) {
    public LanguageGuess {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(evidence);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
