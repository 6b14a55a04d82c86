package org.sitrep.eval.geo;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.ResolvedPlace;

/**
 * Runs the geoparser on one gold document's text, taken as given so offsets line up, and scores the result. A
 * document that fails in any stage is scored as a failure (every toponym missed), never stopping the run.
 * Thread-safe if the annotator and the geoparser are.
 */
public final class GeoEvaluator {
    private final Function<Document, AnnotatedText> annotator;
    private final Function<AnnotatedText, List<ResolvedPlace>> geoparser;

    public GeoEvaluator(Function<Document, AnnotatedText> annotator,
                        Function<AnnotatedText, List<ResolvedPlace>> geoparser) {
        this.annotator = annotator;
        this.geoparser = geoparser;
    }

    /** The score of {@code gold}. */
    public DocumentScore score(GoldDocument gold) {
        try {
            return DocumentScore.of(gold, geoparse(gold));
        } catch (RuntimeException e) {
            return DocumentScore.failure(gold, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The places the geoparser reads in {@code gold}'s text (with its URL, if any); failures propagate. */
    public List<ResolvedPlace> geoparse(GoldDocument gold) {
        Document doc = new Document(gold.id(), gold.url(), Optional.empty(), Optional.empty(), "en", gold.text());
        return geoparser.apply(annotator.apply(doc));
    }
}
