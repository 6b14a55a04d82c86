package org.sitrep.eval.geo;

import org.sitrep.model.GreatCircle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

class GeoMetricsTest {
    private static ResolvedPlace predicted(int start, int end, double lat, double lon) {
        Place p = new Place(1, "x", "P", "PPL", "XX", "X", Optional.empty(), Optional.empty(), lat, lon, 0);
        return new ResolvedPlace(new Span(start, end), "x", p, 0.9, "test");
    }

    @Test
    void greatCircleDistanceIsHaversineOnA6371KmSphere() {
        assertEquals(0, GreatCircle.km(10, 20, 10, 20), 1e-9);
        assertEquals(Math.PI * 6371 / 180, GreatCircle.km(0, 0, 0, 1), 1e-6, "one degree on the equator");
        assertEquals(Math.PI * 6371, GreatCircle.km(0, 0, 0, 180), 1e-6, "antipodes: half the circumference");
        assertEquals(343.5, GreatCircle.km(51.5074, -0.1278, 48.8566, 2.3522), 1.0, "London to Paris");
    }

    @Test
    void recallAccuracyStrictAccuracyMedianAucAndPrecisionFollowTheFieldsDefinitions() {
        GoldDocument gold = new GoldDocument("d", "a".repeat(100), List.of(
                new GoldToponym(new Span(0, 5), "A", 0, 0),
                new GoldToponym(new Span(10, 15), "B", 0, 0),
                new GoldToponym(new Span(20, 25), "C", 0, 0),
                new GoldToponym(new Span(30, 35), "D", 0, 0)),
                List.of(new Span(60, 65)));
        double oneDegree = Math.PI * 6371 / 180;
        DocumentScore score = DocumentScore.of(gold, List.of(
                predicted(0, 5, 0, 0),          // exact
                predicted(12, 18, 0, 1),         // overlaps B, 111 km off: accurate
                predicted(20, 25, 0, 10),        // 1112 km off: found, not accurate
                predicted(50, 55, 0, 0),         // on no gold toponym: spurious
                predicted(61, 64, 0, 0)));       // on a gold toponym without coordinates: not spurious
        GeoMetrics m = GeoMetrics.of("test", List.of(score));
        assertEquals(4, m.gold());
        assertEquals(3, m.found());
        assertEquals(0.75, m.recall(), 1e-12);
        assertEquals(2.0 / 3, m.accuracy161(), 1e-12);
        assertEquals(0.5, m.strictAccuracy161(), 1e-12);
        assertEquals(oneDegree, m.medianKm(), 1e-6);
        double auc = (0 + Math.log(1 + oneDegree) + Math.log(1 + 10 * oneDegree)) / 3 / Math.log(20039);
        assertEquals(auc, m.auc(), 1e-6);
        assertEquals(5, m.predicted());
        assertEquals(1, m.spurious());
        assertEquals(0.8, m.precision(), 1e-12);
        assertTrue(m.json().startsWith("{\"corpus\":\"test\""), m.json());
        assertTrue(m.json().contains("\"recall\":0.7500"), m.json());
        assertTrue(m.table().contains("acc@161 (strict)  0.500  (2/4)"), m.table());
        assertEquals(new GeoMetrics.WrongByLevel(0, 0, 0, 1), m.wrong(), "C, a town 1112 km off");
    }

    @Test
    void wrongReadingsAreCountedByThePredictedEntrysLevel() {
        GoldDocument gold = new GoldDocument("d", "a".repeat(50), List.of(
                new GoldToponym(new Span(0, 5), "Canada", 60, -95),
                new GoldToponym(new Span(10, 15), "Alberta", 52.3, -117.5),
                new GoldToponym(new Span(20, 25), "Europe", 51, 17.5),
                new GoldToponym(new Span(30, 35), "Chad", 15, 19)),
                List.of());
        DocumentScore score = DocumentScore.of(gold, List.of(
                at(0, 5, "PCLI", "A", 60.1, -113.6), at(10, 15, "ADM1", "A", 54.8, -114.1),
                at(20, 25, "CONT", "L", 48.7, 9.1), at(30, 35, "PCLI", "A", 15.1, 19.1)));
        GeoMetrics m = GeoMetrics.of("levels", List.of(score));
        assertEquals(new GeoMetrics.WrongByLevel(1, 1, 1, 0), m.wrong(), "Chad is right, the others > 161 km off");
        assertTrue(m.table().contains("wrong by level    1 countries, 1 first-order regions, 1 continents, 0 other"),
                m.table());
        assertTrue(m.json().endsWith("\"wrong_by_level\":{\"countries\":1,\"regions\":1,\"continents\":1,"
                + "\"other\":0}}"), m.json());
    }

    private static ResolvedPlace at(int start, int end, String code, String featureClass, double lat, double lon) {
        Place p = new Place(1, "x", featureClass, code, "XX", "X", Optional.empty(), Optional.empty(), lat, lon, 0);
        return new ResolvedPlace(new Span(start, end), "x", p, 0.9, "test");
    }

    @Test
    void theLargestOverlapDecidesWhichPredictionAToponymIsScoredWith() {
        GoldDocument gold = new GoldDocument("d", "a".repeat(40),
                List.of(new GoldToponym(new Span(0, 10), "Deir ez-Zor", 35.3, 40.1)), List.of());
        DocumentScore score = DocumentScore.of(gold, List.of(predicted(0, 2, 0, 0), predicted(3, 10, 35.3, 40.1)));
        assertEquals(0, score.outcomes().get(0).errorKm(), 1e-9);
        assertEquals(0, score.spurious().size());
    }

    @Test
    void aFailedDocumentCountsEveryToponymAsMissed() {
        GoldDocument gold = new GoldDocument("d", "text",
                List.of(new GoldToponym(new Span(0, 4), "text", 1, 1)), List.of());
        GeoMetrics m = GeoMetrics.of("c", List.of(DocumentScore.failure(gold, "boom")));
        assertEquals(1, m.failedDocuments());
        assertEquals(0, m.recall(), 1e-12);
        assertTrue(Double.isNaN(m.accuracy161()), "nothing found: acc@161 over found is undefined");
        assertTrue(m.json().contains("\"acc161\":null"), m.json());
    }
}
