package org.sitrep.model;

import java.util.Objects;
import java.util.Optional;

/** A time expression as the tagger found it: span, text, TIMEX3 type (DATE, TIME, DURATION, SET), raw value. */
public record TimeExpression(Span span, String text, String type, Optional<String> value, int sentence) {
    public TimeExpression {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }
}
