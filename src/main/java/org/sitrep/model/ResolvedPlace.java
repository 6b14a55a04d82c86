package org.sitrep.model;

import java.util.Objects;

/**
 * A toponym in the text and the gazetteer entry it was resolved to, with the evidence.
 *
 * @param span       code-point span of the toponym in the document text
 * @param text       the toponym as written
 * @param place      the chosen gazetteer entry
 * @param confidence 0..1
 * @param rule       the rule that decided (for example "country-context", "population", "only-candidate")
 */
public record ResolvedPlace(Span span, String text, Place place, double confidence, String rule) {
    public ResolvedPlace {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(place);
        Objects.requireNonNull(rule);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
