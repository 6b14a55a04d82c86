package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A location NER cut after an abbreviated leading word ("St." tagged PERSON, "Paul" LOCATION) is the whole name when
 * the gazetteer knows it: a fixture of GeoNames-format rows written for this test (made-up ids, rounded figures).
 */
class LeadingWordTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "St. Paul", "P", "PPLA", "US", "MN", 44.94, -93.09, 300_000),
            row(2, "Paul", "A", "ADM1", "CV", "13", 17.1, -25.05, 7_000),
            row(3, "Mount Pleasant", "P", "PPL", "US", "SC", 32.8, -79.86, 90_000),
            row(4, "Pleasant", "P", "PPL", "US", "OH", 39.9, -82.5, 600)),
            "US.MN\tMinnesota\tMinnesota\t5037779\nCV.13\tPaul\tPaul\t3374333\nUS.SC\tSouth Carolina\tSouth Carolina"
                + "\t4597040\nUS.OH\tOhio\tOhio\t5165418\n");

    @Test
    void anAbbreviatedSaintBeforeANerLocationIsPartOfTheName() {
        String text = "Police in St. Paul arrested a man on Monday.";
        assertEquals(List.of("St. Paul"), geo.names(text, entity(text, "St.", "PERSON"),
                entity(text, "Paul", "LOCATION")));
        assertEquals("US", geo.resolved("St. Paul", text, "Paul").place().countryCode(), "not Paul, Cape Verde");
    }

    @Test
    void aWrittenOutMountIsJoinedOnlyWhenTheLongerNameIsKnown() {
        String known = "Flooding hit Mount Pleasant on Monday.";
        assertEquals(List.of("Mount Pleasant"), geo.names(known, entity(known, "Pleasant", "LOCATION")));
        String unknown = "Flooding hit Fort Pleasant on Monday.";
        assertEquals(List.of("Pleasant"), geo.names(unknown, entity(unknown, "Pleasant", "LOCATION")),
                "no 'Fort Pleasant' in the gazetteer: the location stays as NER found it");
    }
}
