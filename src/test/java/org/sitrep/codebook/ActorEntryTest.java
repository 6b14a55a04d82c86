package org.sitrep.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorEntryTest {
    private static final Country MALI =
            new Country("ML", "MLI", 466, "Mali", List.of(), List.of("Malian"), "Western Africa");

    @Test
    void nameForFillsTheEventCountryIntoAGenericTemplate() {
        ActorEntry rebels = new ActorEntry("Unidentified Rebel Group ({country})", 2, Optional.empty(), List.of(), true);
        assertEquals("Unidentified Rebel Group (Mali)", rebels.nameFor(Optional.of(MALI)));
    }

    @Test
    void nameForWithoutACountryDropsTheParenthesisOrTheOf() {
        assertEquals("Civilians",
                new ActorEntry("Civilians ({country})", 7, Optional.empty(), List.of(), true).nameFor(Optional.empty()));
        assertEquals("Police Forces",
                new ActorEntry("Police Forces of {country}", 1, Optional.empty(), List.of(), true)
                        .nameFor(Optional.empty()));
    }

    @Test
    void aNamedActorKeepsItsNameWhateverTheEventCountry() {
        ActorEntry jnim = new ActorEntry("JNIM", 2, Optional.of("ML"), List.of("GSIM"), false);
        assertEquals("JNIM", jnim.nameFor(Optional.of(MALI)));
        assertEquals("JNIM", jnim.nameFor(Optional.empty()));
    }

    @Test
    void aGenericFlagWithoutThePlaceholderIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActorEntry("Gunmen", 3, Optional.empty(), List.of(), true));
    }

    @Test
    void aGenericActorCannotHaveItsOwnCountry() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActorEntry("Rioters ({country})", 5, Optional.of("ML"), List.of(), true));
    }

    @Test
    void interCodesOutsideOneToEightAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActorEntry("Hamas", 9, Optional.of("PS"), List.of(), false));
        assertThrows(IllegalArgumentException.class,
                () -> new ActorEntry("Hamas", 0, Optional.of("PS"), List.of(), false));
    }
}
