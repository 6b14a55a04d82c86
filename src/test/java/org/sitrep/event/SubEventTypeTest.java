package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubEventTypeTest {
    @Test
    void acledHasTwentyFiveSubEventTypesUnderSixEventTypes() {
        assertEquals(25, SubEventType.values().length);
        Map<String, Long> perType = Arrays.stream(SubEventType.values())
                .collect(Collectors.groupingBy(SubEventType::eventType, Collectors.counting()));
        assertEquals(Map.of("Battles", 3L, "Explosions/Remote violence", 6L, "Violence against civilians", 3L,
                "Protests", 3L, "Riots", 2L, "Strategic developments", 8L), perType);
    }

    @Test
    void labelsAreTheCodebooksNames() {
        assertEquals(SubEventType.REMOTE_EXPLOSIVE, SubEventType.byLabel("Remote explosive/landmine/IED").orElseThrow());
        assertEquals(SubEventType.SHELLING, SubEventType.byLabel("Shelling/artillery/missile attack").orElseThrow());
        assertEquals("Political violence; Demonstrations", SubEventType.EXCESSIVE_FORCE.disorderType());
    }
}
