package org.sitrep.cli;

import java.util.Optional;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

/** One input to extract: an article read, or the reason it could not be read; {@code label} names it in messages. */
record Input(String label, Optional<RawArticle> article, Optional<StageFailure> failure) {
    static Input of(String label, RawArticle article) {
        return new Input(label, Optional.of(article), Optional.empty());
    }

    static Input failed(String label, StageFailure failure) {
        return new Input(label, Optional.empty(), Optional.of(failure));
    }
}
