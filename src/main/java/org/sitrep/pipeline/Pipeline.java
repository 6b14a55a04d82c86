package org.sitrep.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.sitrep.document.DocumentStage;
import org.sitrep.event.EventCoder;
import org.sitrep.geo.GeoStage;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.StageFailure;
import org.sitrep.nlp.Annotator;

/**
 * Runs one raw article through document -> nlp -> geo -> event. A failure in any stage becomes a
 * {@link StageFailure} naming that stage with a one-line reason. Thread-safe when its stages are.
 * (A package of its own: it sees every stage, and no stage sees it.)
 */
public final class Pipeline {
    private final DocumentStage documents;
    private final Annotator annotator;
    private final GeoStage geo;
    private final EventCoder coder;

    public Pipeline(DocumentStage documents, Annotator annotator, GeoStage geo, EventCoder coder) {
        this.documents = documents;
        this.annotator = annotator;
        this.geo = geo;
        this.coder = coder;
    }

    public Extraction process(RawArticle article) {
        Document document = stage("document", () -> documents.apply(article));
        AnnotatedText annotated = stage("nlp", () -> annotator.annotate(document));
        List<ResolvedPlace> places = stage("geo", () -> geo.resolve(annotated));
        List<Event> events = stage("event", () -> coder.code(annotated, places));
        return new Extraction(document, places, events);
    }

    private static <T> T stage(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (StageFailure f) {
            throw f;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new StageFailure(name, "internal error in " + name + " stage: " + firstLine(message), e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
