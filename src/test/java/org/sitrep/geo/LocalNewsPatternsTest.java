package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sitrep.geo.MiniGazetteer.entity;
import static org.sitrep.geo.MiniGazetteer.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Datelines in capitals and legislators' party tags name places. Hand-written GeoNames rows (made-up ids). */
class LocalNewsPatternsTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(List.of(
            row(1, "Hamilton", "P", "PPLA2", "US", "OH", 39.4, -84.56, 62_000),
            row(2, "Braxton County", "A", "ADM2", "US", "WV", "007", 38.7, -80.72, 14_000),
            row(3, "Ocilla", "P", "PPLA2", "US", "GA", 31.6, -83.25, 3_400)),
            "");

    @Test
    void aDatelineInCapitalsBeforeADashIsAPlace() {
        assertEquals(List.of("HAMILTON"), geo.names("Budget talks stall. HAMILTON — The council met on Monday."));
        assertEquals(List.of("HAMILTON"), geo.names("HAMILTON (AP) -- The council met on Monday."));
    }

    @Test
    void capitalsThatNameNoKnownPlaceAreNoDateline() {
        assertEquals(List.of(), geo.names("Budget talks stall. UPDATE — The council met on Monday."));
    }

    @Test
    void aLegislatorsPartyTagNamesHisHomeEvenWhenNerTookTheTagWhole() {
        String s = "House Majority Leader Brent Boggs, D-Braxton, said the bill would pass.";
        assertEquals(List.of("Braxton"), geo.names(s, entity(s, "Brent Boggs", "PERSON"),
                entity(s, "D-Braxton", "LOCATION")));
        assertEquals(List.of("Ocilla"), geo.names("State Rep. Jay Roberts (R-Ocilla), chairman of the caucus."));
    }

    @Test
    void aPartyTagWithAStateAbbreviationIsThatState() {
        String s = "Sen. Chuck Schumer (D-N.Y.) said the vote was close.";
        List<Toponym> found = geo.recognizer().recognize(MiniGazetteer.text(s, entity(s, "D-N.Y.", "LOCATION")));
        assertEquals(List.of("N.Y."), found.stream().map(Toponym::text).toList());
        assertEquals(Toponym.Kind.REGION, found.get(0).kind());
    }
}
