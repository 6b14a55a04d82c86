package org.sitrep.eval.geo;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One corpus article: its text, the gold toponyms with coordinates, and the spans of gold toponyms the corpus gives
 * without coordinates (not scored, but a prediction on them is not counted against precision).
 */
public record GoldDocument(String id, String text, List<GoldToponym> toponyms, List<Span> unscored) {
    public GoldDocument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        toponyms = List.copyOf(toponyms);
        unscored = List.copyOf(unscored);
    }
}
