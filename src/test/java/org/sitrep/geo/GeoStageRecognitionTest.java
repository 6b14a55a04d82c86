package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.text;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.geonames.LuceneGazetteer;
import org.sitrep.model.CodePoints;
import org.sitrep.model.ResolvedPlace;

class GeoStageRecognitionTest {
    @TempDir
    static Path dir;
    static LuceneGazetteer gazetteer;

    @BeforeAll
    static void buildTheMiniGazetteer() {
        gazetteer = MiniGazetteer.build(dir);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    @Test
    void demonymsArePlacesOfTheirCountryOnlyWhenAsked() {
        String s = "Syrian troops shelled Hajin on Friday.";
        List<ResolvedPlace> plain = GeoStage.create(gazetteer).resolve(text(s));
        assertEquals(List.of("Hajin"), plain.stream().map(ResolvedPlace::text).toList());
        List<ResolvedPlace> places = GeoStage.create(gazetteer, true).resolve(text(s));
        assertEquals(List.of("Syrian", "Hajin"), places.stream().map(ResolvedPlace::text).toList());
        ResolvedPlace syrian = places.get(0);
        assertEquals("SY", syrian.place().countryCode());
        assertTrue(syrian.place().isCountry());
        assertEquals("demonym", syrian.rule());
        assertTrue(syrian.confidence() > 0 && syrian.confidence() < 1);
    }

    @Test
    void organisationNamesAreNeverPlacesEvenWithDemonymPlaces() {
        String s = "The Syrian Democratic Forces and the Afghan National Army met Iraqi officials in Mosul.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer, true)
                .resolve(text(s, entity(s, "Syrian Democratic Forces", "ORGANIZATION")));
        assertEquals(List.of("Iraqi", "Mosul"), places.stream().map(ResolvedPlace::text).toList());
    }

    @Test
    void aDemonymBeforeLowerCaseWordsOrACivilMinistryIsAPlaceButBeforeAnArmysNameIsNot() {
        String s = "Syrian troops shelled Hajin. The Syrian Foreign Ministry denied it. The Iraqi Army said nothing.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer, true).resolve(text(s,
                entity(s, "Syrian troops", "ORGANIZATION"), entity(s, "Syrian Foreign Ministry", "ORGANIZATION"),
                entity(s, "Iraqi Army", "ORGANIZATION")));
        assertEquals(List.of("Syrian", "Hajin", "Syrian"), places.stream().map(ResolvedPlace::text).toList());
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        String s = "Mosul's old city was retaken.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer).resolve(text(s, entity(s, "Mosul's", "LOCATION")));
        assertEquals(1, places.size(), places::toString);
        assertEquals("Mosul", CodePoints.slice(s, places.get(0).span()));
        assertEquals(99072L, places.get(0).place().geonameid());
    }

    @Test
    void aBareNameMeansTheTownNotItsNamesakeDistrictOrTheRegionItsSeatNames() {
        ResolvedPlace mosul = GeoStage.create(gazetteer).resolve(text("Fire in Mosul.")).get(0);
        assertEquals("PPLA", mosul.place().featureCode());
        assertTrue(mosul.confidence() > 0.8, "the district of the same name is the same answer, not a rival");
    }

    @Test
    void aCompassQualifierIsDroppedWhenOnlyTheRegionIsKnownButNeverFromAContinent() {
        String s = "Clashes spread in Northeast Syria and East Africa.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer).resolve(text(s,
                entity(s, "Northeast Syria", "LOCATION"), entity(s, "East Africa", "LOCATION")));
        assertEquals(List.of("Syria"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals("Syria", CodePoints.slice(s, places.get(0).span()));
        assertEquals("SY", places.get(0).place().countryCode());
    }

    @Test
    void aNameThatNerCallsAPersonIsNoPlaceUnlessTheContextSaysPlace() {
        String s = "Reporters spoke to Hajin Ahmed on Friday.";
        assertEquals(List.of(), GeoStage.create(gazetteer).resolve(text(s, entity(s, "Hajin Ahmed", "PERSON"))));
        String t = "Reporters from the town of Hajin met Hajin Ahmed.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer).resolve(text(t, entity(t, "Hajin Ahmed", "PERSON")));
        assertEquals(List.of("Hajin"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals(t.indexOf("Hajin"), places.get(0).span().start());
    }

    @Test
    void aCapitalisedFeatureWordAfterAnNerNameAsksForTheRegion() {
        String s = "The Aleppo Governorate Council met on Sunday.";
        List<ResolvedPlace> places = GeoStage.create(gazetteer).resolve(text(s, entity(s, "Aleppo", "LOCATION")));
        assertEquals(List.of("Aleppo"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals("ADM1", places.get(0).place().featureCode());
    }

    @Test
    void aContinentIsAPlace() {
        String s = "Cholera is spreading in Africa.";
        ResolvedPlace africa = GeoStage.create(gazetteer).resolve(text(s, entity(s, "Africa", "LOCATION"))).get(0);
        assertEquals("CONT", africa.place().featureCode());
    }
}
