package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/** Coding rules of the event stage on one-line reports written for these tests (real CoreNLP, mini gazetteer). */
class EventCodingRulesIT extends OneLineReports {
    EventCodingRulesIT(PipelineFixture.Loaded fixture) {
        super(fixture, LocalDate.of(2016, 7, 31));
    }

    @Test
    void foreignForcesFightingARebelGroupOfAnotherCountryAreExternalEvenWithoutAPlace() {
        Event e = main("Kenyan forces repelled an al-Shabaab attack after hours of heavy fighting.");
        assertEquals("Armed clash", e.subEventType());
        assertEquals(28, e.interaction());
    }

    @Test
    void aMilitiaNamedAfterAPeopleIsAnIdentityMilitia() {
        Event e = main("Abala militia attacked the village, killing five residents.");
        assertEquals("Attack", e.subEventType());
        assertEquals(47, e.interaction());
        assertEquals(5L, e.fatalities().orElseThrow());
    }

    @Test
    void expulsionsFromAreasAreTerritoryRegainedByTheOtherSide() {
        Event pushed = main("The Islamic State militants were pushed back from the surrounding areas of the Syrian army's positions.");
        assertEquals("Government regains territory", pushed.subEventType());
        assertEquals("Military Forces of Syria", pushed.actor1());
        Event driven = main("Nigerian troops drove the Boko Haram fighters out of several villages.");
        assertEquals("Government regains territory", driven.subEventType());
        assertEquals("Boko Haram", driven.actor2().orElseThrow());
    }

    @Test
    void lootingToldBesideAttacksThatMakeNoEventIsPropertyDestruction() {
        assertEquals("Looting/property destruction",
                main("Xenophobic attacks continued on Monday, when 20 foreign-owned shops were looted.").subEventType());
    }

    @Test
    void casualtiesReportedWithoutANumberCountTen() {
        Event e = main("Somali government forces clashed with al-Shabaab fighters. Casualties reported, numbers not known.");
        assertEquals(10L, e.fatalities().orElseThrow());
    }

    @Test
    void aTollPointingBackAtTheFightingCountsTheEarlierEventEvenWhenItsSentenceCodesOne() {
        Extraction x = extract("Nigerian troops clashed with Boko Haram fighters near the border. "
                + "At least nine soldiers were killed in the fighting, and the militants later attacked a checkpoint.");
        assertTrue(x.events().size() >= 1);
        Event first = x.events().get(0);
        assertEquals("Armed clash", first.subEventType());
        assertEquals(9L, first.fatalities().orElseThrow());
        assertTrue(first.rules().contains("fatalities:toll-pointing-back"), () -> first.rules().toString());
        Event unrelated = main("Nigerian troops clashed with Boko Haram fighters near the border. "
                + "Gunmen later killed two farmers in another village.");
        assertTrue(unrelated.fatalities().isEmpty(), () -> "took a toll of its own event: " + unrelated.fatalities());
    }

    @Test
    void massFlightToldFirstIsAnOtherDevelopmentButFlightAfterViolenceIsItsConsequence() {
        assertEquals("Other", main("Some 7,000 people have fled from villages around the town because of "
                + "Boko Haram attacks, the agency said.").subEventType());
        assertEquals("Attack", main("Gunmen killed five villagers and thousands of residents have fled.").subEventType());
        Extraction few = extract("The two suspects have fled from the town.");
        assertTrue(few.events().isEmpty(), () -> "flight of a few is no development: " + few.events());
    }

    @Test
    void aTerritoryChangeFollowedByTheOtherSidesWithdrawalIsANonViolentTransfer() {
        Event quiet = main("Al-Shabaab militants have taken control of Jawhar. "
                + "The militants entered the town following the withdrawal of government forces.");
        assertEquals("Non-violent transfer of territory", quiet.subEventType());
        assertTrue(quiet.rules().contains("withdrawal-in-next-sentence"), () -> quiet.rules().toString());
        Event fought = main("Al-Shabaab militants have taken control of Jawhar. "
                + "Government forces withdrew after heavy fighting.");
        assertEquals("Non-state actor overtakes territory", fought.subEventType());
    }

    @Test
    void shellsTheNextSentenceSaysCarriedPoisonGasAreAChemicalWeapon() {
        Event gas = main("Rebels fired shells into two districts of Mosul on Monday. "
                + "Doctors suspect the shells contained poisonous gas.");
        assertEquals("Chemical weapon", gas.subEventType());
        assertTrue(gas.rules().contains("chemical-load-in-next-sentence"), () -> gas.rules().toString());
        assertEquals("Shelling/artillery/missile attack", main("Rebels fired shells into two districts of Mosul on "
                + "Monday. Doctors treated the wounded.").subEventType());
    }

    @Test
    void policeKilledAtHomeAreCiviliansAndPoliceClashingWithTradersIsARiot() {
        Event home = main("Two police officers were killed inside their homes by gunmen.");
        assertEquals("Attack", home.subEventType());
        assertEquals(37, home.interaction());
        Event riot = main("Police clashed with street traders after the market was closed.");
        assertEquals("Violent demonstration", riot.subEventType());
        assertEquals(15, riot.interaction());
    }

    @Test
    void aClaimOfAnAttackIsNotAnEventOfItsOwn() {
        assertTrue(extract("Al-Shabaab took credit for the bombing that killed 12 people.")
                .events().isEmpty());
    }

    @Test
    void aProtestToldBesideWhatWasPreventedHappenedButAnAnticipatedOneDidNot() {
        assertEquals("Peaceful protest", main("Visitors were prevented from entering the station while a small group of "
                + "students staged a protest outside.").subEventType());
        Extraction anticipated = extract("Police were deployed to the city centre in anticipation of mass "
                + "protests on Friday.");
        assertTrue(anticipated.events().stream().noneMatch(e -> e.eventType().equals("Protests")),
                () -> anticipated.events().toString());
    }

    @Test
    void aRebelGroupNamedOnlyNearAnAirStrikeIsItsTarget() {
        Event e = main("A Boko Haram commander was killed in an airstrike near the lake on Monday.");
        assertEquals("Air/drone strike", e.subEventType());
        assertEquals("Boko Haram", e.actor2().orElseThrow());
        assertEquals(12, e.interaction());
    }

    @Test
    void abuseOfPrisonersWithNoPerpetratorNamedIsByStateForces() {
        Event e = main("Three journalists were allegedly tortured in jail and forced to sign confessions.");
        assertEquals("Attack", e.subEventType());
        assertEquals(17, e.interaction());
        Event free = main("Three journalists were allegedly tortured and forced to sign confessions.");
        assertEquals(37, free.interaction());
    }

    @Test
    void mobJusticeWithNoPerpetratorNamedIsByACommunalMilitia() {
        Event e = main("A man accused of stealing two cows was beaten to death in the village.");
        assertEquals(47, e.interaction());
        Event plain = main("A man was beaten to death in the village.");
        assertEquals(37, plain.interaction());
    }

    @Test
    void stateForcesFightingNoNamedSideFightAnUnidentifiedArmedGroup() {
        Event e = main("A policeman died of gunshot wounds he sustained in an attack on Tuesday.");
        assertEquals("Armed clash", e.subEventType());
        assertEquals(13, e.interaction());
        Event militias = main("Rival militias clashed on Tuesday.");
        assertEquals("Armed clash", militias.subEventType());
        assertEquals(33, militias.interaction());
    }

    @Test
    void aPersonBurnedForStealingIsMobJusticeNotPropertyDestruction() {
        Event e = main("Two men were doused in petrol and set alight for allegedly stealing a phone in the township.");
        assertEquals("Attack", e.subEventType());
        assertEquals(47, e.interaction());
        Event shops = main("Angry residents set alight two shops in the township.");
        assertEquals("Violent demonstration", shops.subEventType());
    }
}
