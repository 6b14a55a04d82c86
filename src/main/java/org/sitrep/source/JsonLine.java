package org.sitrep.source;

import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

import java.util.Objects;

/** One non-blank line of a JSON-lines input: an article, or the failure of that line with the id to report it under. */
public sealed interface JsonLine permits JsonLine.Article, JsonLine.Failed {

    /** The 1-based line number in the input. */
    int line();

    /** The id to report this line under: the line's own id, else "line N". */
    String label();

    /** A line read into an article (its id is the line's "id" field, if any). */
    record Article(int line, RawArticle article) implements JsonLine {
        public Article {
            Objects.requireNonNull(article);
        }

        @Override
        public String label() {
            return article.id().orElse("line " + line);
        }
    }

    /** A line that could not be read; {@code id} is its "id" field if that could be read, else "line N". */
    record Failed(int line, String id, StageFailure failure) implements JsonLine {
        public Failed {
            Objects.requireNonNull(id);
            Objects.requireNonNull(failure);
        }

        @Override
        public String label() {
            return id;
        }
    }
}
