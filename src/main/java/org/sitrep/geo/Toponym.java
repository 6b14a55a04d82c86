package org.sitrep.geo;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A place name recognised in a text, before resolution.
 *
 * @param span   code-point span of the name (without feature words such as "province")
 * @param kind   what the context says the place is
 * @param source the evidence that made it a toponym ("ner:LOCATION", "pattern:preposition", ...)
 */
public record Toponym(Span span, String text, Kind kind, String source) {
    /** What the context says about the place's type. */
    public enum Kind { ANY, COUNTRY, REGION, DISTRICT, SETTLEMENT }

    public Toponym {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(source);
    }
}
