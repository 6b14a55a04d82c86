package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassScoresTest {
    @Test
    void weightedF1WeighsEachGoldClassByItsSupport() {
        ClassScores s = new ClassScores();
        s.add("A", "A");
        s.add("A", "A");
        s.add("A", "B");
        s.add("B", "B");
        // A: P 1, R 2/3, F1 .8; B: P .5, R 1, F1 2/3; weighted (3*.8 + 1*2/3)/4
        assertEquals(0.8, s.f1("A"), 1e-9);
        assertEquals(2.0 / 3, s.f1("B"), 1e-9);
        assertEquals((3 * 0.8 + 2.0 / 3) / 4, s.weightedF1(), 1e-9);
        assertEquals(0.75, s.accuracy(), 1e-9);
    }

    @Test
    void aPredictedClassWithoutGoldItemsLowersPrecisionButIsNotAveraged() {
        ClassScores s = new ClassScores();
        s.add("A", "C");
        s.add("A", "A");
        assertEquals(0, s.support("C"));
        assertEquals(2.0 / 3, s.weightedF1(), 1e-9);
    }
}
