package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

class EventCandidateTest {
    private static final EventCandidate CLASH = new EventCandidate(2, SubEventType.ARMED_CLASH,
            "Unidentified Armed Group (Mali)", Optional.empty(), 3, Optional.of("Military Forces of Mali"),
            Optional.of(1), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 5)), Optional.of(1),
            Optional.empty(), Optional.empty(), "asserted", 0.6,
            List.of(new Evidence(new Span(0, 10), "Gunmen ...")), List.of("trigger:clash"), Optional.empty());

    @Test
    void eachCopyReplacesOnlyItsOwnFields() {
        EventCandidate named = CLASH.withActor1("JNIM", 2, Optional.empty());
        assertEquals(new EventCandidate(2, SubEventType.ARMED_CLASH, "JNIM", Optional.empty(), 2,
                CLASH.actor2(), CLASH.inter2(), CLASH.place(), CLASH.date(), CLASH.timePrecision(), CLASH.fatalities(),
                CLASH.fatalitiesText(), "asserted", 0.6, CLASH.evidence(), CLASH.rules(), Optional.empty()), named);
        EventCandidate tolled = CLASH.withToll(4, "four soldiers");
        assertEquals(Optional.of(4L), tolled.fatalities());
        assertEquals(Optional.of("four soldiers"), tolled.fatalitiesText());
        assertEquals(List.of("trigger:clash", "fatalities:following-sentence"), tolled.rules());
        assertEquals(CLASH.withFatalities(Optional.of(4L), Optional.of("four soldiers")).withRules(tolled.rules()), tolled);
        assertEquals(CLASH, CLASH.withSentence(7).withSentence(2).withFactuality("possible").withFactuality("asserted"));
    }
}
