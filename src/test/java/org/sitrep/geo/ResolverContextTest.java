package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.geo.MiniGazetteer.only;
import static org.sitrep.geo.MiniGazetteer.row;
import static org.sitrep.geo.MiniGazetteer.withLocations;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sitrep.model.ResolvedPlace;

/**
 * Resolution rules that need namesakes across countries and many same-named counties: a fixture of GeoNames-format
 * rows written for this test (populations rounded).
 */
class ResolverContextTest {
    @RegisterExtension
    static final GazetteerFixture geo = GazetteerFixture.ofRows(rows(),
            "US.DC\tDistrict of Columbia\tDistrict of Columbia\t4138106\n"
                + "US.WA\tWashington\tWashington\t5815135\nUS.FL\tFlorida\tFlorida\t4155751\n"
                + "ZA.06\tGauteng\tGauteng\t1085594\nSO.14\tLower Shabeelle\tLower Shabeelle\t51966\n"
                + "JO.16\tAmman\tAmman\t250439\n");

    private static List<String> rows() {
        List<String> rows = new ArrayList<>(List.of(
                row(4140963, "Washington", "P", "PPLC", "US", "DC", "", 38.89511, -77.03637, 689000),
                row(5815135, "Washington", "A", "ADM1", "US", "WA", "", 47.50012, -120.50147, 7000000),
                row(5809844, "Seattle", "P", "PPLA2", "US", "WA", "033", 47.60621, -122.33207, 737000),
                row(4164138, "Oakland Park", "P", "PPL", "US", "FL", "011", 26.17231, -80.13199, 44000),
                row(4155751, "Florida", "A", "ADM1", "US", "FL", "", 28.75054, -82.5001, 21000000),
                row(993800, "Johannesburg", "P", "PPLA", "ZA", "06", "", -26.20227, 28.04363, 2026000),
                row(53654, "Marka", "P", "PPLA2", "SO", "14", "", 1.71594, 44.77166, 230000),
                row(250441, "Marka", "P", "PPL", "JO", "16", "", 31.98, 35.99, 400000),
                row(250439, "Amman", "P", "PPLC", "JO", "16", "", 31.95522, 35.94503, 1275000)));
        String[] states = {"AL", "AR", "CO", "FL", "GA", "ID", "IL", "IN", "IA", "KS", "KY", "ME", "MD", "MA", "MN",
            "MS", "MO", "NE", "NY", "NC", "OH", "OK", "OR", "PA", "RI", "TN", "TX", "UT", "VT", "VA"};
        for (int i = 0; i < states.length; i++) {
            rows.add(row(4000000 + i, "Washington County", "A", "ADM2", "US", states[i], "1" + i, 30 + i / 3.0, -95 + i,
                    20000 + i));
        }
        return rows;
    }

    private static List<ResolvedPlace> resolve(String s, String... locations) {
        return geo.stage().resolve(withLocations(s, locations));
    }

    @Test
    void washingtonAloneIsTheCapitalNotTheStateNorOneOfThirtyCounties() {
        ResolvedPlace washington = only(resolve("Officials in Washington said talks would resume.", "Washington"),
                "Washington");
        assertEquals(4140963L, washington.place().geonameid(), washington.toString());
    }

    @Test
    void washingtonAfterASeattleCommaIsTheState() {
        ResolvedPlace washington = only(resolve("Rain fell on Seattle, Washington, all week.", "Seattle",
                "Washington"), "Washington");
        assertEquals("ADM1", washington.place().featureCode(), washington.toString());
    }

    @Test
    void aLooseSpellingMatchWithoutCountryEvidenceIsNoPlace() {
        List<ResolvedPlace> places = resolve("Journalists gathered outside the broadcaster in Auckland Park.",
                "Auckland Park");
        assertEquals(List.of(), places, "Oakland Park, Florida shares only the consonant skeleton");
        ResolvedPlace withEvidence = only(resolve("South African police said protesters gathered in Johannesberg.",
                "Johannesberg"), "Johannesberg");
        assertEquals(993800L, withEvidence.place().geonameid(),
                "a loose match is kept when the rest of the report is about its country: " + withEvidence);
    }

    @Test
    void aLooseSpellingMatchInAnEnglishSpeakingCountryIsAnotherName() {
        List<ResolvedPlace> places = resolve("A crowd marched in Oakland Park, Florida, and in Okland Park.",
                "Oakland Park", "Okland Park");
        assertEquals(List.of(), places.stream().filter(p -> p.text().equals("Okland Park")).toList(),
                "US place names are not transliterated: Okland Park is not Oakland Park");
        assertEquals("US", only(places, "Oakland Park").place().countryCode());
    }

    @Test
    void anActorsHomeCountryChoosesTheNamesake() {
        ResolvedPlace withActor = only(resolve("Al-Shabaab fighters attacked an army base in Marka.", "Marka"),
                "Marka");
        assertEquals("SO", withActor.place().countryCode(), withActor.toString());
        assertEquals("country-context", withActor.rule());
        ResolvedPlace without = only(resolve("Gunmen attacked an army base in Marka.", "Marka"), "Marka");
        assertTrue(!"country-context".equals(without.rule()), "no actor, no country evidence: " + without);
    }
}
