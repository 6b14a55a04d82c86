package org.sitrep.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.event.codebook.TriggerClass;

class SubEventDecisionTest {
    private static final Optional<ActorEntry> GUNMEN = actor("Unidentified Armed Group", 3);
    private static final Optional<ActorEntry> ARMY = actor("Military Forces of Mali", 1);
    private static final Optional<ActorEntry> REBELS = actor("Rebels", 2);
    private final SubEventDecision decision = new SubEventDecision();

    private static Optional<ActorEntry> actor(String name, int inter) {
        return Optional.of(new ActorEntry(name, inter, Optional.empty(), List.of(name.toLowerCase()), false));
    }

    private Optional<SubEventType> type(TriggerClass c, String sentence, String after, Optional<ActorEntry> agent,
                                        Optional<ActorEntry> patient, boolean place, boolean killed) {
        return decision.decide(c, sentence, after, agent, patient, place, killed).map(SubEventDecision.Decision::type);
    }

    @Test
    void violenceWithNoArmedTargetIsAnAttackNotABattle() {
        assertEquals(SubEventType.ATTACK, type(TriggerClass.KILL, "gunmen killed a priest", "killed a priest",
                GUNMEN, Optional.empty(), false, true).orElseThrow());
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.ATTACK, "gunmen attacked an army checkpoint",
                "attacked an army checkpoint", GUNMEN, Optional.empty(), false, false).orElseThrow());
    }

    @Test
    void aClashOfUnnamedSidesIsStillABattle() {
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.CLASH, "clan fighting left eight dead",
                "fighting left eight dead", Optional.empty(), Optional.empty(), false, true).orElseThrow());
    }

    @Test
    void deathsInDisastersAreNoConflictEvent() {
        assertTrue(type(TriggerClass.KILL, "the earthquake killed 40 people", "killed 40 people", Optional.empty(),
                Optional.empty(), false, true).isEmpty());
        assertTrue(type(TriggerClass.IED, "a gas cylinder explosion at a factory", "explosion at a factory",
                Optional.empty(), Optional.empty(), false, false).isEmpty());
    }

    @Test
    void seizedWeaponsAreDisruptedWeaponsUseAndTownsTakenWithoutAFightAreTransfers() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, type(TriggerClass.TERRITORY, "police seized nine pistols",
                "seized nine pistols", actor("Police", 1), Optional.empty(), false, false).orElseThrow());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, type(TriggerClass.TERRITORY,
                "rebels entered the town without resistance after troops withdrew", "entered the town",
                REBELS, Optional.empty(), true, false).orElseThrow());
    }

    @Test
    void basesNeedABaseAndBombsFromAircraftAreAirStrikes() {
        assertEquals(SubEventType.HEADQUARTERS_ESTABLISHED, type(TriggerClass.BASE, "troops set up a new observation post",
                "set up a new observation post", ARMY, Optional.empty(), false, false).orElseThrow());
        assertTrue(type(TriggerClass.BASE, "they set up a committee", "set up a committee", ARMY, Optional.empty(),
                false, false).isEmpty());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, type(TriggerClass.IED, "the air force bombed the camp",
                "bombed the camp", ARMY, Optional.empty(), false, false).orElseThrow());
    }

    @Test
    void forcesFiringLiveRoundsOnProtestersIsExcessiveForce() {
        assertEquals(SubEventType.EXCESSIVE_FORCE, type(TriggerClass.PROTEST,
                "police opened fire on protesters", "protesters", Optional.empty(), Optional.empty(), false, false)
                .orElseThrow());
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type(TriggerClass.PROTEST,
                "protesters threw stones and set tyres on fire", "protesters", Optional.empty(), Optional.empty(),
                false, false).orElseThrow());
    }

    private static final Optional<ActorEntry> TRADERS = actor("Civilians", 7);
    private static final Optional<ActorEntry> POLICE = actor("Police Forces of Mali", 1);

    @Test
    void attacksByAircraftAreAirStrikes() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, type(TriggerClass.ATTACK,
                "the air force launched attacks on rebel positions, killing 12", "attacks on rebel positions, killing 12",
                ARMY, REBELS, false, true).orElseThrow());
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.CLASH, "jets flew over as troops clashed with rebels",
                "clashed with rebels", ARMY, REBELS, false, false).orElseThrow());
    }

    @Test
    void clashesOfPoliticalRivalsAndOfPoliceWithACrowdAreRiots() {
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type(TriggerClass.CLASH,
                "after the disputed election, opposing political groups clashed", "clashed", Optional.empty(),
                Optional.empty(), false, false).orElseThrow());
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type(TriggerClass.CLASH, "police clashed with street traders",
                "clashed with street traders", POLICE, TRADERS, false, false).orElseThrow());
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.CLASH, "police clashed with herders over cattle",
                "clashed with herders over cattle", POLICE, TRADERS, false, false).orElseThrow(),
                "communal violence stays a battle");
        assertEquals(SubEventType.ARMED_CLASH, decision.decide(TriggerClass.CLASH, "troops clashed, killing people",
                "clashed, killing people", ARMY, TRADERS, false, true, false).orElseThrow().type(),
                "victims named in the sentence are not the other side");
    }

    @Test
    void securityPersonnelAttackedAtHomeAreCiviliansAndLivestockIsNoTerritory() {
        assertEquals(SubEventType.ATTACK, type(TriggerClass.KILL, "gunmen killed a police officer outside his home",
                "killed a police officer outside his home", GUNMEN, POLICE, false, true).orElseThrow());
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.KILL, "gunmen killed a police officer at a checkpoint",
                "killed a police officer at a checkpoint", GUNMEN, POLICE, false, true).orElseThrow());
        assertTrue(type(TriggerClass.TERRITORY, "raiders took cattle from the village", "took cattle from the village",
                GUNMEN, Optional.empty(), true, false).isEmpty());
    }

    private Optional<SubEventType> protest(String sentence) {
        return type(TriggerClass.PROTEST, sentence, sentence, Optional.empty(), Optional.empty(), false, false);
    }

    @Test
    void protestsAgainstViolenceArePeacefulAndForcibleDispersalIsAnIntervention() {
        assertEquals(SubEventType.PEACEFUL_PROTEST, protest("thousands marched to protest against gun violence").orElseThrow());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                protest("soldiers broke up the sit-in after the violent dispersal of the protest in the capital").orElseThrow());
        assertEquals(SubEventType.EXCESSIVE_FORCE,
                protest("dozens were injured as police fired tear gas to disperse the protesters").orElseThrow());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                protest("police fired tear gas to disperse the protesters").orElseThrow());
    }

    @Test
    void arrestsOrBeatingsAreAnInterventionOnlyWhenTheyHappenAtTheProtest() {
        assertEquals(SubEventType.PEACEFUL_PROTEST,
                protest("artists rallied to call for the release of a journalist detained last week").orElseThrow());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                protest("several activists were detained during unsanctioned protests in two cities").orElseThrow());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                protest("police arrested 30 people as workers protested outside the factory").orElseThrow());
    }

    @Test
    void ordinaryCrimeArrestsCyberAttacksAndPoliceEnteringAreNoConflictEvents() {
        assertTrue(type(TriggerClass.ARREST, "police arrested ten persons and recovered counterfeit notes",
                "arrested ten persons and recovered counterfeit notes", POLICE, Optional.empty(), false, false).isEmpty());
        assertEquals(SubEventType.ARRESTS, type(TriggerClass.ARREST, "police arrested ten opposition activists",
                "arrested ten opposition activists", POLICE, Optional.empty(), false, false).orElseThrow());
        assertTrue(type(TriggerClass.ATTACK, "a man who attacked the campaign website was identified",
                "attacked the campaign website", GUNMEN, Optional.empty(), false, false).isEmpty());
        assertTrue(type(TriggerClass.TERRITORY_WEAK, "police entered the house", "entered the house", POLICE,
                Optional.empty(), true, false).isEmpty());
    }

    @Test
    void massGravesAreOtherDevelopmentsAndEnteringUnopposedIsANonViolentTransfer() {
        assertEquals(SubEventType.OTHER, type(TriggerClass.MASS_GRAVE, "a mass grave was found near the town",
                "mass grave was found near the town", Optional.empty(), Optional.empty(), false, false).orElseThrow());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER, type(TriggerClass.TERRITORY_WEAK,
                "the rebels entered the town and met no resistance", "entered the town and met no resistance", REBELS,
                Optional.empty(), true, false).orElseThrow());
    }

    @Test
    void chasingProtestersIsAnInterventionAndADeadlyCrackdownExcessiveForce() {
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                protest("riot police chase demonstrators during anti-government protests").orElseThrow());
        assertEquals(SubEventType.EXCESSIVE_FORCE,
                protest("the authorities stepped up their violent crackdown on peaceful demonstrators").orElseThrow());
    }

    @Test
    void missilesFromAircraftAreAirStrikesAndARiverBarrageIsNoShelling() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, type(TriggerClass.SHELLING,
                "two missiles were fired by israeli jets on targets near the border", "missiles were fired by israeli jets",
                Optional.empty(), Optional.empty(), false, false).orElseThrow());
        assertTrue(type(TriggerClass.SHELLING, "heavy rainfall led to the discharge of water from the barrage, flooding "
                + "villages", "barrage, flooding villages", Optional.empty(), Optional.empty(), false, false).isEmpty());
        assertEquals(SubEventType.SHELLING, type(TriggerClass.SHELLING,
                "rebels fired rockets that hit fuel tanks at the airport", "rockets that hit fuel tanks at the airport",
                REBELS, Optional.empty(), false, false).orElseThrow());
    }

    @Test
    void aCampOfDisplacedPeopleIsNoMilitaryTarget() {
        assertEquals(SubEventType.ATTACK, type(TriggerClass.KILL, "gunmen kill one and injure two displaced in otash camp",
                "kill one and injure two displaced in otash camp", GUNMEN, Optional.empty(), false, true).orElseThrow());
        assertEquals(SubEventType.ARMED_CLASH, type(TriggerClass.KILL, "gunmen kill two soldiers at the army camp",
                "kill two soldiers at the army camp", GUNMEN, Optional.empty(), false, true).orElseThrow());
    }

    @Test
    void attacksOnPropertyWithNoTollArePropertyDestruction() {
        assertEquals(SubEventType.LOOTING, type(TriggerClass.ATTACK, "the attacks on properties of traders continued",
                "attacks on properties of traders continued", Optional.empty(), Optional.empty(), false, false)
                .orElseThrow());
        assertEquals(SubEventType.ATTACK, type(TriggerClass.ATTACK, "the attacks on houses killed five villagers",
                "attacks on houses killed five villagers", Optional.empty(), Optional.empty(), false, true).orElseThrow());
        assertEquals(SubEventType.ATTACK, type(TriggerClass.ATTACK, "gunmen attacked villagers in their homes",
                "attacked villagers in their homes", GUNMEN, Optional.empty(), false, false).orElseThrow());
    }
}
