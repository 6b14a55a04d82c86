package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.Countries;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;

class ResponsibilityClaimsTest {
    private static final ActorDictionary ACTORS = ActorDictionary.load(Countries.load());
    private final ResponsibilityClaims claims = new ResponsibilityClaims();

    private static EventCandidate bombing() {
        return new EventCandidate(0, SubEventType.REMOTE_EXPLOSIVE, "Unidentified Armed Group (Somalia)",
                Optional.empty(), 3, Optional.of("Civilians (Somalia)"), Optional.of(7), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(5L), Optional.of("killing five"), "asserted", 0.6,
                List.of(new Evidence(new Span(0, 20), "A bomb exploded ...")), List.of("trigger:bomb"), Optional.empty());
    }

    private boolean apply(String sentence, List<EventCandidate> earlier) {
        return claims.apply(sentence, new Span(100, 100 + sentence.length()), ACTORS.find(sentence).stream()
                .map(m -> new org.sitrep.codebook.ActorMention(new Span(m.span().start() + 100, m.span().end() + 100),
                        m.text(), m.actor(), m.rule())).toList(), earlier);
    }

    @Test
    void attributionSentencesAreNoEventsAndNameThePerpetrator() {
        List<EventCandidate> earlier = new ArrayList<>(List.of(bombing()));
        assertTrue(apply("Al-Shabaab took credit for the bombing.", earlier));
        assertEquals("Al-Shabaab", earlier.get(0).actor1());
        assertEquals(2, earlier.get(0).inter1());
        assertTrue(earlier.get(0).rules().contains("actor1:claimed-responsibility"));
        assertTrue(apply("Officials said Iran is responsible for the missile attacks on the oil plant.", new ArrayList<>()));
        assertTrue(apply("The government is blaming Al-Shabaab for the bombing of the hotel.", new ArrayList<>()));
    }

    @Test
    void suspectsBelievedResponsibleOrUnderSuspicionNameThePerpetrator() {
        for (String sentence : List.of("Boko Haram are believed to be responsible.",
                "No group has said it carried out the blasts, but suspicion falls on Boko Haram.",
                "Boko Haram are the suspected perpetrators.")) {
            List<EventCandidate> earlier = new ArrayList<>(List.of(bombing()));
            assertTrue(apply(sentence, earlier), sentence);
            assertEquals("Boko Haram", earlier.get(0).actor1(), sentence);
        }
        assertFalse(apply("Suspected Boko Haram gunmen attacked a convoy near Maiduguri, killing four.", new ArrayList<>()));
    }

    @Test
    void ordinaryViolenceIsNotAnAttribution() {
        assertFalse(apply("Al-Shabaab fighters attacked an army base, killing two soldiers.", new ArrayList<>()));
    }
}
