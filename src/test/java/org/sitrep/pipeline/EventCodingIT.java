package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;

/** The whole pipeline (real CoreNLP, mini gazetteer) on short reports written for these tests. */
@ExtendWith(PipelineFixture.class)
class EventCodingIT {
    private static final LocalDate THURSDAY = LocalDate.of(2018, 11, 15);
    private static final String HAJIN_REPORT = """
            The Syrian Democratic Forces captured the eastern suburb, the market and the hospital of Hajin on Sunday, \
            the last town held by Islamic State in Deir ez-Zor province.
            Coalition air strikes supported the advance, according to Operation Inherent Resolve.
            SDF engineers cleared mines and IEDs from the road into the town.
            Several Daesh leaders fleeing the town were killed or captured, the SDF said.
            Unconfirmed reports said the group's leader is hiding in the desert, but there was no official confirmation.
            """;

    private final PipelineFixture.Loaded fixture;

    EventCodingIT(PipelineFixture.Loaded fixture) {
        this.fixture = fixture;
    }

    private Extraction code(String text) {
        return fixture.extract(text, THURSDAY);
    }

    private static Event only(Extraction x) {
        assertEquals(1, x.events().size(), () -> "expected one event, got " + x.events());
        return x.events().get(0);
    }

    @Test
    void townTakenFromIslamicStateIsCodedAsTerritoryTakenInSyria() {
        Extraction x = code(HAJIN_REPORT);
        Event main = x.events().get(0);
        assertEquals("Non-state actor overtakes territory", main.subEventType());
        assertEquals("Battles", main.eventType());
        assertEquals("Syrian Democratic Forces", main.actor1());
        assertEquals("Islamic State", main.actor2().orElseThrow());
        assertEquals(22, main.interaction());
        Event.EventPlace place = main.place().orElseThrow();
        assertEquals("Syria", place.country());
        assertEquals(760, place.iso());
        assertEquals(174506, place.geonameid());
        assertEquals(1, place.geoPrecision());
        assertEquals(LocalDate.of(2018, 11, 11), main.eventDate().orElseThrow());
        assertEquals("asserted", main.factuality());
        assertEquals(x.document().id() + ":1", main.id());
    }

    @Test
    void airStrikesAndMineClearingAreEventsOfTheirOwnTypes() {
        List<String> types = code(HAJIN_REPORT).events().stream().map(Event::subEventType).toList();
        assertTrue(types.contains("Air/drone strike"), types::toString);
        assertTrue(types.contains("Disrupted weapons use"), types::toString);
        assertFalse(types.contains("Remote explosive/landmine/IED"), "cleared mines are not an explosion: " + types);
    }

    @Test
    void rumourAboutWhereTheLeaderHidesIsNotAnEvent() {
        for (Event e : code(HAJIN_REPORT).events()) {
            for (Evidence ev : e.evidence()) {
                assertFalse(ev.text().contains("hiding"), () -> "rumour coded as " + e);
            }
        }
        assertTrue(code("The group's leader is believed to be hiding in a village near Kidal.").events().isEmpty());
    }

    @Test
    void evidenceSpansAreCodePointOffsetsIntoTheText() {
        Extraction x = code("\uD83D\uDCE2 Update: " + HAJIN_REPORT);
        for (Event e : x.events()) {
            for (Evidence ev : e.evidence()) {
                assertEquals(ev.text(), CodePoints.slice(x.document().text(), ev.span()));
            }
        }
        x.places().forEach(p -> assertEquals(p.text(), CodePoints.slice(x.document().text(), p.span())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IS", "ISIS", "ISIL", "Daesh", "Islamic State"})
    void everyAliasOfIslamicStateIsOneActor(String alias) {
        Event e = code(alias + " militants attacked an army checkpoint near Mosul on Monday, killing four soldiers.")
                .events().get(0);
        assertEquals("Islamic State", e.actor1());
        assertEquals("Armed clash", e.subEventType());
        assertEquals("Iraq", e.place().orElseThrow().country());
        assertEquals(2, e.place().orElseThrow().geoPrecision(), "near Mosul");
        assertEquals(4L, e.fatalities().orElseThrow());
    }

    @Test
    void passiveVoiceMakesTheByPhraseThePerpetrator() {
        Event e = code("Two villages near Gao were attacked by JNIM fighters on Sunday, killing seven civilians.")
                .events().get(0);
        assertEquals("Attack", e.subEventType());
        assertEquals("JNIM", e.actor1());
        assertEquals("Civilians (Mali)", e.actor2().orElseThrow());
        assertTrue(e.civilianTargeting());
        assertEquals(7L, e.fatalities().orElseThrow());
    }

    @Test
    void hedgedClaimIsNeverAsserted() {
        Extraction x = code("Al-Shabaab may have attacked a military base in Mogadishu on Tuesday, unconfirmed reports said.");
        assertFalse(x.events().isEmpty());
        x.events().forEach(e -> assertEquals("possible", e.factuality(), e::toString));
    }

    @Test
    void attributedEventIsReportedAndDeniedOneIsDenied() {
        assertEquals("reported", only(code("Boko Haram fighters killed five farmers near Maiduguri on Friday, police said."))
                .factuality());
        assertEquals("denied", only(code("The Malian army denied shelling a village near Kidal on Monday.")).factuality());
    }

    @Test
    void protestDispersedWithTearGasIsProtestWithIntervention() {
        Event e = only(code("Hundreds of protesters marched in Maiduguri on Friday. Police fired tear gas to disperse them."));
        assertEquals("Protest with intervention", e.subEventType());
        assertEquals("Protesters (Nigeria)", e.actor1());
        assertEquals("Police Forces of Nigeria", e.actor2().orElseThrow());
        assertEquals(16, e.interaction());
    }

    @Test
    void reportsWithoutConflictHaveNoEvent() {
        assertTrue(code("Trade ministers met in Aden on Tuesday and agreed to resume talks on tariffs next month.")
                .events().isEmpty());
    }

    @Test
    void claimedRoadsideBombIsCodedToTheClaimant() {
        Event e = code("A roadside bomb struck an army patrol in Kandahar on Monday, killing three Afghan soldiers. "
                + "The Taliban claimed responsibility for the attack.").events().get(0);
        assertEquals("Remote explosive/landmine/IED", e.subEventType());
        assertEquals("Taliban", e.actor1());
        assertEquals("Military Forces of Afghanistan", e.actor2().orElseThrow());
        assertEquals(LocalDate.of(2018, 11, 12), e.eventDate().orElseThrow());
        assertNotEquals(0, e.evidence().size());
    }

    @Test
    void threatsAndDisastersAreNoConflictEvents() {
        assertTrue(code("The army threatened to shell rebel positions near Kidal unless the fighters withdraw.")
                .events().isEmpty());
        assertTrue(code("Floods killed 40 people in Borno on Monday after torrential rains.").events().isEmpty());
    }

    @Test
    void seizedWeaponsAreDisruptedWeaponsUseAndALabourStrikeIsAPeacefulProtest() {
        assertEquals("Disrupted weapons use",
                code("Police seized nine pistols and 200 rounds of ammunition in Kaduna on Monday.").events().get(0)
                        .subEventType());
        assertEquals("Peaceful protest",
                code("Teachers in Maiduguri went on strike on Monday over unpaid salaries.").events().get(0)
                        .subEventType());
    }

    @Test
    void gunmenKillingAPriestIsAnAttackOnCiviliansWithOneFatality() {
        Event e = code("Gunmen shot dead a priest in Gao on Sunday.").events().get(0);
        assertEquals("Attack", e.subEventType());
        assertEquals(37, e.interaction());
        assertEquals(1L, e.fatalities().orElseThrow());
    }
}
