package org.sitrep.geo.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.MiniGazetteer;
import org.sitrep.model.Place;

class LuceneGazetteerTest {
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
    void deirEzZorAndDeirEzzorFindTheGovernorateFirstThenTheCity() {
        List<Place> a = gazetteer.candidates("Deir ez-Zor", 5);
        List<Place> b = gazetteer.candidates("Deir Ezzor", 5);
        assertEquals(a, b);
        assertEquals("ADM1", a.get(0).featureCode());
        assertEquals("SY", a.get(0).countryCode());
        assertEquals(170794L, a.get(1).geonameid());
    }

    @Test
    void dayrAzZawrFindsTheCityByItsAlternateName() {
        assertEquals(170794L, gazetteer.candidates("Dayr az Zawr", 5).get(0).geonameid());
    }

    @Test
    void aSpellingGeoNamesLacksIsFoundThroughTheLooseKey() {
        List<Place> found = gazetteer.candidates("Dayr ez-Zour", 5);
        assertTrue(found.stream().anyMatch(p -> p.geonameid() == 170794L), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.isAdmin1() && p.countryCode().equals("SY")), found.toString());
    }

    @Test
    void aPlaceCarriesCountryAndAdminNamesFromTheCodeTables() {
        Place hajin = gazetteer.byId(174506).orElseThrow();
        assertEquals("Hajīn", hajin.name());
        assertEquals("Syria", hajin.country());
        assertEquals("Deir ez-Zor", hajin.admin1().orElseThrow());
        assertEquals(29237, hajin.population());
        Place saimbeyli = gazetteer.byId(302150).orElseThrow();
        assertEquals("Adana", saimbeyli.admin1().orElseThrow());
        assertEquals("Turkey", saimbeyli.country());
    }

    @Test
    void hajinHasTwoCandidatesSyriaFirstByPopulation() {
        List<Place> hajin = gazetteer.candidates("Hajin", 10);
        assertEquals(List.of(174506L, 302150L), hajin.stream().map(Place::geonameid).toList());
    }

    @Test
    void syntheticCountryLiesInTheMiddleOfItsPlacesNotAtItsCapital() {
        Place syria = gazetteer.country("SY").orElseThrow();
        Place damascus = gazetteer.byId(170654).orElseThrow();
        assertEquals("PCLI", syria.featureCode());
        assertEquals("Syria", syria.name());
        assertTrue(syria.geonameid() < 0, "synthetic ids are negative");
        assertTrue(syria.latitude() > 33.5 && syria.latitude() < 36.5, () -> "latitude " + syria.latitude());
        assertTrue(syria.longitude() > 36.5 && syria.longitude() < 40.5, () -> "longitude " + syria.longitude());
        assertTrue(Math.abs(syria.latitude() - damascus.latitude()) > 0.5, "Damascus lies at the south-west edge");
        assertTrue(syria.population() > 0, "a synthetic region's population is its places'");
    }

    @Test
    void continentsAreEntriesWhenTheDumpHasNone() {
        Place africa = gazetteer.candidates("Africa", 5).get(0);
        assertEquals("CONT", africa.featureCode());
        assertEquals(6255146L, africa.geonameid());
    }

    @Test
    void syntheticAdmin1TakesItsSeatsCoordinates() {
        Place adana = gazetteer.candidates("Adana", 5).get(0);
        Place city = gazetteer.byId(325363).orElseThrow();
        assertEquals("ADM1", adana.featureCode());
        assertEquals(city.latitude(), adana.latitude(), 1e-9);
    }

    @Test
    void countriesComeBeforeRegionsAndPlaces() {
        assertEquals("PCLI", gazetteer.candidates("Turkey", 3).get(0).featureCode());
        assertEquals("TR", gazetteer.candidates("Türkiye", 3).get(0).countryCode());
        assertEquals("CI", gazetteer.candidates("Ivory Coast", 3).get(0).countryCode());
    }

    @Test
    void governorateSuffixesAreOptional() {
        Place damascus = gazetteer.candidates("Damascus", 5).get(0);
        assertEquals("ADM1", damascus.featureCode());
        assertEquals("Damascus Governorate", damascus.name());
    }

    @Test
    void airportCodesAreNotNames() {
        assertTrue(gazetteer.candidates("MJC", 5).isEmpty());
    }

    @Test
    void unknownNamesHaveNoCandidates() {
        assertTrue(gazetteer.candidates("Xyzzyville", 5).isEmpty());
        assertTrue(gazetteer.candidates("", 5).isEmpty());
        assertFalse(gazetteer.byId(1).isPresent());
    }

    @Test
    void describeSaysWhereTheDataCameFromAndItsSize() {
        String text = gazetteer.describe();
        assertTrue(text.contains("mini-geonames.txt") && text.contains("entries"), text);
    }

    @Test
    void openingAFolderWithoutAnIndexIsAOneLineUserError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LuceneGazetteer.open(dir.resolve("fixture")));
        assertTrue(e.getMessage().startsWith("no gazetteer index at"), e.getMessage());
    }
}
