package org.sitrep.model;

/**
 * One token: index within its sentence (0-based), code-point span, Penn POS tag, lemma and NER label ("O" for none).
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
}
