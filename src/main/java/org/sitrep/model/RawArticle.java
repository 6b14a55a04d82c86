package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input item as a source read it, before cleaning.
 *
 * @param id        the input's own id (a JSON-lines id, a WARC record id), or empty to hash the clean text
 * @param origin    where it came from, for messages: a file path, "stdin", "file.jsonl:12"
 * @param format    how {@code body} is to be cleaned
 * @param body      the decoded content (HTML, Markdown, plain text)
 * @param title     a title the source gave, if any
 * @param published a publication date the source gave, if any (wins over one found in the content)
 * @param url       the report's address, if known
 */
public record RawArticle(Optional<String> id, String origin, Format format, String body,
                         Optional<String> title, Optional<LocalDate> published, Optional<String> url) {

    /** How a body is cleaned. {@code GIVEN} is taken as is (JSON lines): offsets must line up with it. */
    public enum Format { HTML, MARKDOWN, TEXT, GIVEN }

    public RawArticle {
        Objects.requireNonNull(id);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(format);
        Objects.requireNonNull(body);
        Objects.requireNonNull(title);
        Objects.requireNonNull(published);
        Objects.requireNonNull(url);
    }
}
