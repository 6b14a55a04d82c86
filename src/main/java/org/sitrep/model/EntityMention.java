package org.sitrep.model;

import java.util.Objects;

/**
 * A named entity found by NER: code-point span, surface text, type (LOCATION, ORGANIZATION, PERSON, ...), sentence.
 */
public record EntityMention(Span span, String text, String type, int sentence) {
    public EntityMention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(type);
    }
}
