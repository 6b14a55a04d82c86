package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.ResolvedPlace;

/**
 * A bare first-order region's name is the region, not a town or county named after it in a state the report names:
 * a fixture of GeoNames-format rows written for this test (made-up ids, rounded figures).
 */
class RegionNamesakeTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "California", "A", "ADM1", "US", "CA", 37.25, -119.75, 37_000_000),
            row(2, "California", "P", "PPL", "US", "PA", 40.07, -79.89, 6_000),
            row(3, "Pennsylvania", "A", "ADM1", "US", "PA", 40.9, -77.7, 12_000_000),
            row(4, "Pittsburgh", "P", "PPLA2", "US", "PA", 40.44, -80.0, 300_000),
            row(5, "Texas", "A", "ADM1", "US", "TX", 31.25, -99.25, 25_000_000),
            row(6, "Texas County", "A", "ADM2", "US", "MO", "215", 37.32, -91.97, 26_000),
            row(7, "Missouri", "A", "ADM1", "US", "MO", 38.25, -92.5, 6_000_000),
            row(8, "Houston", "P", "PPLA2", "US", "TX", 29.76, -95.36, 2_100_000),
            row(9, "Washington", "P", "PPLC", "US", "DC", 38.9, -77.04, 690_000),
            row(10, "Washington", "A", "ADM1", "US", "WA", 47.5, -120.5, 7_000_000),
            row(11, "Baltimore", "P", "PPLA2", "US", "MD", 39.29, -76.61, 600_000),
            row(12, "Maryland", "A", "ADM1", "US", "MD", 39.0, -76.75, 5_800_000)),
            "US.CA\tCalifornia\tCalifornia\t1\n"
                + "US.PA\tPennsylvania\tPennsylvania\t3\nUS.TX\tTexas\tTexas\t5\nUS.MO\tMissouri\tMissouri\t7\n"
                + "US.DC\tDistrict of Columbia\tDistrict of Columbia\t13\nUS.WA\tWashington\tWashington\t10\n"
                + "US.MD\tMaryland\tMaryland\t12\n");

    @Test
    void californiaInAReportNamingPennsylvaniaIsTheState() {
        ResolvedPlace p = geo.resolved("California", "Growers in California and Pennsylvania, near Pittsburgh, lost"
                + " their hives.", "California", "Pennsylvania", "Pittsburgh");
        assertEquals(1L, p.place().geonameid(), p.toString());
    }

    @Test
    void texasInAReportNamingMissouriIsTheStateNotTexasCounty() {
        ResolvedPlace p = geo.resolved("Texas", "Cattle from Missouri were sold in Texas.", "Missouri", "Texas");
        assertEquals(5L, p.place().geonameid(), p.toString());
    }

    @Test
    void aRegionBeforeAnotherRegionIsAListItemNotTheContained() {
        ResolvedPlace p = geo.resolved("Texas", "Cases were found in Texas, Missouri and Pennsylvania.", "Texas",
                "Missouri", "Pennsylvania");
        assertEquals(5L, p.place().geonameid(), p.toString());
    }

    @Test
    void aContainerStillMakesTheTown() {
        ResolvedPlace p = geo.resolved("California", "The mill in California, Pennsylvania closed.", "California",
                "Pennsylvania");
        assertEquals(2L, p.place().geonameid(), p.toString());
    }

    @Test
    void theCapitalIsNoMereNamesakeOfTheState() {
        ResolvedPlace p = geo.resolved("Washington", "Officials from Baltimore, Maryland flew to Washington.",
                "Baltimore", "Maryland", "Washington");
        assertEquals(9L, p.place().geonameid(), p.toString());
    }
}
