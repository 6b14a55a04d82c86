package org.sitrep.model;

import java.util.Objects;

/** A piece of the report an event was read from: code-point span into the document text and the text itself. */
public record Evidence(Span span, String text) {
    public Evidence {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
    }
}
