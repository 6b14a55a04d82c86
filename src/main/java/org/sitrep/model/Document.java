package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A cleaned report: every offset in a result counts code points into {@link #text}.
 *
 * @param id        the input's id, or a hash of the clean text
 * @param language  ISO 639-1 code of the detected language
 * @param text      clean text (boilerplate removed; the title is not part of it unless the input had it there)
 */
public record Document(String id, Optional<String> url, Optional<String> title, Optional<LocalDate> published,
                       String language, String text) {
    public Document {
        Objects.requireNonNull(id);
        Objects.requireNonNull(url);
        Objects.requireNonNull(title);
        Objects.requireNonNull(published);
        Objects.requireNonNull(language);
        Objects.requireNonNull(text);
    }
}
