package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sitrep.event.SubEventType;

class AcledOldTypesTest {
    private static String old(SubEventType t) {
        return AcledOldTypes.of(t.eventType(), t.label());
    }

    @Test
    void battlesSplitByTerritoryOutcome() {
        assertEquals("Battle-No change of territory", old(SubEventType.ARMED_CLASH));
        assertEquals("Battle-Government regains territory", old(SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertEquals("Battle-Non-state actor overtakes territory", old(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void explosionsAreRemoteViolenceAndDemonstrationsAreRiotsProtests() {
        assertEquals("Remote violence", old(SubEventType.SUICIDE_BOMB));
        assertEquals("Remote violence", old(SubEventType.GRENADE));
        assertEquals("Riots/Protests", old(SubEventType.VIOLENT_DEMONSTRATION));
        assertEquals("Riots/Protests", old(SubEventType.PROTEST_WITH_INTERVENTION));
        assertEquals("Violence against civilians", old(SubEventType.ABDUCTION));
    }

    @Test
    void suicideBombsAndGrenadesWereCodedByTheirTargetSinceTheAttackerIsPresent() {
        String suicide = SubEventType.SUICIDE_BOMB.label();
        String grenade = SubEventType.GRENADE.label();
        String explosions = SubEventType.GRENADE.eventType();
        assertEquals("Violence against civilians", AcledOldTypes.of(explosions, suicide, 7));
        assertEquals("Battle-No change of territory", AcledOldTypes.of(explosions, grenade, 1));
        assertEquals("Battle-No change of territory", AcledOldTypes.of(explosions, suicide, 8));
        assertEquals("Remote violence", AcledOldTypes.of(explosions, grenade, 0));
        assertEquals("Remote violence", AcledOldTypes.of(explosions, SubEventType.REMOTE_EXPLOSIVE.label(), 1));
        assertEquals("Remote violence", AcledOldTypes.of(explosions, SubEventType.SHELLING.label(), 7));
    }

    @Test
    void armedPersonnelTakenCaptiveWereABattle() {
        String abduction = SubEventType.ABDUCTION.label();
        String vac = SubEventType.ABDUCTION.eventType();
        assertEquals("Battle-No change of territory", AcledOldTypes.of(vac, abduction, 1));
        assertEquals("Violence against civilians", AcledOldTypes.of(vac, abduction, 7));
    }

    @Test
    void mobViolenceAndExcessiveForceWereViolenceAgainstCivilians() {
        assertEquals("Violence against civilians", old(SubEventType.MOB_VIOLENCE));
        assertEquals("Violence against civilians", old(SubEventType.EXCESSIVE_FORCE));
    }

    @Test
    void strategicDevelopmentsKeepTransfersAndBasesApart() {
        assertEquals("Non-violent transfer of territory", old(SubEventType.NON_VIOLENT_TRANSFER));
        assertEquals("Headquarters or base established", old(SubEventType.HEADQUARTERS_ESTABLISHED));
        assertEquals("Strategic development", old(SubEventType.ARRESTS));
    }
}
