package org.sitrep.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON-lines record {@code {"id", "text", "title"?, "published"?, "url"?}} into a {@link JsonLine}; the text
 * is kept exactly as given (format GIVEN). Thread-safe.
 */
final class JsonLineParser {
    /** An "id" string near the start of a line, so a line that is not valid JSON can still be reported by its id. */
    private static final Pattern LEADING_ID = Pattern.compile("^\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");
    private final ObjectMapper json = new ObjectMapper();

    /** The line's article, or its failure labelled with its id (or "line N" when the id cannot be read). */
    JsonLine parse(String content, int line, String origin) {
        String fallback = "line " + line;
        JsonNode node;
        try {
            node = json.readTree(content);
        } catch (JsonProcessingException e) {
            long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            Matcher salvaged = LEADING_ID.matcher(content);
            return failed(line, salvaged.find() ? salvaged.group(1) : fallback,
                    "invalid JSON" + (column > 0 ? " at column " + column : ""));
        }
        if (node == null || !node.isObject()) {
            return failed(line, fallback, "line is not a JSON object");
        }
        JsonNode idNode = node.get("id");
        Optional<String> id = Optional.empty();
        if (present(idNode)) {
            if (idNode.isTextual() && !idNode.asText().isBlank()) {
                id = Optional.of(idNode.asText());
            } else if (idNode.isIntegralNumber()) {
                id = Optional.of(idNode.asText());
            } else {
                return failed(line, fallback, "\"id\" is not a non-empty string or a whole number");
            }
        }
        String label = id.orElse(fallback);
        JsonNode text = node.get("text");
        if (!present(text)) {
            return failed(line, label, "no \"text\" field");
        }
        if (!text.isTextual()) {
            return failed(line, label, "\"text\" is not a string");
        }
        try {
            Optional<String> title = optionalString(node, "title");
            Optional<String> url = optionalString(node, "url");
            Optional<LocalDate> published = optionalString(node, "published").map(JsonLineParser::date);
            return new JsonLine.Article(line, new RawArticle(id, origin + ":" + line, RawArticle.Format.GIVEN,
                    text.asText(), title, published, url));
        } catch (StageFailure failure) {
            return new JsonLine.Failed(line, label, failure);
        }
    }

    /** The calendar date as written: "2018-11-15", or the date part of an ISO date-time in its own offset. */
    static LocalDate date(String value) {
        String v = value.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the date-time forms
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new StageFailure("source", "\"published\" is not a date (YYYY-MM-DD or ISO date-time): \""
                    + shorten(v) + "\"");
        }
    }

    private static Optional<String> optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!present(value)) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new StageFailure("source", "\"" + field + "\" is not a string");
        }
        return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().strip());
    }

    private static boolean present(JsonNode value) {
        return value != null && !value.isNull();
    }

    private static JsonLine failed(int line, String label, String reason) {
        return new JsonLine.Failed(line, label, new StageFailure("source", reason));
    }

    private static String shorten(String value) {
        String oneLine = value.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
