package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/** Event type rules of the fourth pass on one-line reports written for these tests (real CoreNLP, mini gazetteer). */
class EventTypeRulesIT extends OneLineReports {
    EventTypeRulesIT(PipelineFixture.Loaded fixture) {
        super(fixture, LocalDate.of(2016, 7, 31));
    }

    @Test
    void violenceSomeoneIsAccusedOfIsBackgroundNotTheNews() {
        assertEquals("Arrests", main("Police arrested twelve members of a local militia accused of killings and rapes "
                + "in the province.").subEventType());
        assertEquals("Arrests", main("Two men suspected of planting bombs on a road were arrested by police.")
                .subEventType());
        assertEquals("Grenade", main("A militant was involved in throwing a grenade at a police station.").subEventType());
    }

    @Test
    void theNextViolenceTriggerIsTriedWhenTheFirstIsACharge() {
        assertEquals("Attack", main("Two men accused of involvement in a series of kidnappings and murders were shot "
                + "dead by a militia.").subEventType());
    }

    @Test
    void blowingSomethingUpIsARemoteExplosive() {
        assertEquals("Remote explosive/landmine/IED", main("Militants blew up a bridge near the town on Monday.")
                .subEventType());
    }

    @Test
    void offensivesAndTargetsOfAircraftAreAirStrikes() {
        assertEquals("Air/drone strike", main("In the last two days the air force launched six offensives against "
                + "rebel positions near the town.").subEventType());
        assertEquals("Air/drone strike", main("Army MiG fighters continued to target sites in the southern districts "
                + "of the city on Tuesday.").subEventType());
        assertEquals("Air/drone strike", main("MiG fighters of the army attacked a site south of the town on Sunday.")
                .subEventType());
    }

    @Test
    void targetingWithoutAircraftIsNoAttackOfItsOwn() {
        assertTrue(extract("The United States imposed sanctions targeting two militia leaders.")
                .events().isEmpty());
    }

    @Test
    void soldiersReportedKilledWithoutAnAttackerNamedAreTheVictimsOfABattle() {
        Event e = main("A military convoy came under attack near the town. At least four soldiers killed and two injured.");
        assertEquals("Armed clash", e.subEventType());
        assertEquals(1, e.inter2().orElseThrow());
    }

    @Test
    void anArmedVictimOfAPassiveShootingMakesABattle() {
        assertEquals("Armed clash", main("A soldier was shot dead by troops near the border.").subEventType());
        assertEquals("Attack", main("A soldier was shot dead by gunmen at his home.").subEventType());
    }

    @Test
    void soldiersTakenHostageKeepTheirSideAsActor2() {
        Event e = main("Five soldiers were taken hostage by a self-defence group in the town.");
        assertEquals("Abduction/forced disappearance", e.subEventType());
        assertEquals(1, e.inter2().orElseThrow());
        assertTrue(e.rules().contains("type:armed-personnel-captured"), () -> e.rules().toString());
    }

    @Test
    void violenceToldByAFiniteVerbBeforeAnArrestIsTheMainEvent() {
        assertEquals("Armed clash", main("Government forces repel a rebel attack on the town, at least four dead, "
                + "21 arrested.").subEventType());
        assertEquals("Arrests", main("Police carry out raids and mass arrests of opposition members in the city.")
                .subEventType());
    }

    @Test
    void placesClearedOfAnArmedGroupAndGainsAreTerritoryRegained() {
        Event cleared = main("Nigerian troops cleared the villages of Kirawa and Ngala of Boko Haram fighters.");
        assertEquals("Government regains territory", cleared.subEventType());
        assertEquals("Boko Haram", cleared.actor2().orElseThrow());
        assertEquals("Government regains territory", main("The army made gains in the eastern districts of the city.")
                .subEventType());
        assertEquals("Disrupted weapons use", main("Army engineers cleared the road of mines.").subEventType());
    }

    @Test
    void fightingFollowedByTheGainsOfOneSideIsOneBattleTypedByItsOutcome() {
        Event e = main("Heavy clashes between the army and Islamic State fighters in Sirte. Government forces managed "
                + "to control new locations including the radio station.");
        assertEquals("Government regains territory", e.subEventType());
        assertEquals("Islamic State", e.actor2().orElseThrow());
        assertTrue(e.rules().contains("folded-clash"), () -> e.rules().toString());
    }

    @Test
    void miniProtestsRoadBlocksAndLootersAreDemonstrations() {
        assertEquals("Peaceful protest", main("University students held a mini-protest demanding their allowances.")
                .subEventType());
        assertEquals("Violent demonstration", main("Residents blocked traffic in the town centre on Monday.")
                .subEventType());
        assertEquals("Riots", main("Looters targeted shops in the township belonging to foreigners.").eventType());
    }

    @Test
    void gunmenInMilitaryUniformsAreNotTheMilitary() {
        Event e = main("A minibus was attacked by heavily armed gunmen wearing military uniforms near the village.");
        assertEquals("Attack", e.subEventType());
        assertEquals(37, e.interaction());
    }

    @Test
    void forcesKillingRightAfterAProtestUseExcessiveForceAgainstIt() {
        Event e = main("Students protested against the government at the university. Police forces responded with "
                + "violence, killing four and injuring five.");
        assertEquals("Excessive force against protesters", e.subEventType());
        assertEquals(16, e.interaction());
    }

    @Test
    void armedMenWhoMarchDoNotProtest() {
        assertEquals("Attack", main("Soldiers armed with sticks and rifles marched to the market area and beat people.")
                .subEventType());
    }

    @Test
    void politiciansAndOfficialsAttackedAreCivilians() {
        Event e = main("Political opponents attacked and injured the newly elected mayor in the town.");
        assertEquals("Attack", e.subEventType());
        assertEquals(7, e.inter2().orElseThrow());
    }

    @Test
    void aPoliceRaidThatHurtsNoOneIsASearchNotViolence() {
        assertEquals("Other", main("Police raided the offices of an opposition newspaper and closed it down.")
                .subEventType());
        assertEquals("Arrests", main("Police raided a house in the town and arrested three suspects.").subEventType());
        assertEquals("Armed clash", main("Police raided a militant hideout in the town, killing two.").subEventType());
    }

    @Test
    void clashesBetweenPoliceAndTradersAreARiotAndAnOfficerKilledAtHomeIsACivilian() {
        assertEquals("Violent demonstration", main("Clashes were reported in the city between police and informal "
                + "traders.").subEventType());
        assertEquals("Attack", main("On Monday a police officer was killed after militants stormed his home and "
                + "opened fire against him.").subEventType());
    }

    @Test
    void movingInAndOccupyingWithoutAFightIsANonViolentTransfer() {
        assertEquals("Non-violent transfer of territory", main("Former rebel elements moved into the area and "
                + "occupied a telecom building.").subEventType());
        assertEquals("Non-state actor overtakes territory", main("Rebels captured the town after heavy fighting.")
                .subEventType());
    }

    @Test
    void cadresSmashingWindowsRiotAndVictimsOfAVigilanteGroupFight() {
        assertEquals("Violent demonstration", main("Party cadres reportedly shattered windows of campaign vehicles.")
                .subEventType());
        assertEquals("Armed clash", main("Gunmen killed three people and injured two others belonging to a vigilante "
                + "group.").subEventType());
    }

    @Test
    void anEarlierBlastIsBackgroundAndTakingSomeoneIsNoSeizure() {
        Event e = main("A soldier wounded by an earlier bomb blast was wounded again when an ambulance taking him to "
                + "hospital was ambushed by militants.");
        assertEquals("Armed clash", e.subEventType());
    }

    @Test
    void aStreetNamedAfterAFactoryIsNoMishap() {
        assertEquals("Remote explosive/landmine/IED", main("At least one person was killed in a bomb attack on a "
                + "military convoy along Factory Road.").subEventType());
    }

    @Test
    void violenceTheDayBeforeTheNewsIsBackground() {
        assertEquals("Arrests", main("The day after clashes between rioters and police, security forces used "
                + "tractors to clear the slum. Arrests may have continued into this day.").subEventType());
        assertEquals("Riots", main("The city saw its worst violence in weeks after stone-throwing protesters clashed "
                + "with police.").eventType());
    }

    @Test
    void aKillingReferredBackToComesAfterTheViolenceOfTheNews() {
        assertEquals("Attack", main("After a dispute broke out between two communities, residents went to the village "
                + "with the body of a man that was killed in the clash, burned houses and injured six people.")
                .subEventType());
    }

    @Test
    void anAttackDuringWhichItsPerpetratorsFoughtSoldiersIsABattle() {
        Event e = main("Unidentified gunmen raided a village in the area. During the attack they clashed with "
                + "soldiers who forced them to retreat.");
        assertEquals("Armed clash", e.subEventType());
        assertTrue(e.rules().contains("attack-turned-clash"), () -> e.rules().toString());
    }

    @Test
    void aBaseHandedOverToAForceInThePassiveWasTakenOverByIt() {
        Event e = main("The base was handed over to Somali troops on Monday.");
        assertEquals("Non-violent transfer of territory", e.subEventType());
        assertEquals("Military Forces of Somalia", e.actor1());
    }
}
