package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactualityClassifierTest {
    private final FactualityClassifier classifier = new FactualityClassifier();

    @Test
    void plainStatementIsAsserted() {
        assertEquals("asserted", classifier.classify("Troops captured the town on Sunday."));
    }

    @Test
    void attributionIsReported() {
        assertEquals("reported", classifier.classify("Troops captured the town, according to state media."));
    }

    @Test
    void hedgeWinsOverAttribution() {
        assertEquals("possible", classifier.classify("Officials said troops may have captured the town."));
        assertEquals("possible", classifier.classify("The strike has not been independently verified."));
        assertEquals("possible", classifier.classify("There was no official confirmation of the attack."));
    }

    @Test
    void theMonthMayIsNotAHedge() {
        assertEquals("asserted", classifier.classify("Troops captured the town on 5 May."));
    }

    @Test
    void suspectedPerpetratorsDoNotHedgeTheEvent() {
        assertEquals("asserted", classifier.classify("Suspected militants attacked the village."));
    }

    @Test
    void denialIsDenied() {
        assertEquals("denied", classifier.classify("The army denied shelling the village."));
    }
}
