package org.sitrep.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.RawArticle;

/**
 * Reads an RSS or Atom feed (Rome) from a file or an http(s) URL into one article per entry: the entry's content
 * (else its description) as HTML, its title, link and publication date (UTC); the publisher is the feed's title, else
 * the link's host. A feed that cannot be read or parsed is one {@link SourceItem.Failed}. Stateless; thread-safe.
 */
public final class FeedSource {
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The entries of a feed file. */
    public List<SourceItem> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return List.of(new SourceItem.Failed(file.toString(), "feed over the 20 MB limit"));
            }
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            return List.of(new SourceItem.Failed(file.toString(), "cannot read feed: " + e.getMessage()));
        }
    }

    /** The entries of a feed fetched from an http(s) URL (30 s timeout, redirects followed). */
    public List<SourceItem> fetch(URI url) {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build()) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "sitrep (https://github.com/sitrep)").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                return List.of(new SourceItem.Failed(url.toString(), "feed fetch returned HTTP " + r.statusCode()));
            }
            return parse(r.body(), url.toString());
        } catch (IOException e) {
            return List.of(new SourceItem.Failed(url.toString(), "cannot fetch feed: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(new SourceItem.Failed(url.toString(), "interrupted while fetching the feed"));
        }
    }

    /** The entries of feed bytes named {@code origin} in messages. */
    public List<SourceItem> parse(byte[] bytes, String origin) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputStreamReader(new ByteArrayInputStream(bytes), charset(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            return List.of(new SourceItem.Failed(origin, "not an RSS or Atom feed: "
                    + Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(m)).orElse("parse error")));
        }
        Optional<String> feedTitle = Optional.ofNullable(feed.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
        List<SourceItem> items = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String where = origin + "#" + n;
            Optional<String> link = Optional.ofNullable(entry.getLink()).map(String::strip).filter(l -> !l.isEmpty());
            String body = body(entry);
            if (body.isBlank()) {
                items.add(new SourceItem.Failed(where, "feed entry has no content or description"));
                continue;
            }
            Optional<LocalDate> published = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                    .map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
            RawArticle article = new RawArticle(Optional.empty(), where, RawArticle.Format.HTML, body,
                    Optional.ofNullable(entry.getTitle()).map(String::strip).filter(t -> !t.isEmpty()), published, link);
            items.add(new SourceItem.Article(article, feedTitle.or(() -> link.flatMap(SourceItem::host))));
        }
        return items;
    }

    private static String body(SyndEntry entry) {
        StringBuilder s = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                s.append(c.getValue()).append('\n');
            }
        }
        if (s.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            s.append(entry.getDescription().getValue());
        }
        String html = s.toString();
        return html.isBlank() || html.contains("<p") ? html : "<p>" + html.replace("\n\n", "</p><p>") + "</p>";
    }

    private static java.nio.charset.Charset charset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding=[\"']([A-Za-z0-9._-]+)[\"']").matcher(head);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }
}
