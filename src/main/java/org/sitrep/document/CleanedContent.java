package org.sitrep.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What a cleaner found in a body: the clean text (paragraphs separated by a blank line), a title, a date. */
public record CleanedContent(String text, Optional<String> title, Optional<LocalDate> published) {
    public CleanedContent {
        Objects.requireNonNull(text);
        Objects.requireNonNull(title);
        Objects.requireNonNull(published);
    }
}
