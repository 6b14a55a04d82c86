package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Actor and interaction rules of the event stage (sides, partners, unnamed perpetrators, riot forces, suspects) on
 * reports written for these tests (real CoreNLP, mini gazetteer).
 */
class ActorCodingRulesIT extends OneLineReports {
    ActorCodingRulesIT(PipelineFixture.Loaded fixture) {
        super(fixture, LocalDate.of(2020, 5, 10));
    }

    private static String sides(Event e) {
        return e.inter1() + "/" + e.inter2().map(String::valueOf).orElse("0");
    }

    @Test
    void forcesBackedByPartnersFightTheThirdSideNamed() {
        Event e = main("Fighting broke out between Somali government forces backed by AMISOM troops and al-Shabaab in "
                + "Bulo Burde.");
        assertEquals("Armed clash", e.subEventType());
        assertEquals(Optional.of("Al-Shabaab"), e.actor2());
    }

    @Test
    void aMilitiaPatrollingWithTroopsLeavesTheLeadToThem() {
        Event vigilantes = main("Troops of the 7th Brigade and some vigilantes on a fighting patrol encountered Boko Haram "
                + "insurgents near Gwoza.");
        assertEquals("1/2", sides(vigilantes), vigilantes::toString);
        Event jtf = main("Soldiers in conjunction with members of the Civilian JTF attacked a Boko Haram camp near Bama.");
        assertEquals("1/2", sides(jtf), jtf::toString);
        assertEquals(Optional.of("Boko Haram"), jtf.actor2());
    }

    @Test
    void countedSoldiersAndMilitiamenAreNotPartners() {
        Event e = main("Two soldiers and five Mai-Mai militiamen were killed in clashes near Beni.");
        assertEquals("Armed clash", e.subEventType());
        assertTrue(e.inter2().isPresent(), e::toString);
        assertEquals(4, e.inter1() + e.inter2().orElseThrow(), e::toString);
        Event foreign = main("Israeli troops and Hezbollah fighters were locked in heavy fighting near Khiam on Monday.");
        assertEquals(Optional.of("Military Forces of Israel"), foreign.actor2(),
                "a militia of another country is no partner: " + foreign);
    }

    @Test
    void aNamedGroupFightingNoNamedSideFightsAnUnidentifiedArmedGroup() {
        Event e = main("Raia Mutomboki fighters clashed near Shabunda on Monday, leaving three dead.");
        assertEquals("Raia Mutomboki", e.actor1());
        assertTrue(e.actor2().orElseThrow().startsWith("Unidentified Armed Group"), e::toString);
    }

    @Test
    void herdersClashingWithFarmersAreTwoCommunalMilitias() {
        Event e = main("Abala herdsmen clashed with farmers in Um Tajok, leaving five dead.");
        assertEquals("4/4", sides(e), e::toString);
    }

    @Test
    void bombsDefusedWithNoOneNamedWereDefusedByStateForces() {
        Event e = main("Two bombs were discovered and defused near a mosque in Sousse.");
        assertEquals("Disrupted weapons use", e.subEventType());
        assertEquals(1, e.inter1());
    }

    @Test
    void territoryIsNeverTakenFromCiviliansOrFromTheForceItself() {
        Event e = main("The army took control of the tourist village in Benghazi, the Libyan National Army said.");
        assertEquals("Government regains territory", e.subEventType());
        assertTrue(e.actor2().orElseThrow().startsWith("Unidentified Armed Group"), e::toString);
    }

    @Test
    void killingsOverLandWithNoPerpetratorNamedAreByACommunalMilitiaButVictimsEthnicityIsNoMotive() {
        Event land = main("A farmer and his son were hacked to death over a land dispute in Molo.");
        assertEquals("4/7", sides(land), land::toString);
        Event ethnic = main("Three traders of the Nuer ethnic group were killed in an ambush near Bor.");
        assertEquals("3/7", sides(ethnic), ethnic::toString);
    }

    @Test
    void aGroupBelievedToBeResponsibleIsThePerpetrator() {
        Event e = main("A mortar attack killed two children in a market in Mogadishu. Al-Shabaab are believed to be "
                + "responsible.");
        assertEquals("Al-Shabaab", e.actor1());
        assertEquals("2/7", sides(e), e::toString);
    }

    @Test
    void remoteViolenceThatKillsWithNoTargetNamedHitsCivilians() {
        Event e = main("Mortar shells kill three in Hodan district of Mogadishu.");
        assertEquals("3/7", sides(e), e::toString);
    }

    @Test
    void countedSoldiersKilledInAHeadlineAreTheVictimsOfAnUnidentifiedArmedGroup() {
        Event e = main("A military convoy came under attack near Gao. At least four soldiers killed and two injured.");
        assertEquals("Armed clash", e.subEventType());
        assertEquals("3/1", sides(e), e::toString);
        Event conscript = main("A conscript was injured in a bomb blast west of Arish.");
        assertEquals("3/1", sides(conscript), conscript::toString);
    }

    @Test
    void riotForcesArePeopleNotTheirBuildings() {
        Event station = main("Angry residents set fire to tyres and went to the police station to demand the release of "
                + "a trader in Harare.");
        assertEquals("Violent demonstration", station.subEventType());
        assertEquals("5/0", sides(station), station::toString);
        Event police = main("Rioters clashed with police in Durban, throwing stones at officers.");
        assertEquals("5/1", sides(police), police::toString);
    }

    @Test
    void aCountrysDronesAndNamedUnitsAreItsForces() {
        Event drones = main("Suspected US drones hit al-Shabaab positions near Jilib in Middle Juba.");
        assertEquals("Military Forces of United States", drones.actor1());
        Event madeElsewhere = main("Russian forces launched Iranian drones at Kyiv overnight, killing three civilians.");
        assertEquals("Military Forces of Russia", madeElsewhere.actor1(), "drones are named by their maker too");
        Event factory = main("Bunyan Marsous fighters captured an Islamic State bomb factory in Sirte.");
        assertEquals("Military Forces of Libya", factory.actor1());
    }

    @Test
    void unnamedFightingIsFoughtByTheForceTheNextSentenceNames() {
        Event e = main("Fighting was reported in the Ganfouda district of Benghazi on Sunday. The Libyan National Army "
                + "made gains in the district.");
        assertEquals("Libyan National Army", e.actor1());
        assertEquals("1/3", sides(e), e::toString);
    }

    @Test
    void unattributedViolenceIsByTheGroupTheSentenceBeforeNamesButNotByAPartnerOfTheForces() {
        Event e = main("Soldiers and local vigilantes conducted a clearance operation around Konduga against Boko Haram "
                + "hideouts. Three soldiers were wounded.");
        assertEquals("Boko Haram", e.actor1());
        assertEquals("2/1", sides(e), e::toString);
    }

    @Test
    void aRiotFacesTheForcesTheNextSentenceTellsActingOnIt() {
        Event deployed = main("Traders blocked roads and burned tyres in Harar. Soldiers were deployed to the town.");
        assertEquals("5/1", sides(deployed), deployed::toString);
        Event alone = main("Traders blocked roads and burned tyres in Harar. The traders said they had not been paid.");
        assertEquals("5/0", sides(alone), alone::toString);
    }

    @Test
    void forcesKilledInClashesWithAGroupAreItsOtherSide() {
        Event e = main("At least 12 soldiers were killed in clashes with Boko Haram near Damboa.");
        assertEquals("1/2", sides(e), e::toString);
        Event frpi = main("Ten FRPI militiamen were killed in a clash with FARDC soldiers near Aveba.");
        assertEquals("Patriotic Resistance Force of Ituri", frpi.actor1());
        assertEquals("3/1", sides(frpi), frpi::toString);
    }

    @Test
    void peoplesClashingOverLandAreTwoCommunalMilitias() {
        Event e = main("Two men were killed during a clash between Bakongo and Bateke people over a dispute over land "
                + "near Kikwit.");
        assertEquals("4/4", sides(e), e::toString);
    }

    @Test
    void aUnMissionArrestingMilitiamenOfANationalityArrestsAnUnidentifiedArmedGroup() {
        Event e = main("UNISFA peacekeepers arrested three Sudanese militia members near Abyei town.");
        assertEquals("UNISFA", e.actor1());
        assertEquals("8/3", sides(e), e::toString);
    }

    @Test
    void anIdentityMilitiaARiotIsAboutIsNotItsOpponent() {
        Event e = main("Residents protested the arrest of two vigilantes, blocking the main road into Kaya. Police used "
                + "tear gas to disperse them.");
        assertEquals("5/1", sides(e), e::toString);
    }

    @Test
    void soldiersKilledAfterTheSentenceBeforeToldOfHerdsmenFightingWereKilledByACommunalMilitia() {
        Event e = main("Soldiers were sent to Bokkos to stop fighting between herdsmen and farmers. Two soldiers were "
                + "killed on Tuesday.");
        assertEquals("4/1", sides(e), e::toString);
    }

    @Test
    void victimsToldAsMembersOfAnArmedGroupAreThatGroup() {
        Event vigilantes = main("Gunmen killed four people belonging to a vigilante group in Okene.");
        assertEquals("3/4", sides(vigilantes), vigilantes::toString);
        Event council = main("Gunmen killed four people, including a member of the local council, in Okene.");
        assertEquals("3/7", sides(council), council::toString);
    }

    @Test
    void aircraftTheReportCannotPlaceAreAnUnidentifiedArmedGroup() {
        Event unknown = main("Unidentified aircraft bombed the market in Kufra, killing four civilians.");
        assertEquals("Air/drone strike", unknown.subEventType());
        assertEquals("3/7", sides(unknown), unknown::toString);
        Event sudanese = main("Sudanese warplanes bombed villages in the Jebel Marra area, killing four civilians.");
        assertEquals("Military Forces of Sudan", sudanese.actor1());
    }
}
