package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.Place;

/** The seat of a first-order region from a gazetteer of hand-written GeoNames rows (made-up ids, rounded figures). */
class RegionSeatsTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Somalia", "A", "PCLI", "SO", "00", 6.0, 47.0, 10_000_000),
            row(2, "Garbahaarey", "P", "PPLA", "SO", "04", 3.33, 42.22, 12_000),
            row(3, "Luuq", "P", "PPL", "SO", "04", 3.8, 42.55, 33_000),
            row(4, "Mogadishu", "P", "PPLC", "SO", "02", 2.04, 45.34, 2_500_000),
            row(5, "Ceel Barde", "P", "PPL", "SO", "03", 4.83, 43.65, 5_000),
            row(6, "Kolwezi", "P", "PPLA2", "CD", "24", -10.71, 25.47, 418_000),
            row(7, "Likasi", "P", "PPLA2", "CD", "24", -10.98, 26.73, 400_000),
            row(8, "Fungurume", "P", "PPL", "CD", "24", -10.62, 26.32, 500_000)),
            "SO.04\tGedo\tGedo\t58\nSO.02\tBanaadir\tBanaadir\t64\n"
                + "SO.03\tBakool\tBakool\t59\nCD.24\tLualaba\tLualaba\t2\n");

    private static Place region(String name) {
        return geo.gazetteer().candidates(name, 5).stream().filter(Place::isAdmin1).findFirst().orElseThrow();
    }

    @Test
    void aRegionsSeatIsItsPplaEvenWhenALargerTownLiesInIt() {
        assertEquals("Garbahaarey", geo.gazetteer().seatOf(region("Gedo")).map(Place::name).orElseThrow());
    }

    @Test
    void theCapitalIsTheSeatOfTheRegionItLiesIn() {
        assertEquals("Mogadishu", geo.gazetteer().seatOf(region("Banaadir")).map(Place::name).orElseThrow());
    }

    @Test
    void aRegionWithoutAPplaHasItsLargestSecondOrderSeat() {
        assertEquals("Kolwezi", geo.gazetteer().seatOf(region("Lualaba")).map(Place::name).orElseThrow());
    }

    @Test
    void aCountrysSeatIsItsCapital() {
        assertEquals("Mogadishu", geo.gazetteer().seatOf(geo.gazetteer().country("SO").orElseThrow()).map(Place::name)
                .orElseThrow());
    }

    @Test
    void aRegionWithoutASeatAndATownHaveNone() {
        assertEquals(Optional.empty(), geo.gazetteer().seatOf(region("Bakool")));
        assertEquals(Optional.empty(), geo.gazetteer().seatOf(geo.gazetteer().candidates("Luuq", 1).get(0)));
    }
}
