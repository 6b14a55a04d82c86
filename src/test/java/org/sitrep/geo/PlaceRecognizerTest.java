package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.text;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.geonames.LuceneGazetteer;

class PlaceRecognizerTest {
    @TempDir
    static Path dir;
    static LuceneGazetteer gazetteer;
    static PlaceRecognizer recognizer;

    @BeforeAll
    static void buildTheMiniGazetteer() {
        gazetteer = MiniGazetteer.build(dir);
        recognizer = PlaceRecognizer.create(gazetteer, Demonyms.standard());
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static List<String> names(String s) {
        return recognizer.recognize(text(s)).stream().map(Toponym::text).toList();
    }

    @Test
    void aGovernorateAfterANameMakesItARegion() {
        List<Toponym> found = recognizer.recognize(text("Fighting raged across Idlib governorate."));
        assertEquals(1, found.size());
        assertEquals("Idlib", found.get(0).text());
        assertEquals(Toponym.Kind.REGION, found.get(0).kind());
    }

    @Test
    void theVillageOfXIsASettlement() {
        List<Toponym> found = recognizer.recognize(text("They entered the village of Ad Dana at dawn."));
        assertEquals(List.of("Ad Dana"), found.stream().map(Toponym::text).toList());
        assertEquals(Toponym.Kind.SETTLEMENT, found.get(0).kind());
    }

    @Test
    void aSentenceInitialPrepositionIsNotPartOfTheName() {
        assertEquals(List.of("Mosul"), names("In Mosul, shops reopened."));
    }

    @Test
    void lowercaseWordsAfterInAreNotPlaces() {
        assertEquals(List.of(), names("The army said in a statement that gunmen hid in man-made tunnels."));
    }

    @Test
    void forcesNamedAfterAPlaceOrPeopleAreNotPlaces() {
        assertEquals(List.of(), names("The Syrian Democratic Forces, the Afghan National Army and Islamic State."));
    }

    @Test
    void aBareCountryOrProvinceNameIsAPlaceButABareTownIsNot() {
        assertEquals(List.of("Nigeria", "Borno"), names("Nigeria says Borno is calm. Hajin was quiet."));
    }

    @Test
    void spellingsOfDeirEzZorAreRecognisedAfterAPreposition() {
        assertEquals(List.of("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"),
                names("Strikes hit Deir ez-Zor. Rockets fell on Deir Ezzor. Life returned to Dayr az Zawr."));
    }
}
