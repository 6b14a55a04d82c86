package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.ResolvedPlace;

/**
 * A source's home region decides namesakes its reports leave implied, and never outweighs what the text says: a
 * fixture of GeoNames-format rows written for this test (made-up ids, rounded figures).
 */
class SourceHomeResolutionTest {
    private static final String LOUISIANA_PAPER = "https://www.example-parish-news.test/news/1";
    private static final String TEXAS_PAPER = "http://example-lamar-county.test/story";

    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Alexandria", "P", "PPLA", "EG", "06", 31.2, 29.92, 4_500_000),
            row(2, "Alexandria", "A", "ADM1", "EG", "06", 30.8, 29.7, 4_500_000),
            row(3, "Paris", "P", "PPLC", "FR", "11", 48.85, 2.35, 2_100_000),
            row(4, "France", "A", "PCLI", "FR", "00", 46.0, 2.0, 67_000_000),
            row(5, "Lyon", "P", "PPLA", "FR", "84", 45.75, 4.85, 500_000),
            row(10, "Alexandria", "P", "PPL", "US", "VA", 38.8, -77.05, 1_000_000),
            row(11, "Arlington", "P", "PPL", "US", "VA", 38.88, -77.1, 230_000),
            row(12, "Fairfax", "P", "PPL", "US", "VA", 38.85, -77.3, 24_000),
            row(20, "Alexandria", "P", "PPL", "US", "LA", 31.31, -92.45, 40_000),
            row(21, "Pineville", "P", "PPL", "US", "LA", 31.32, -92.43, 14_000),
            row(30, "Paris", "P", "PPLA2", "US", "TX", 33.66, -95.56, 25_000),
            row(31, "Paris", "P", "PPL", "US", "TN", 36.3, -88.33, 10_000)),
            "US.VA\tVirginia\tVirginia\t6254924\nUS.LA\tLouisiana\tLouisiana\t4331987\n"
                + "US.TX\tTexas\tTexas\t4736286\nUS.TN\tTennessee\tTennessee\t4662168\n"
                + "EG.06\tAlexandria\tAlexandria\t361046\nFR.11\tIle-de-France\tIle-de-France\t3012874\n"
                + "FR.84\tAuvergne-Rhone-Alpes\tAuvergne-Rhone-Alpes\t11071625\n");

    private static final SourceHomes HOMES = SourceHomes.of(Map.of(
            "example-parish-news.test", new SourceHomes.Home("US", "Louisiana", 5, 6),
            "example-lamar-county.test", new SourceHomes.Home("US", "Texas", 4, 4)));

    @Test
    void aNamesakeTheTextLeavesImpliedIsTheOneInTheSourcesHomeRegion() {
        String text = "An Alexandria woman was charged with arson after a fire destroyed a mobile home.";
        ResolvedPlace home = resolved("Alexandria", text, Optional.of(LOUISIANA_PAPER), "Alexandria");
        assertEquals("Louisiana", home.place().admin1().orElseThrow(), home.toString());
        assertEquals("source-home", home.rule());
        ResolvedPlace noSource = resolved("Alexandria", text, Optional.empty(), "Alexandria");
        assertEquals("EG", noSource.place().countryCode(), "without a source the bigger readings win: " + noSource);
        ResolvedPlace unknownSource = resolved("Alexandria", text, Optional.of("http://elsewhere.test/a"),
                "Alexandria");
        assertEquals("EG", unknownSource.place().countryCode(), unknownSource.toString());
    }

    @Test
    void aForeignReadingGivesWayOnlyWhenTheReportNamesNothingAbroad() {
        ResolvedPlace local = resolved("Paris", "Paris police arrested two men after a chase on Monday.",
                Optional.of(TEXAS_PAPER), "Paris");
        assertEquals("Texas", local.place().admin1().orElseThrow(), local.toString());
        assertEquals("source-home", local.rule());
        ResolvedPlace abroad = resolved("Paris", "The band flew from Paris to Lyon for its last concert.",
                Optional.of(TEXAS_PAPER), "Paris", "Lyon");
        assertEquals("FR", abroad.place().countryCode(), abroad.toString());
        ResolvedPlace named = resolved("Paris", "The mayor of Paris visited schools across France.",
                Optional.of(TEXAS_PAPER), "Paris", "France");
        assertEquals("FR", named.place().countryCode(), named.toString());
    }

    @Test
    void theTextsOwnHomeRegionOutweighsTheSources() {
        ResolvedPlace p = resolved("Alexandria", "Alexandria police and deputies from Arlington and Fairfax searched"
                + " the park.", Optional.of(LOUISIANA_PAPER), "Alexandria", "Arlington", "Fairfax");
        assertEquals("Virginia", p.place().admin1().orElseThrow(), p.toString());
    }

    private static ResolvedPlace resolved(String name, String text, Optional<String> url, String... locations) {
        EntityMention[] entities = new EntityMention[locations.length];
        for (int i = 0; i < locations.length; i++) {
            entities[i] = MiniGazetteer.entity(text, locations[i], "LOCATION");
        }
        Document doc = new Document("test", url, Optional.empty(), Optional.empty(), "en", text);
        AnnotatedText annotated = new AnnotatedText(doc, List.of(), List.of(entities), List.of());
        return MiniGazetteer.only(geo.stage().withSourceHomes(HOMES).resolve(annotated), name);
    }
}
