package org.sitrep.eval.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Span;

/**
 * One corpus article: its text, the gold toponyms with coordinates, the spans of gold toponyms the corpus gives
 * without coordinates (not scored, but a prediction on them is not counted against precision), and the article's
 * URL when the corpus gives it (LGL, TR-News: the report's source; never gold).
 */
public record GoldDocument(String id, String text, List<GoldToponym> toponyms, List<Span> unscored,
                           Optional<String> url) {
    public GoldDocument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(url);
        toponyms = List.copyOf(toponyms);
        unscored = List.copyOf(unscored);
    }

    /** A document without a URL. */
    public GoldDocument(String id, String text, List<GoldToponym> toponyms, List<Span> unscored) {
        this(id, text, toponyms, unscored, Optional.empty());
    }
}
