package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** The NLP stage's result: the document with its sentences, named entities and time expressions. */
public record AnnotatedText(Document document, List<Sentence> sentences, List<EntityMention> entities,
                            List<TimeExpression> times) {
    public AnnotatedText {
        Objects.requireNonNull(document);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }
}
