package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.ResolvedPlace;

/** The geo stage: recognises toponyms in an annotated text and resolves them against a gazetteer. Thread-safe. */
public final class GeoStage {
    private final PlaceRecognizer recognizer;
    private final ToponymResolver resolver;

    public GeoStage(PlaceRecognizer recognizer, ToponymResolver resolver) {
        this.recognizer = recognizer;
        this.resolver = resolver;
    }

    /** A stage on {@code gazetteer} with the project's demonym, common-word and country-name tables. */
    public static GeoStage create(Gazetteer gazetteer) {
        Demonyms demonyms = Demonyms.standard();
        return new GeoStage(PlaceRecognizer.create(gazetteer, demonyms),
                new ToponymResolver(gazetteer, demonyms, CountryNames.standard()));
    }

    /** Resolved places in text order; toponyms that cannot be resolved are left out, the others stay. */
    public List<ResolvedPlace> resolve(AnnotatedText text) {
        return resolver.resolve(text, recognizer.recognize(text));
    }
}
