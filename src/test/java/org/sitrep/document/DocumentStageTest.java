package org.sitrep.document;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.RawArticle;
import org.sitrep.model.RawArticle.Format;
import org.sitrep.model.StageFailure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentStageTest {
    private final DocumentStage stage = DocumentStage.english();

    static String fixture(String name) {
        try (InputStream in = DocumentStageTest.class.getResourceAsStream("/document/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawArticle raw(Format format, String body) {
        return new RawArticle(Optional.empty(), "test", format, body, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aNewsPageLosesItsNavigationShareBarRelatedLinksFooterAndCookieBanner() {
        Document doc = stage.apply(raw(Format.HTML, fixture("news-page.html")));
        assertEquals("Armed militants took control of the town of Léré on Saturday after a four-hour battle with"
                + " government troops, local officials said.\n\n"
                + "At least six soldiers were killed & several others wounded, according to a military source.\n\n"
                + "Residents flee\n\n"
                + "Hundreds of residents fled toward Niono, the official added.", doc.text());
    }

    @Test
    void aNewsPageGivesItsTitleWithoutTheSiteNameAndItsPublishedDate() {
        Document doc = stage.apply(raw(Format.HTML, fixture("news-page.html")));
        assertEquals(Optional.of("Militants seize town in northern Mali"), doc.title());
        assertEquals(Optional.of(LocalDate.of(2019, 3, 24)), doc.published());
        assertEquals("en", doc.language());
    }

    @Test
    void aPageWithoutArticleMarkupKeepsItsDensestBlockAndStripsTheTitleSuffix() {
        Document doc = stage.apply(raw(Format.HTML, fixture("no-article.html")));
        assertTrue(doc.text().startsWith("Heavy fighting broke out in Hodeidah"), doc.text());
        assertTrue(doc.text().endsWith("around the city's hospitals."), doc.text());
        assertFalse(doc.text().contains("Contact"), doc.text());
        assertEquals(Optional.of("Fighting in Hodeidah"), doc.title());
        assertEquals(Optional.of(LocalDate.of(2018, 11, 15)), doc.published());
    }

    @Test
    void aDatelineGivesTheDateWhenThePageHasNoDateMetadata() {
        Document doc = stage.apply(raw(Format.HTML, fixture("dateline.html")));
        assertEquals(Optional.of(LocalDate.of(2018, 11, 15)), doc.published());
        assertEquals(Optional.of("Clashes near Kidal"), doc.title());
        assertTrue(doc.text().startsWith("KIDAL, Nov 15, 2018 - Armed groups"), doc.text());
    }

    @Test
    void jsonLdDatePublishedIsReadAsTheCalendarDateWritten() {
        assertEquals(Optional.of(LocalDate.of(2020, 2, 3)),
                stage.apply(raw(Format.HTML, fixture("jsonld.html"))).published());
    }

    @Test
    void htmlWithNoTextFailsWithNoTextAfterCleaning() {
        StageFailure failure = assertThrows(StageFailure.class, () -> stage.apply(raw(Format.HTML,
                "<html><head><script>alert(1)</script></head><body><nav><a href='/'>Home</a></nav></body></html>")));
        assertEquals("document", failure.stage());
        assertEquals("no text after cleaning", failure.reason());
    }

    @Test
    void malformedHtmlDoesNotCrash() {
        Document doc = stage.apply(raw(Format.HTML,
                "<p>Rebels shelled the <b>airport in <i>Goma</p> on Friday, the army said, and troops <div>returned fire"));
        assertTrue(doc.text().contains("Rebels shelled the airport in Goma"), doc.text());
        assertTrue(doc.text().contains("returned fire"), doc.text());
    }

    @Test
    void scrapedTextLosesBoilerplateLinesAndTheRepeatedCapitalisedTitle() {
        Document doc = stage.apply(raw(Format.TEXT, fixture("scraped.txt")));
        assertEquals("Gunmen kill five in Mopti region\n\nBy Staff Reporter\n15 November 2018\n\n"
                + "Gunmen on motorbikes attacked the village of Ogossagou on Thursday, killing five people, the mayor"
                + " said.\n\nThe army sent reinforcements to the area.", doc.text());
        assertEquals(Optional.of("Gunmen kill five in Mopti region"), doc.title());
        assertEquals(Optional.of(LocalDate.of(2018, 11, 15)), doc.published());
    }

    @Test
    void markdownBecomesPlainTextWithFrontMatterTitleAndDate() {
        Document doc = stage.apply(raw(Format.MARKDOWN, fixture("report.md")));
        assertEquals("Forces loyal to Khalifa Haftar clashed with GNA troops south of Tripoli on Sunday.\n\n"
                + "Casualties\n\nPlace; Dead\n\nAin Zara; 4\n\nraw note", doc.text());
        assertEquals(Optional.of("Clashes in Tripoli suburbs"), doc.title());
        assertEquals(Optional.of(LocalDate.of(2019, 4, 7)), doc.published());
    }

    @Test
    void givenTextIsKeptExactlyWithTheSourcesFields() {
        String text = "  Skip to main content\nTwo soldiers were killed in an ambush near Menaka on Monday.  \n";
        RawArticle given = new RawArticle(Optional.of("r7"), "in.jsonl:3", Format.GIVEN, text,
                Optional.of("Ambush"), Optional.of(LocalDate.of(2019, 5, 6)), Optional.of("https://example.org/7"));
        Document doc = stage.apply(given);
        assertEquals(text, doc.text());
        assertEquals("r7", doc.id());
        assertEquals(Optional.of("Ambush"), doc.title());
        assertEquals(Optional.of(LocalDate.of(2019, 5, 6)), doc.published());
        assertEquals(Optional.of("https://example.org/7"), doc.url());
    }

    @Test
    void withoutAnIdTheIdIsTheFirstSixteenHexDigitsOfTheTextsSha256() {
        Document doc = stage.apply(raw(Format.GIVEN, "abc"));
        assertEquals("ba7816bf8f01cfea", doc.id());
    }

    @Test
    void aFrenchReportIsRefusedWithTheLanguageNamed() {
        StageFailure failure = assertThrows(StageFailure.class, () -> stage.apply(raw(Format.TEXT,
                "Des hommes armés ont attaqué le camp militaire de Boulkessi dans la nuit de dimanche à lundi, selon"
                        + " une source sécuritaire. Le bilan est de plusieurs morts parmi les soldats.")));
        assertEquals("document", failure.stage());
        assertEquals("language is French (fr); only English is supported for now", failure.reason());
    }

    @Test
    void blankTextFailsWithNoTextAfterCleaning() {
        StageFailure failure = assertThrows(StageFailure.class,
                () -> stage.apply(raw(Format.TEXT, "Skip to main content\n\nBack to top\n")));
        assertEquals("no text after cleaning", failure.reason());
    }
}
