package org.sitrep.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.geo.MiniGazetteer.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.MiniGazetteer;
import org.sitrep.geo.geonames.LuceneGazetteer;

/** The location ceiling on notes written for the test, against hand-written GeoNames rows (made-up ids). */
class LocationCeilingTest {
    @TempDir
    static Path dir;
    static LuceneGazetteer gazetteer;

    @BeforeAll
    static void buildTheFixture() throws IOException {
        gazetteer = MiniGazetteer.fromRows(dir, List.of(
                row(1, "Somalia", "A", "PCLI", "SO", "00", 6.0, 47.0, 10_000_000),
                row(2, "Garbahaarey", "P", "PPLA", "SO", "04", 3.33, 42.22, 12_000),
                row(3, "Luuq", "P", "PPL", "SO", "04", 3.8, 42.55, 33_000),
                row(4, "Mogadishu", "P", "PPLC", "SO", "02", 2.04, 45.34, 2_500_000),
                row(5, "Ceel Barde", "P", "PPL", "SO", "03", 4.83, 43.65, 5_000)),
                "SO.04\tGedo\tGedo\t58\nSO.02\tBanaadir\tBanaadir\t64\nSO.03\tBakool\tBakool\t59\n");
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    @Test
    void aTownNamedNearTheCodedPointIsWithinReachAndAFarOneIsNot() {
        LocationCeiling ceiling = new LocationCeiling(gazetteer);
        assertTrue(ceiling.add("Militants attacked a checkpoint in Luuq on Monday.", 3.85, 42.50));
        assertFalse(ceiling.add("Militants attacked a checkpoint in Luuq on Monday.", 2.05, 45.30));
        assertEquals(1, ceiling.reachable());
        assertEquals(2, ceiling.notes());
    }

    @Test
    void aNameOfSeveralWordsIsReadWhole() {
        assertTrue(new LocationCeiling(gazetteer).add("Clashes were reported near Ceel Barde.", 4.80, 43.60));
    }

    @Test
    void aRegionCountsWhenItsSeatIsNearTheCodedPoint() {
        LocationCeiling ceiling = new LocationCeiling(gazetteer);
        assertTrue(ceiling.add("Fighting was reported in Gedo region.", 3.30, 42.25));
        assertFalse(ceiling.add("Fighting was reported in Gedo region.", 3.80, 42.55 + 0.5));
    }

    @Test
    void aNoteNamingNoEntryIsOutOfReach() {
        LocationCeiling ceiling = new LocationCeiling(gazetteer);
        assertFalse(ceiling.add("Two gendarmes were killed by armed men on motorcycles.", 3.85, 42.50));
        assertTrue(ceiling.line().contains("0 of 1 notes (0.000)"), ceiling.line());
    }
}
