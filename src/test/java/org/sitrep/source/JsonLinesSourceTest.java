package org.sitrep.source;

import org.junit.jupiter.api.Test;
import org.sitrep.model.RawArticle;
import org.sitrep.model.StageFailure;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonLinesSourceTest {
    private final JsonLinesSource source = new JsonLinesSource();

    private List<JsonLine> read(String name) {
        try (Stream<JsonLine> lines = source.lines(FileSourceTest.fixture(name))) {
            return lines.toList();
        }
    }

    private static String reason(JsonLine line) {
        return assertInstanceOf(JsonLine.Failed.class, line).failure().reason();
    }

    @Test
    void aLineThatIsNotValidJsonIsStillReportedByItsLeadingId() {
        assertEquals("r3", read("reports.jsonl").get(2).label());
    }

    @Test
    void badLinesInTheMiddleKeepInputOrderAndTheirIds() {
        List<JsonLine> lines = read("reports.jsonl");
        assertEquals(List.of("r1", "r2", "r3", "r4", "line 6", "line 7", "5"),
                lines.stream().map(JsonLine::label).toList());
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 8), lines.stream().map(JsonLine::line).toList());
    }

    @Test
    void aGoodLineBecomesAGivenArticleWithItsFields() {
        RawArticle article = assertInstanceOf(JsonLine.Article.class, read("reports.jsonl").get(0)).article();
        assertEquals(Optional.of("r1"), article.id());
        assertEquals(RawArticle.Format.GIVEN, article.format());
        assertEquals("Gunmen attacked a village near Mopti on Sunday.", article.body());
        assertEquals(Optional.of("Attack near Mopti"), article.title());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 24)), article.published());
        assertEquals(Optional.of("https://example.org/r1"), article.url());
        assertEquals(FileSourceTest.fixture("reports.jsonl") + ":1", article.origin());
    }

    @Test
    void theTextIsKeptExactlyAndADateTimeKeepsItsOwnCalendarDate() {
        RawArticle article = assertInstanceOf(JsonLine.Article.class, read("reports.jsonl").get(6)).article();
        assertEquals("  Two soldiers were killed in Sahel ambush.\n", article.body());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 25)), article.published());
        assertEquals(Optional.of("5"), article.id());
    }

    @Test
    void eachKindOfBadLineHasAOneLineReason() {
        List<JsonLine> lines = read("reports.jsonl");
        assertEquals("\"published\" is not a date (YYYY-MM-DD or ISO date-time): \"not a date\"", reason(lines.get(1)));
        assertEquals("invalid JSON at column 35", reason(lines.get(2)));
        assertEquals("\"text\" is not a string", reason(lines.get(3)));
        assertEquals("no \"text\" field", reason(lines.get(4)));
        assertEquals("line is not a JSON object", reason(lines.get(5)));
    }

    @Test
    void aLineOverTheLimitFailsAndTheNextLineIsStillRead() {
        String input = "{\"id\":\"a\",\"text\":\"" + "x".repeat(500) + "\"}\n{\"id\":\"b\",\"text\":\"ok\"}\n";
        JsonLinesSource small = new JsonLinesSource(100, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        List<JsonLine> lines = small.lines(Path.of("-")).toList();
        assertEquals("line is 520 bytes, over the 100 bytes line limit", reason(lines.get(0)));
        assertEquals("line 1", lines.get(0).label());
        assertEquals("b", lines.get(1).label());
    }

    @Test
    void invalidUtf8OnALineFailsThatLineOnly() {
        byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        List<JsonLine> lines = source.lines(new ByteArrayInputStream(bytes), "stdin").toList();
        assertEquals("line is not valid UTF-8", reason(lines.get(0)));
    }

    @Test
    void aMissingFileFailsWhenOpened() {
        StageFailure failure = assertThrows(StageFailure.class, () -> source.lines(Path.of("nowhere.jsonl")));
        assertEquals("no such file: nowhere.jsonl", failure.reason());
    }
}
