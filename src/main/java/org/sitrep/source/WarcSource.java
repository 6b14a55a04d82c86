package org.sitrep.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.RawArticle;

/**
 * Reads a WARC or WARC.gz archive (jwarc) lazily: one article per HTTP 200 response record with an HTML body (at most
 * 10 MB), its target URI as URL and origin "file@offset"; other records are passed over; an unreadable record ends
 * the stream with one {@link SourceItem.Failed}. Each stream is single-use; close it to close the file.
 */
public final class WarcSource {
    private static final int MAX_BODY = 10 * 1024 * 1024;
    private final TextDecoder decoder = new TextDecoder();

    /** The HTML responses of the archive at {@code path}, in archive order. */
    public Stream<SourceItem> read(Path path) {
        WarcReader reader;
        try {
            reader = new WarcReader(path);
        } catch (IOException e) {
            return Stream.of(new SourceItem.Failed(path.toString(), "cannot open WARC: " + e.getMessage()));
        }
        reader.onWarning(m -> { });
        Iterator<SourceItem> items = new Iterator<>() {
            private Optional<SourceItem> next = Optional.empty();
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next.isEmpty() && !done) {
                    next = advance();
                }
                return next.isPresent();
            }

            @Override
            public SourceItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceItem item = next.get();
                next = Optional.empty();
                return item;
            }

            private Optional<SourceItem> advance() {
                long position = reader.position();
                try {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        done = true;
                        return Optional.empty();
                    }
                    return record.get() instanceof WarcResponse response
                            ? article(response, path + "@" + position) : Optional.empty();
                } catch (IOException | RuntimeException e) {
                    done = true;
                    return Optional.of(new SourceItem.Failed(path + "@" + position, "unreadable WARC record: "
                            + Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(m)).orElse("")));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private Optional<SourceItem> article(WarcResponse response, String origin) throws IOException {
        if (response.http().status() != 200) {
            return Optional.empty();
        }
        MediaType type = response.http().contentType().base();
        if (!type.equals(MediaType.HTML) && !type.toString().equals("application/xhtml+xml")) {
            return Optional.empty();
        }
        byte[] body;
        try (InputStream in = response.http().body().stream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        String url = response.target();
        if (body.length > MAX_BODY) {
            return Optional.of(new SourceItem.Failed(origin, url + ": HTML body over the 10 MB limit"));
        }
        try {
            String html = decoder.decode(body);
            RawArticle a = new RawArticle(Optional.empty(), origin + " " + url, RawArticle.Format.HTML, html,
                    Optional.empty(), Optional.empty(), Optional.of(url));
            return Optional.of(new SourceItem.Article(a, SourceItem.host(url)));
        } catch (org.sitrep.model.StageFailure f) {
            return Optional.of(new SourceItem.Failed(origin, url + ": " + f.reason()));
        }
    }
}
