package org.sitrep.eval.events;

import org.sitrep.model.GreatCircle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcledScoreTest {
    @Test
    void interactionIsAnOrderFreePair() {
        assertTrue(AcledScore.samePair(1, 3, 3, 1));
        assertTrue(AcledScore.samePair(6, 0, 6, 0));
        assertFalse(AcledScore.samePair(1, 3, 1, 0));
    }

    @Test
    void admin1NamesAreComparedWithoutAccentsAndAdministrativeWords() {
        assertTrue(AcledScore.sameAdmin("Lusaka Province", "Lusaka"));
        assertTrue(AcledScore.sameAdmin("Équateur", "Equateur"));
        assertFalse(AcledScore.sameAdmin("Borno", "Yobe"));
    }

    @Test
    void distanceIsGreatCircle() {
        double km = GreatCircle.km(0, 0, 0, 1);
        assertTrue(Math.abs(km - 111.2) < 0.5, "one degree of the equator is about 111 km: " + km);
    }
}
