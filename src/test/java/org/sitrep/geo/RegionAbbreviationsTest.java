package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionAbbreviationsTest {
    private final RegionAbbreviations table = RegionAbbreviations.standard();

    private List<String> regions(String text) {
        return table.findIn(text).stream().map(f -> f.entry().region()).toList();
    }

    @Test
    void aDottedStateAbbreviationAfterATownAndACommaIsTheState() {
        assertEquals(List.of("Louisiana"), regions("Chiquita Henry, 19, of Alexandria, La., was arrested."));
        assertEquals(List.of("West Virginia", "Kansas"), regions("from Wheeling, W.Va., to Kansas City, Kan."));
    }

    @Test
    void ambiguousAbbreviationsNeedTheCommaContext() {
        assertEquals(List.of(), regions("La. is short for Louisiana. Mo. Smith spoke. IN 2009 OR later."));
        assertEquals(List.of("Indiana"), regions("He lives in Paris, IN with his family."));
    }

    @Test
    void distinctiveAbbreviationsStandAnywhere() {
        assertEquals(List.of("New South Wales", "District of Columbia"),
                regions("NSW Health said cases rose; officials in D.C. agreed."));
    }

    @Test
    void theEntryKnowsItsCountry() {
        assertEquals("CA", table.of("B.C.").orElseThrow().countryCode());
        assertEquals("US", table.of("Kan").orElseThrow().countryCode(), "NER may leave the dot out");
        assertTrue(table.of("Xy.").isEmpty());
    }
}
