package org.sitrep.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private static final Countries COUNTRIES = Countries.load();
    private static final String HEADER = "iso2\tiso3\tiso_numeric\tname\taliases\tdemonyms\tregion\n";

    @Test
    void everyIsoCountryAndKosovoIsListed() {
        assertEquals(250, COUNTRIES.all().size());
        assertEquals("Kosovo", COUNTRIES.byIso2("XK").orElseThrow().name());
    }

    @Test
    void everyCountryHasIsoNumericAndRegion() {
        for (Country country : COUNTRIES.all()) {
            if (!country.iso2().equals("XK")) {
                assertTrue(country.isoNumeric() > 0, country.name());
            }
            assertTrue(Country.REGIONS.contains(country.region()), country.name());
        }
    }

    @Test
    void syriaIsIso760InTheMiddleEast() {
        Country syria = COUNTRIES.byIso2("sy").orElseThrow();
        assertEquals("Syria", syria.name());
        assertEquals("SYR", syria.iso3());
        assertEquals(760, syria.isoNumeric());
        assertEquals("Middle East", syria.region());
    }

    @Test
    void namesFollowAcledConventions() {
        assertEquals("Democratic Republic of Congo", COUNTRIES.byIso2("CD").orElseThrow().name());
        assertEquals("Republic of Congo", COUNTRIES.byIso2("CG").orElseThrow().name());
        assertEquals("Ivory Coast", COUNTRIES.byIso2("CI").orElseThrow().name());
        assertEquals("Russia", COUNTRIES.byIso2("RU").orElseThrow().name());
        assertEquals("Iran", COUNTRIES.byIso2("IR").orElseThrow().name());
        assertEquals("South Korea", COUNTRIES.byIso2("KR").orElseThrow().name());
        assertEquals("Palestine", COUNTRIES.byIso2("PS").orElseThrow().name());
    }

    @Test
    void aliasesResolveIgnoringCaseAccentsAndPunctuation() {
        assertEquals("CD", COUNTRIES.byName("DRC").orElseThrow().iso2());
        assertEquals("CD", COUNTRIES.byName("dr congo").orElseThrow().iso2());
        assertEquals("CD", COUNTRIES.byName("Congo-Kinshasa").orElseThrow().iso2());
        assertEquals("CG", COUNTRIES.byName("Congo Brazzaville").orElseThrow().iso2());
        assertEquals("CI", COUNTRIES.byName("Côte d’Ivoire").orElseThrow().iso2());
        assertEquals("GM", COUNTRIES.byName("The Gambia").orElseThrow().iso2());
        assertEquals("MM", COUNTRIES.byName("Burma").orElseThrow().iso2());
        assertEquals("TR", COUNTRIES.byName("Türkiye").orElseThrow().iso2());
        assertFalse(COUNTRIES.byName("Narnia").isPresent());
    }

    @Test
    void demonymsResolveToTheirCountry() {
        assertEquals("AF", COUNTRIES.byDemonym("Afghani").orElseThrow().iso2());
        assertEquals("BF", COUNTRIES.byDemonym("Burkinabé").orElseThrow().iso2());
        assertEquals("BF", COUNTRIES.byDemonym("burkinabe").orElseThrow().iso2());
        assertEquals("SO", COUNTRIES.byDemonym("Somalian").orElseThrow().iso2());
        assertEquals("NE", COUNTRIES.byDemonym("Nigerien").orElseThrow().iso2());
        assertEquals("NG", COUNTRIES.byDemonym("Nigerian").orElseThrow().iso2());
        assertEquals("PS", COUNTRIES.byDemonym("Palestinian").orElseThrow().iso2());
    }

    @Test
    void malformedCountryLineNamesFileAndLine() {
        String text = HEADER + "# comment\nSY\tSYR\t760\tSyria\t\tSyrian\tMiddle East\nIQ\tIRQ\tx\tIraq\t\tIraqi\tMiddle East\n";
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> Countries.parse(new StringReader(text), "test.tsv"));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("test.tsv:4:"), e.getMessage());
    }

    @Test
    void unknownRegionIsRejectedWithItsLine() {
        String text = HEADER + "SY\tSYR\t760\tSyria\t\tSyrian\tLevant\n";
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> Countries.parse(new StringReader(text), "test.tsv"));
        assertEquals(2, e.line());
    }

    @Test
    void aDemonymClaimedByTwoCountriesIsRejected() {
        String text = HEADER + "CD\tCOD\t180\tDRC\t\tCongolese\tMiddle Africa\n"
                + "CG\tCOG\t178\tCongo\t\tCongolese\tMiddle Africa\n";
        CodebookFormatException e = assertThrows(CodebookFormatException.class,
                () -> Countries.parse(new StringReader(text), "test.tsv"));
        assertEquals(3, e.line());
    }
}
