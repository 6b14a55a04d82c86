package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.row;
import static org.sitrep.geo.MiniGazetteer.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Toponyms whose extent or meaning the neighbouring words decide, on hand-written GeoNames rows (made-up ids, rounded
 * figures) and NER labels as CoreNLP gives them.
 */
class RecognitionContextTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Nelson", "P", "PPLA", "NZ", "04", -41.27, 173.28, 50_000),
            row(2, "Kaduna", "P", "PPLA", "NG", "18", 10.52, 7.44, 1_500_000),
            row(3, "Kaga-Bandoro", "P", "PPLA", "CF", "16", 6.99, 19.19, 56_000),
            row(4, "Kaga", "P", "PPLA2", "JP", "15", 36.3, 136.3, 66_000),
            row(5, "Rand", "P", "PPL", "US", "WV", 38.28, -81.56, 1_600),
            row(6, "Aleppo", "P", "PPLA", "SY", "09", 36.2, 37.16, 1_600_000),
            row(7, "Durango", "P", "PPLA3", "ES", "59", 43.17, -2.63, 29_000),
            row(8, "Law", "P", "PPL", "GB", "SCT", 55.74, -3.88, 2_500),
            row(9, "Derna", "P", "PPLA", "LY", "08", 32.77, 22.64, 79_000),
            row(10, "Zambia", "A", "PCLI", "ZM", "00", -14.0, 28.0, 17_000_000),
            row(11, "Tshwane", "P", "PPL", "ZA", "06", -25.74, 28.19, 1_600_000),
            row(12, "Africa", "L", "CONT", "", "", 7.19, 21.09, 0),
            row(13, "Boko", "P", "PPL", "KZ", "10", 49.8, 83.3, 4_000),
            row(14, "Igabi", "P", "PPL", "NG", "18", 10.81, 7.71, 8_800),
            row(15, "Misrata", "P", "PPLA", "LY", "58", 32.38, 15.09, 280_000),
            row(16, "Masratin", "P", "PPL", "US", "TX", 31.0, -97.0, 600)),
            "NG.18\tKaduna State\tKaduna State\t2293\n");

    @Test
    void aSiteNamedAfterAKnownPlaceIsThatPlaceButNotAfterAContinent() {
        String s = "Violence broke out near the Tshwane Showground and at Africa Unity Square.";
        assertEquals(List.of("Tshwane", "Africa Unity Square"), geo.names(s,
                entity(s, "Tshwane Showground", "LOCATION"), entity(s, "Africa Unity Square", "LOCATION")));
    }

    @Test
    void aLocalGovernmentAreaIsTheDistrictOfItsName() {
        List<Toponym> found = geo.recognizer().recognize(text(
                "Gunmen attacked a village of Igabi Local Government Area of Kaduna State."));
        assertEquals(List.of("Igabi", "Kaduna"), found.stream().map(Toponym::text).toList());
        assertEquals(Toponym.Kind.DISTRICT, found.get(0).kind());
    }

    @Test
    void anAdjectiveOfOriginBeforeAGroupNounIsNoPlaceButTheTownItselfIs() {
        assertEquals(List.of(), geo.names("Residents were angry at the presence of Misratan forces."));
        assertEquals(List.of("Misratan"), geo.names("Residents were angry at the presence of Misratan."));
        assertEquals(List.of("Misrata"), geo.names("Residents were angry at the presence of Misrata forces."));
    }

    @Test
    void aDatelineInCapitalsBeforeAPersonStaysAPlace() {
        String s = "KADUNA Nasir Ahmed said the road was closed.";
        assertEquals(List.of("KADUNA"), geo.names(s, entity(s, "KADUNA", "LOCATION"),
                entity(s, "Nasir Ahmed", "PERSON")));
    }

    @Test
    void placesInsideOrganisationNamesAreFoundOnlyOnRequest() {
        String s = "The Derna Mujahideen Shoura Council and the University of Zambia issued statements.";
        org.sitrep.model.AnnotatedText at = text(s, entity(s, "Derna Mujahideen Shoura Council", "ORGANIZATION"),
                entity(s, "University of Zambia", "ORGANIZATION"));
        assertEquals(List.of(), geo.recognizer().recognize(at).stream().map(Toponym::text).toList());
        assertEquals(List.of("Derna", "Zambia"), geo.recognizer().inOrganisationNames(at).stream().map(Toponym::text)
                .toList());
    }

    @Test
    void aGroupsNameWithoutAnOrganisationWordHoldsNoPlace() {
        String s = "Boko Haram fighters raided a village.";
        assertEquals(List.of(), geo.recognizer().inOrganisationNames(text(s, entity(s, "Boko Haram", "ORGANIZATION"))));
    }

    @Test
    void aLocationRightBeforeAPersonsSurnameIsPartOfTheName() {
        String s = "Gunmen kidnapped Maj-Gen. Nelson Williams on the road to Kaduna.";
        assertEquals(List.of("Kaduna"), geo.names(s, entity(s, "Nelson", "LOCATION"), entity(s, "Williams", "PERSON"),
                entity(s, "Kaduna", "LOCATION")));
    }

    @Test
    void aLocationCutAtAHyphenIsTheKnownHyphenatedName() {
        String s = "The bus was attacked after leaving for Kaga-Bandoro.";
        assertEquals(List.of("Kaga-Bandoro"), geo.names(s, entity(s, "Kaga", "LOCATION")));
    }

    @Test
    void aCompassWordIsDroppedBeforeACityButNotBeforeASmallNamesake() {
        String west = "A man was killed in Soweto, on the West Rand.";
        assertEquals(List.of("West Rand"), geo.names(west, entity(west, "West Rand", "LOCATION")));
        String east = "Shelling hit eastern Aleppo overnight.";
        assertEquals(List.of("Aleppo"), geo.names(east, entity(east, "eastern Aleppo", "LOCATION")));
    }

    @Test
    void aSentenceInitialFunctionWordAloneIsNoName() {
        assertEquals(List.of(), geo.names("Shots were fired. During the unrest, shops were looted."));
    }

    @Test
    void aSubjectOfStudyAfterFacultyOfIsNoPlace() {
        assertEquals(List.of(), geo.names("Students staged a sit-in at the Faculty of Law and Political Sciences."));
    }
}
