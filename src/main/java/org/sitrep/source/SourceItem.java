package org.sitrep.source;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.RawArticle;

/** One item an ingest source yields: an article with its publisher if known, or a bad input with a one-line reason. */
public sealed interface SourceItem {
    /** Where it came from, for messages ("feed.xml#3", "crawl.warc.gz@1234"). */
    String origin();

    /** An article to code; {@code publisher} is a feed title or host name when the source knows one. */
    record Article(RawArticle article, Optional<String> publisher) implements SourceItem {
        public Article {
            Objects.requireNonNull(article);
            Objects.requireNonNull(publisher);
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /** An input that could not be read. */
    record Failed(String origin, String reason) implements SourceItem {
        public Failed {
            Objects.requireNonNull(origin);
            Objects.requireNonNull(reason);
        }
    }

    /** The host of a URL without "www.", if it has one. */
    static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(java.net.URI.create(url.strip()).getHost()).map(h -> h.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
