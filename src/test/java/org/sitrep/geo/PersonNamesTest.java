package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word the report uses as a person's name elsewhere is no place where NER calls it a LOCATION; countries and
 * first-order regions keep their meaning. Hand-written GeoNames rows (made-up ids, rounded figures).
 */
class PersonNamesTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Taylor", "P", "PPL", "US", "TX", 30.57, -97.41, 16_000),
            row(2, "Flores", "P", "PPL", "GT", "17", 16.93, -89.89, 38_000),
            row(3, "Egypt", "A", "PCLI", "EG", "00", 27.0, 30.0, 100_000_000),
            row(4, "Anderson County", "A", "ADM2", "US", "TX", "001", 31.81, -95.65, 58_000)),
            "");

    @Test
    void aSurnameNextToAFirstNameIsNoPlaceAnywhereInTheReport() {
        String s = "Anderson County Sheriff Greg Taylor spoke on Wednesday. Taylor said nothing new had been found.";
        assertEquals(List.of("Anderson"), geo.names(s, entity(s, "Anderson County", "LOCATION"),
                entity(s, "Greg", "PERSON"), entity(s, "Taylor", "LOCATION"),
                entity(s, "Taylor", "LOCATION", s.lastIndexOf("Taylor"))));
    }

    @Test
    void aNameBeforeAnAgeIsAPerson() {
        String s = "Flores, 26, had just left the Army. Police said Flores was shot in the parking lot.";
        assertEquals(Set.of("Flores"), PersonNames.in(s, List.of()));
        assertEquals(List.of(), geo.names(s, entity(s, "Flores", "LOCATION"),
                entity(s, "Flores", "LOCATION", s.lastIndexOf("Flores"))));
    }

    @Test
    void aCountryNextToAPersonStaysTheCountryElsewhere() {
        String s = "Egypt Mubarak said the talks would go on in Egypt.";
        assertEquals(Set.of("Egypt"), PersonNames.in(s, List.of(entity(s, "Mubarak", "PERSON"))));
        // the mention next to the person is part of the name (NerLocationFilter); the later one stays the country
        assertEquals(List.of("Egypt"), geo.names(s, entity(s, "Egypt", "LOCATION"),
                entity(s, "Mubarak", "PERSON"), entity(s, "Egypt", "LOCATION", s.lastIndexOf("Egypt"))));
    }

    @Test
    void aNameBeforeDayIsAHolidayNotAPlace() {
        String s = "Safety is stressed on St. Patrick's Day and at the Taylor Day Dinner in Taylor.";
        assertEquals(List.of("Taylor"), geo.names(s, entity(s, "Patrick", "LOCATION"), entity(s, "Taylor", "LOCATION"),
                entity(s, "Taylor", "LOCATION", s.lastIndexOf("Taylor"))));
    }
}
