package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.ResolvedPlace;

/**
 * A country's or foreign city's name read as the town of that name in the region the document's other places lie in,
 * only on strong evidence: a fixture of GeoNames-format rows written for this test (made-up ids, rounded figures).
 */
class HomeRegionTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Palestine", "A", "PCLI", "PS", "00", 31.9, 35.2, 4_500_000),
            row(2, "Gaza", "P", "PPLA", "PS", "01", 31.5, 34.47, 410_000),
            row(3, "Israel", "A", "PCLI", "IL", "00", 31.5, 34.75, 8_000_000),
            row(4, "Dublin", "P", "PPLC", "IE", "L", 53.33, -6.25, 1_000_000),
            row(5, "Ireland", "A", "PCLI", "IE", "00", 53.0, -8.0, 4_900_000),
            row(10, "Palestine", "P", "PPLA2", "US", "TX", 31.76, -95.63, 18_000),
            row(11, "Elkhart", "P", "PPL", "US", "TX", 31.63, -95.58, 1_300),
            row(12, "Grapeland", "P", "PPL", "US", "TX", 31.49, -95.48, 1_500),
            row(13, "Dublin", "P", "PPL", "US", "OH", 40.1, -83.11, 42_000),
            row(14, "Hilliard", "P", "PPL", "US", "OH", 40.03, -83.16, 28_000),
            row(15, "Worthington", "P", "PPL", "US", "OH", 40.09, -83.02, 14_000),
            row(20, "Alexandria", "P", "PPL", "US", "VA", 38.8, -77.05, 1_000_000),
            row(21, "Alexandria", "P", "PPL", "US", "LA", 31.31, -92.45, 40_000),
            row(22, "Boothville", "P", "PPL", "US", "LA", 29.3, -89.4, 800),
            row(23, "Buras", "P", "PPL", "US", "LA", 29.35, -89.5, 900),
            row(24, "Franklin", "P", "PPL", "US", "LA", 29.8, -91.5, 7_000),
            row(25, "Franklin", "P", "PPL", "US", "VA", 36.68, -76.92, 8_000),
            row(30, "Moscow", "P", "PPLC", "RU", "48", 55.75, 37.62, 10_000_000),
            row(31, "Russia", "A", "PCLI", "RU", "00", 60.0, 97.0, 140_000_000),
            row(32, "United States", "A", "PCLI", "US", "00", 39.1, -98.9, 310_000_000),
            row(33, "Pennsylvania", "A", "ADM1", "US", "PA", 40.9, -77.7, 12_000_000),
            row(34, "Moscow", "P", "PPL", "US", "PA", 41.34, -75.52, 2_000),
            row(35, "Scranton", "P", "PPLA2", "US", "PA", 41.41, -75.66, 76_000),
            row(36, "Dalton", "P", "PPL", "US", "PA", 41.53, -75.74, 1_200)),
            "US.TX\tTexas\tTexas\t4736286\nUS.OH\tOhio\tOhio\t5165418\n"
                + "US.VA\tVirginia\tVirginia\t6254924\nUS.LA\tLouisiana\tLouisiana\t4331987\n"
                + "US.PA\tPennsylvania\tPennsylvania\t6254927\nRU.48\tMoscow\tMoscow\t524894\n"
                + "PS.01\tGaza Strip\tGaza Strip\t7303\nIE.L\tLeinster\tLeinster\t7521314\n");

    @Test
    void aCountrysNameAmongTwoTownsOfOneStateIsTheTownThere() {
        ResolvedPlace p = geo.resolved("Palestine", "A man from Elkhart was indicted in Palestine after a chase"
                + " near Grapeland.", "Elkhart", "Palestine", "Grapeland");
        assertEquals("US", p.place().countryCode(), p.toString());
        assertEquals("home-region", p.rule());
    }

    @Test
    void oneTownOfTheStateIsNotEnough() {
        ResolvedPlace p = geo.resolved("Palestine", "A man from Elkhart spoke about Palestine.", "Elkhart",
                "Palestine");
        assertEquals("PS", p.place().countryCode(), p.toString());
    }

    @Test
    void evidenceForTheCountryKeepsTheCountry() {
        ResolvedPlace p = geo.resolved("Palestine", "Students from Elkhart and Grapeland debated Palestine and the"
                + " war in Gaza.", "Elkhart", "Grapeland", "Palestine", "Gaza");
        assertEquals("PS", p.place().countryCode(), p.toString());
    }

    @Test
    void aForeignCapitalsNameAmongSuburbsOfOneStateIsTheSuburb() {
        ResolvedPlace p = geo.resolved("Dublin", "Dublin council members met Hilliard and Worthington officials.",
                "Dublin", "Hilliard", "Worthington");
        assertEquals("US", p.place().countryCode(), p.toString());
        ResolvedPlace abroad = geo.resolved("Dublin", "Dublin council members met Hilliard officials in Ireland.",
                "Dublin", "Hilliard", "Ireland");
        assertEquals("IE", abroad.place().countryCode(), abroad.toString());
    }

    @Test
    void aTownNamesakeInTheStateOfTheOtherPlacesBeatsABiggerOneElsewhere() {
        ResolvedPlace p = geo.resolved("Alexandria", "Crews from Boothville and Buras drove to Alexandria.",
                "Boothville", "Buras", "Alexandria");
        assertEquals(21L, p.place().geonameid(), p.toString());
    }

    @Test
    void oneUnambiguousTownOfAStateMakesItTheHomeOfANamesake() {
        ResolvedPlace p = geo.resolved("Alexandria", "Crews from Boothville drove to Alexandria.", "Boothville",
                "Alexandria");
        assertEquals(21L, p.place().geonameid(), p.toString());
        assertEquals("home-region", p.rule());
    }

    @Test
    void oneTownWithNamesakesInTwoStatesMakesNoHome() {
        ResolvedPlace p = geo.resolved("Alexandria", "Crews from Franklin drove to Alexandria.", "Franklin",
                "Alexandria");
        assertEquals(20L, p.place().geonameid(), "Franklin weighs 1/2 in Louisiana and in Virginia: " + p);
    }

    @Test
    void oneUnambiguousTownGivesNoHomeWhenAnotherCountryWeighsAsMuch() {
        ResolvedPlace p = geo.resolved("Alexandria", "Crews from Boothville drove to Alexandria and Gaza.",
                "Boothville", "Alexandria", "Gaza");
        assertEquals(20L, p.place().geonameid(), p.toString());
    }

    @Test
    void aSmallNamesakeNearbyGivesWayToTheCapitalOfANamedCountry() {
        String s = "Investors from Scranton and Dalton, Pennsylvania, in the United States plan flights to Moscow.";
        ResolvedPlace withoutRussia = geo.resolved("Moscow", s, "Scranton", "Dalton", "Pennsylvania", "United States",
                "Moscow");
        assertEquals(34L, withoutRussia.place().geonameid(), withoutRussia.toString());
        ResolvedPlace withRussia = geo.resolved("Moscow", s + " Russia approved them.", "Scranton", "Dalton",
                "Pennsylvania", "United States", "Moscow", "Russia");
        assertEquals(30L, withRussia.place().geonameid(), withRussia.toString());
        assertEquals("named-country-capital", withRussia.rule());
    }
}
