package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.only;
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

class GeoStageTest {
    @TempDir
    static Path dir;
    static LuceneGazetteer gazetteer;
    static GeoStage stage;

    @BeforeAll
    static void buildTheMiniGazetteer() {
        gazetteer = MiniGazetteer.build(dir);
        stage = GeoStage.create(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    @Test
    void hajinResolvesToSyriaWhenDeirEzZorIsMentioned() {
        String s = "SDF fighters took control of Hajin in the east of Deir ez-Zor province on Friday.";
        ResolvedPlace hajin = only(stage.resolve(text(s)), "Hajin");
        assertEquals(174506L, hajin.place().geonameid());
        assertEquals("admin-context", hajin.rule());
    }

    @Test
    void hajinResolvesToTurkeyWhenAdanaIsMentioned() {
        String s = "Police detained three people in Hajin, a district town in the north of Adana.";
        ResolvedPlace hajin = only(stage.resolve(text(s)), "Hajin");
        assertEquals(302150L, hajin.place().geonameid());
    }

    @Test
    void hajinResolvesToTurkeyWhenTheTextIsAboutTurkey() {
        String s = "Turkish gendarmes raided a house in Hajin. Turkey has tightened security since May.";
        ResolvedPlace hajin = only(stage.resolve(text(s)), "Hajin");
        assertEquals("TR", hajin.place().countryCode());
        assertEquals("country-context", hajin.rule());
    }

    @Test
    void hajinAloneGoesToTheLargerSyrianTown() {
        ResolvedPlace hajin = only(stage.resolve(text("Clashes were reported near Hajin.")), "Hajin");
        assertEquals("SY", hajin.place().countryCode());
        assertEquals("name-match", hajin.rule(), "the Turkish town is Saimbeyli, Hajin only by an alternate name");
    }

    @Test
    void aContainerAfterACommaDecides() {
        ResolvedPlace hajin = only(stage.resolve(text("Shelling hit Hajin, Adana, overnight.")), "Hajin");
        assertEquals("TR", hajin.place().countryCode());
        assertEquals("container", hajin.rule());
    }

    @Test
    void anAcledStyleLocationGivesTownDistrictAndProvince() {
        String s = "Location: Saimbeyli (Saimbeyli, Adana).";
        List<ResolvedPlace> places = stage.resolve(text(s));
        assertEquals(List.of("Saimbeyli", "Saimbeyli", "Adana"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals("PPLA2", places.get(0).place().featureCode());
        assertEquals("ADM1", places.get(2).place().featureCode());
    }

    @Test
    void provinceAfterANameAsksForTheRegion() {
        ResolvedPlace region = only(stage.resolve(text("Airstrikes continued in Aleppo province.")), "Aleppo");
        assertEquals("ADM1", region.place().featureCode());
        ResolvedPlace city = only(stage.resolve(text("Airstrikes continued in Aleppo.")), "Aleppo");
        assertEquals(170063L, city.place().geonameid());
    }

    @Test
    void manIsNotAPlaceInOrdinaryText() {
        String s = "Man killed in Kabul. A man was shot near the market. Police said the Man of the Year award was"
                + " cancelled. The Man who fled was arrested in Man.";
        List<ResolvedPlace> places = stage.resolve(text(s, entity(s, "Man", "PERSON")));
        assertEquals(List.of("Kabul"), places.stream().map(ResolvedPlace::text).toList());
    }

    @Test
    void theTownOfManIsAPlaceInIvoryCoast() {
        ResolvedPlace man = only(stage.resolve(text("Gunmen attacked the town of Man on Sunday.")), "Man");
        assertEquals("CI", man.place().countryCode());
        assertEquals("Ivory Coast", man.place().country());
    }

    @Test
    void manInAnAcledStyleLocationIsTheIvorianTown() {
        List<ResolvedPlace> places = stage.resolve(text("Location: Man (Tonkpi, Montagnes)."));
        ResolvedPlace man = only(places, "Man");
        assertEquals(2284647L, man.place().geonameid());
        assertEquals("container", man.rule());
    }

    @Test
    void organisationNamesAreNeverPlaces() {
        String s = "The Syrian Democratic Forces and the Afghan National Army fought the Islamic State in Raqqa.";
        List<ResolvedPlace> places = stage.resolve(text(s, entity(s, "Islamic State", "LOCATION"),
                entity(s, "Syrian Democratic Forces", "ORGANIZATION")));
        assertEquals(List.of("Raqqa"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals("SY", places.get(0).place().countryCode());
    }

    @Test
    void aDemonymIsContextButNotAPlace() {
        String s = "Syrian troops shelled Hajin.";
        List<ResolvedPlace> places = stage.resolve(text(s, entity(s, "Syrian", "NATIONALITY")));
        assertEquals(List.of("Hajin"), places.stream().map(ResolvedPlace::text).toList());
    }

    @Test
    void nerLocationsAreResolvedEvenWithoutAPreposition() {
        String s = "Deir Ezzor saw heavy fighting while Mosul stayed calm.";
        List<ResolvedPlace> places = stage.resolve(text(s, entity(s, "Deir Ezzor", "PERSON"),
                entity(s, "Mosul", "CITY")));
        assertEquals(List.of("Deir Ezzor", "Mosul"), places.stream().map(ResolvedPlace::text).toList());
        assertEquals("IQ", places.get(1).place().countryCode());
    }

    @Test
    void anUnresolvableToponymLeavesTheOthers() {
        String s = "Fighting spread from Xyzzyville to Hajin and Mosul.";
        List<ResolvedPlace> places = stage.resolve(text(s, entity(s, "Xyzzyville", "LOCATION")));
        assertEquals(List.of("Hajin", "Mosul"), places.stream().map(ResolvedPlace::text).toList());
    }

    @Test
    void spansCountCodePointsAndConfidenceIsAProbability() {
        String s = "\uD83D\uDD25 Fire in Mosul.";
        ResolvedPlace mosul = only(stage.resolve(text(s)), "Mosul");
        assertEquals("Mosul", CodePoints.slice(s, mosul.span()));
        assertEquals(10, mosul.span().start(), "the emoji is one code point, two UTF-16 units");
        assertTrue(mosul.confidence() > 0.5 && mosul.confidence() <= 1, () -> "confidence " + mosul.confidence());
    }
}
