package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** One sentence with its tokens and (when parsed) its dependencies; an empty list means "not parsed". */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        Objects.requireNonNull(span);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
