package org.sitrep.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelevanceFilterTest {
    private final RelevanceFilter filter = RelevanceFilter.bundled();

    @Test
    void conflictReportsPassWhateverTheWordForm() {
        assertTrue(filter.trigger("Gunmen killed 12 villagers").isPresent());
        assertTrue(filter.trigger("Troops clashed with the militants").isPresent());
        assertTrue(filter.trigger("An airstrike hit the market").isPresent());
        assertTrue(filter.trigger("Hundreds protested in Nairobi").isPresent());
    }

    @Test
    void everydayNewsIsPassedBy() {
        assertEquals(Optional.empty(), filter.trigger("Trade ministers met in Geneva to take stock of tariffs and agreed"
                + " to enter a new round of talks; markets rallied and the March figures were clear."));
    }
}
