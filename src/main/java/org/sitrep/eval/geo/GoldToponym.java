package org.sitrep.eval.geo;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A gold toponym of an evaluation corpus.
 *
 * @param span   code-point span into the document text, end exclusive
 * @param phrase the toponym as the corpus writes it
 * @param latitude  gold latitude in degrees
 * @param longitude gold longitude in degrees
 */
public record GoldToponym(Span span, String phrase, double latitude, double longitude) {
    public GoldToponym {
        Objects.requireNonNull(span);
        Objects.requireNonNull(phrase);
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("gold coordinates out of range for " + phrase);
        }
    }
}
