package org.sitrep.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PastDateNormaliserTest {
    private final PastDateNormaliser normaliser = new PastDateNormaliser();
    /** A Thursday. */
    private final Optional<LocalDate> published = Optional.of(LocalDate.of(2018, 11, 15));

    @Test
    void bareSundayIsTheLastSundayBeforePublicationNotTheComingOne() {
        DateMention d = normaliser.find("Fighters entered the town on Sunday.", published).get(0);
        assertEquals(LocalDate.of(2018, 11, 11), d.date());
        assertEquals(1, d.precision());
        assertEquals("on Sunday", d.text());
    }

    @Test
    void weekdayOfPublicationItselfIsThatDay() {
        assertEquals(LocalDate.of(2018, 11, 15), normaliser.find("on Thursday", published).get(0).date());
    }

    @Test
    void monthWithoutYearAfterPublicationIsLastYear() {
        assertEquals(LocalDate.of(2017, 12, 3), normaliser.find("The raid on 3 December killed two.", published).get(0).date());
    }

    @Test
    void lastThreeWeeksIsARangeEndingAtPublication() {
        DateMention d = normaliser.find("Over 200 strikes in the last three weeks hit the area.", published).get(0);
        assertEquals(LocalDate.of(2018, 10, 25), d.date());
        assertEquals(LocalDate.of(2018, 11, 15), d.last());
        assertEquals(3, d.precision());
    }

    @Test
    void yesterdayAndExplicitDatesResolve() {
        List<DateMention> found = normaliser.find("Yesterday's attack followed the clash of November 2, 2018.", published);
        assertEquals(LocalDate.of(2018, 11, 14), found.get(0).date());
        assertEquals(LocalDate.of(2018, 11, 2), found.get(1).date());
    }

    @Test
    void relativeExpressionsNeedAPublicationDate() {
        assertTrue(normaliser.find("on Sunday", Optional.empty()).isEmpty());
        assertEquals(1, normaliser.find("on 2018-11-02", Optional.empty()).size());
    }

    @Test
    void spansCountCodePointsNotUtf16Units() {
        DateMention d = normaliser.find("\uD83D\uDCA5 on Monday", published).get(0);
        assertEquals(2, d.span().start());
    }
}
