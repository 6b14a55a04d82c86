package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProtestDecisionTest {
    private static SubEventType type(String sentence) {
        return ProtestDecision.decide(sentence.toLowerCase(java.util.Locale.ROOT), false).orElseThrow().type();
    }

    @Test
    void blockingANamedRouteOrVehiclesIsAViolentDemonstration() {
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type("Farmers protested in the town and blocked the national route 4."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type("Protesters blocked the Lagos-Ibadan highway for hours."));
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type("Residents protested and blocked vehicles at the junction."));
        assertEquals(SubEventType.PEACEFUL_PROTEST, type("Residents protested over the route of the new road."));
        assertEquals(SubEventType.PEACEFUL_PROTEST, type("Hawkers protested outside the road agency."));
    }
}
