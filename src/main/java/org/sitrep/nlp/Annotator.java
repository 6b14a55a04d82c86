package org.sitrep.nlp;

import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;

/** Tokenises, splits, tags, parses and finds names and times in a document. Implementations are thread-safe. */
public interface Annotator {
    AnnotatedText annotate(Document document);
}
