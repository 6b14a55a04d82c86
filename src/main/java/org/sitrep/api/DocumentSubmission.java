package org.sitrep.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.RawArticle;
import org.sitrep.source.SourceItem;

/**
 * A report posted to {@code POST /api/documents}: a JSON object with {@code text} or {@code html} (exactly one) and
 * optional {@code url}, {@code title}, {@code published} (YYYY-MM-DD) and {@code publisher}. Parsing validates every
 * field and fails with a 400 problem naming it. Immutable.
 */
record DocumentSubmission(RawArticle article, Optional<String> publisher) {
    private static final Set<String> FIELDS = Set.of("text", "html", "url", "title", "published", "publisher");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
    }

    /** Parses and validates a request body (UTF-8 JSON). */
    static DocumentSubmission parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid("the body must be a JSON object with \"text\" or \"html\"");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid("unknown field '" + name + "'; a report takes " + new java.util.TreeSet<>(FIELDS));
            }
        }
        Optional<String> text = string(root, "text", Integer.MAX_VALUE);
        Optional<String> html = string(root, "html", Integer.MAX_VALUE);
        if (text.isPresent() == html.isPresent()) {
            throw invalid("give exactly one of \"text\" and \"html\"");
        }
        String body2 = text.or(() -> html).orElseThrow();
        if (body2.isBlank()) {
            throw invalid("'" + (text.isPresent() ? "text" : "html") + "' is empty");
        }
        Optional<String> url = string(root, "url", 2048).map(String::strip);
        url.ifPresent(DocumentSubmission::checkUrl);
        Optional<String> title = string(root, "title", 1000);
        Optional<LocalDate> published = string(root, "published", 10).map(DocumentSubmission::date);
        Optional<String> publisher = string(root, "publisher", 300).map(String::strip).filter(p -> !p.isEmpty());
        RawArticle article = new RawArticle(Optional.empty(), "POST /api/documents",
                text.isPresent() ? RawArticle.Format.TEXT : RawArticle.Format.HTML, body2, title, published, url);
        return new DocumentSubmission(article, publisher.or(() -> url.flatMap(SourceItem::host)));
    }

    private static Optional<String> string(JsonNode root, String name, int maxChars) {
        JsonNode v = root.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw invalid("'" + name + "' must be a string");
        }
        String s = v.asText();
        if (s.length() > maxChars) {
            throw invalid("'" + name + "' is longer than " + maxChars + " characters");
        }
        if (s.indexOf('\0') >= 0) {
            throw invalid("'" + name + "' contains a NUL character");
        }
        return Optional.of(s);
    }

    private static void checkUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw invalid("'url' must be an absolute http or https URL: '" + url + "'");
            }
        } catch (URISyntaxException e) {
            throw invalid("'url' is not a valid URL: " + e.getReason());
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid("'published' must be a date YYYY-MM-DD: '" + text + "'");
        }
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(400, "Invalid report", detail);
    }
}
