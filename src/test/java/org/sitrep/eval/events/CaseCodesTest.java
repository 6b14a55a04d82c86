package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.event.SubEventType;

class CaseCodesTest {
    @Test
    void everySitrepSubEventTypeHasACaseCode() {
        Arrays.stream(SubEventType.values()).forEach(t ->
                CaseCodes.goldLabel(CaseCodes.predictedLabel(Optional.of(t.label()))));
    }

    @Test
    void nonAcledClassesMeanNoEvent() {
        assertEquals(CaseCodes.NONE, CaseCodes.goldLabel("NATURAL_DISASTER"));
        assertEquals(CaseCodes.NONE, CaseCodes.goldLabel("DIPLO"));
        assertEquals(CaseCodes.NONE, CaseCodes.predictedLabel(Optional.empty()));
        assertEquals("ART_MISS_ATTACK", CaseCodes.predictedLabel(Optional.of("Shelling/artillery/missile attack")));
    }

    @Test
    void unknownCodesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CaseCodes.goldLabel("PICNIC"));
    }
}
