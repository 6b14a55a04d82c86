package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The place that leads the name of one of its civil institutions is a toponym ("Fargo Police", "Licking County
 * Sheriff's Office"); armed groups, media and institutions named after a person are not. Hand-written GeoNames rows
 * (made-up ids, rounded figures), NER labels as CoreNLP gives them.
 */
class InstitutionPlacesTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Fargo", "P", "PPL", "US", "ND", 46.88, -96.79, 125_000),
            row(2, "Licking County", "A", "ADM2", "US", "OH", "089", 40.09, -82.48, 170_000),
            row(3, "Ohio", "A", "ADM1", "US", "OH", 40.25, -83.0, 11_500_000),
            row(4, "Duke", "P", "PPL", "US", "OK", 34.66, -99.57, 500),
            row(5, "Misrata", "P", "PPLA", "LY", "58", 32.38, 15.09, 280_000),
            row(6, "West Bank", "A", "ADM1", "PS", "WE", 32.0, 35.25, 2_700_000),
            row(7, "Arnold", "P", "PPL", "US", "MO", 38.43, -90.38, 21_000),
            row(8, "Washington", "P", "PPLC", "US", "DC", 38.9, -77.04, 690_000),
            row(9, "Cookville", "P", "PPL", "US", "TX", 33.18, -94.86, 1_000)),
            "US.OH\tOhio\tOhio\t5165418\nPS.WE\tWest Bank\tWest Bank\t6254930\n");

    @Test
    void aTownBeforeItsPoliceIsAPlace() {
        String s = "Fargo Police Chief Keith Ternes urged residents to leave.";
        assertEquals(List.of("Fargo"), geo.names(s, entity(s, "Fargo Police", "LOCATION")));
    }

    @Test
    void aCountyBeforeItsSheriffsOfficeIsAPlaceEvenInsideAnOrganisationEntity() {
        String s = "The Licking County Sheriff's Office said the road was closed.";
        List<Toponym> found = geo.recognizer().recognize(MiniGazetteer.text(s,
                entity(s, "Licking County Sheriff's Office", "ORGANIZATION")));
        assertEquals(List.of("Licking"), found.stream().map(Toponym::text).toList());
        assertEquals(Toponym.Kind.DISTRICT, found.get(0).kind());
        assertEquals("Licking County", MiniGazetteer.only(geo.stage().resolve(MiniGazetteer.text(s,
                entity(s, "Licking County Sheriff's Office", "ORGANIZATION"))), "Licking").place().name());
    }

    @Test
    void aStateBeforeItsDepartmentIsAPlace() {
        String s = "A spokesman for the Ohio Department of Transportation said the bridge was safe.";
        assertEquals(List.of("Ohio"), geo.names(s, entity(s, "Ohio", "LOCATION"),
                entity(s, "Department of Transportation", "ORGANIZATION")));
    }

    @Test
    void volunteerAndFireBetweenTheTownAndItsDepartmentAreDropped() {
        String s = "The Cookville Volunteer Fire Department will host its fundraiser.";
        assertEquals(List.of("Cookville"),
                geo.names(s, entity(s, "Cookville Volunteer Fire Department", "ORGANIZATION")));
    }

    @Test
    void armedGroupsAndNewspapersNameNoPlace() {
        String s = "The Misrata Military Council denied a report in the Washington Post.";
        assertEquals(List.of(), geo.names(s, entity(s, "Misrata Military Council", "ORGANIZATION"),
                entity(s, "Washington Post", "ORGANIZATION")));
    }

    @Test
    void aUniversityNamedAfterAPersonIsNoPlaceButNamedAfterAStateItIs() {
        String s = "She taught at Duke University and at Ohio University.";
        assertEquals(List.of("Ohio"), geo.names(s, entity(s, "Duke University", "ORGANIZATION"),
                entity(s, "Ohio University", "ORGANIZATION")));
    }

    @Test
    void anInstitutionWhoseNameNerCutOnTheLeftIsNoPlace() {
        String s = "Pupils at Matthew Arnold School won a prize.";
        assertEquals(List.of(), geo.names(s, entity(s, "Matthew", "PERSON"),
                entity(s, "Arnold School", "ORGANIZATION")));
    }

    @Test
    void aPlaceNamedWithAnInstitutionWordIsStillThePlace() {
        String s = "Unemployment is 35 percent in the West Bank.";
        assertEquals(List.of("West Bank"), geo.names(s, entity(s, "West Bank", "LOCATION")));
    }

    @Test
    void aTownBeforeItsHallOrFairgroundsIsThePlace() {
        String s = "The show opens at the Fargo Civic Center and moves to the Cookville Fairgrounds.";
        assertEquals(List.of("Fargo", "Cookville"), geo.names(s, entity(s, "Fargo Civic Center", "LOCATION"),
                entity(s, "Cookville Fairgrounds", "LOCATION")));
    }
}
