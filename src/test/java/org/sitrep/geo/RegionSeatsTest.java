package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.geonames.LuceneGazetteer;
import org.sitrep.model.Place;

/** The seat of a first-order region from a gazetteer of hand-written GeoNames rows (made-up ids, rounded figures). */
class RegionSeatsTest {
    @TempDir
    static Path dir;
    static LuceneGazetteer gazetteer;

    @BeforeAll
    static void buildTheFixture() throws IOException {
        List<String> rows = List.of(
                row(1, "Somalia", "A", "PCLI", "SO", "00", 6.0, 47.0, 10_000_000),
                row(2, "Garbahaarey", "P", "PPLA", "SO", "04", 3.33, 42.22, 12_000),
                row(3, "Luuq", "P", "PPL", "SO", "04", 3.8, 42.55, 33_000),
                row(4, "Mogadishu", "P", "PPLC", "SO", "02", 2.04, 45.34, 2_500_000),
                row(5, "Ceel Barde", "P", "PPL", "SO", "03", 4.83, 43.65, 5_000),
                row(6, "Kolwezi", "P", "PPLA2", "CD", "24", -10.71, 25.47, 418_000),
                row(7, "Likasi", "P", "PPLA2", "CD", "24", -10.98, 26.73, 400_000),
                row(8, "Fungurume", "P", "PPL", "CD", "24", -10.62, 26.32, 500_000));
        gazetteer = MiniGazetteer.fromRows(dir, rows, "SO.04\tGedo\tGedo\t58\nSO.02\tBanaadir\tBanaadir\t64\n"
                + "SO.03\tBakool\tBakool\t59\nCD.24\tLualaba\tLualaba\t2\n");
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    private static Place region(String name) {
        return gazetteer.candidates(name, 5).stream().filter(Place::isAdmin1).findFirst().orElseThrow();
    }

    @Test
    void aRegionsSeatIsItsPplaEvenWhenALargerTownLiesInIt() {
        assertEquals("Garbahaarey", gazetteer.seatOf(region("Gedo")).map(Place::name).orElseThrow());
    }

    @Test
    void theCapitalIsTheSeatOfTheRegionItLiesIn() {
        assertEquals("Mogadishu", gazetteer.seatOf(region("Banaadir")).map(Place::name).orElseThrow());
    }

    @Test
    void aRegionWithoutAPplaHasItsLargestSecondOrderSeat() {
        assertEquals("Kolwezi", gazetteer.seatOf(region("Lualaba")).map(Place::name).orElseThrow());
    }

    @Test
    void aCountrysSeatIsItsCapital() {
        assertEquals("Mogadishu", gazetteer.seatOf(gazetteer.country("SO").orElseThrow()).map(Place::name)
                .orElseThrow());
    }

    @Test
    void aRegionWithoutASeatAndATownHaveNone() {
        assertEquals(Optional.empty(), gazetteer.seatOf(region("Bakool")));
        assertEquals(Optional.empty(), gazetteer.seatOf(gazetteer.candidates("Luuq", 1).get(0)));
    }
}
