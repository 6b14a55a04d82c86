package org.sitrep.fuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.TestReports.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.store.TestReports;

public class FuserTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 10);

    static SourceEvent source(String id, String publisher, Event e) {
        return new SourceEvent(TestReports.withId(e, id), id.split(":")[0], List.of(publisher));
    }

    public static Event clash(double lat, double lon, LocalDate day, Long dead, double c) {
        return event("x", "Battles", "Military Forces of Nigeria (2023-)", "Boko Haram", "Kukawa", lat, lon, day, dead, c);
    }

    @Test
    void threeReportsOfOneClashFuseAndKeepEachSourcesOwnFigures() {
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        assertEquals("a:0", fuser.add(source("a:0", "a.example", clash(12.9, 13.6, DAY, 12L, 0.6))));
        assertEquals("a:0", fuser.add(source("b:0", "b.example", clash(12.95, 13.55, DAY.minusDays(1), 7L, 0.5))));
        assertEquals("a:0", fuser.add(source("c:0", "c.example", clash(12.91, 13.61, DAY, null, 0.7))));
        FusedEvent f = fuser.fusedEvents().get(0);
        assertEquals(Optional.of(7L), f.fused().fatalities());
        assertEquals(Optional.of(DAY.minusDays(1)), f.fused().eventDate());
        assertEquals(3, f.independentSources());
        assertEquals(0.94, f.fused().confidence(), 1e-9);
        assertEquals(List.of(Optional.of(12L), Optional.of(7L), Optional.empty()),
                f.sources().stream().map(s -> s.event().fatalities()).toList());
    }

    @Test
    void confidenceGrowsOnlyWithIndependentPublishers() {
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        fuser.add(source("a:0", "same.example", clash(12.9, 13.6, DAY, 1L, 0.6)));
        fuser.add(source("b:0", "same.example", clash(12.9, 13.6, DAY, 1L, 0.5)));
        assertEquals(0.6, fuser.fusedEvents().get(0).fused().confidence(), 1e-9);
        assertEquals(1, fuser.fusedEvents().get(0).independentSources());
    }

    @Test
    void genericActorsAreCompatibleWithSpecificOnesButTwoDifferentSpecificGroupsAreNot() {
        FusionRule rule = FusionRule.DEFAULT;
        assertTrue(FusionRule.actorsCompatible(java.util.Set.of("Unidentified Armed Group (Nigeria)"),
                java.util.Set.of("Boko Haram")));
        assertTrue(!FusionRule.actorsCompatible(java.util.Set.of("ISWAP"), java.util.Set.of("JAS")));
        assertTrue(FusionRule.actorsCompatible(java.util.Set.of("Military Forces of Nigeria (2023-)"),
                java.util.Set.of("Military Forces of Nigeria")));
        assertEquals(25, rule.maxKm());
    }

    public static Event atRegionPrecision(Event e, double lat, double lon) {
        Event.EventPlace p = e.place().orElseThrow();
        Event.EventPlace region = new Event.EventPlace(p.country(), p.iso(), p.admin1(), Optional.empty(), "Borno", lat,
                lon, 3, 2346794, "region");
        return new Event(e.id(), e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(),
                Optional.of(region), e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(),
                e.source(), e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
    }

    @Test
    void aReportPlacingTheEventOnlyInItsRegionFusesWithAPreciseOneInThatRegion() {
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        fuser.add(source("a:0", "a.example", clash(12.9, 13.6, DAY, 12L, 0.6)));
        fuser.add(source("b:0", "b.example", atRegionPrecision(clash(0, 0, DAY, 9L, 0.5), 11.5, 13.0)));
        assertEquals(1, fuser.size());
        Fuser reversed = new Fuser(FusionRule.DEFAULT);
        reversed.add(source("b:0", "b.example", atRegionPrecision(clash(0, 0, DAY, 9L, 0.5), 11.5, 13.0)));
        reversed.add(source("a:0", "a.example", clash(12.9, 13.6, DAY, 12L, 0.6)));
        assertEquals(1, reversed.size());
        assertEquals(1, reversed.fusedEvents().get(0).fused().place().orElseThrow().geoPrecision(),
                "the fused place is the most precise");
    }

    @Test
    void twoEventsOfOneReportAreNeverFusedWithEachOther() {
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        fuser.add(new SourceEvent(TestReports.withId(clash(12.9, 13.6, DAY, 1L, 0.5), "a:0"), "a", List.of("p")));
        fuser.add(new SourceEvent(TestReports.withId(clash(12.9, 13.6, DAY, 2L, 0.5), "a:1"), "a", List.of("p")));
        assertEquals(2, fuser.size());
    }

    @Test
    void eventsWithoutPlaceOrDateStayOnTheirOwn() {
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        Event undated = clash(12.9, 13.6, null, 1L, 0.5);
        fuser.add(source("a:0", "a", undated));
        fuser.add(source("b:0", "b", undated));
        assertEquals(2, fuser.size());
    }

    @Test
    void refusingTheSameEventsInTheSameOrderGivesTheSameIds() {
        List<SourceEvent> events = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            events.add(source("d" + i + ":0", "p" + (i % 5), clash(10 + r.nextDouble(), 10 + r.nextDouble(),
                    DAY.plusDays(r.nextInt(30)), (long) r.nextInt(10), 0.5)));
        }
        Fuser one = new Fuser(FusionRule.DEFAULT);
        Fuser two = new Fuser(FusionRule.DEFAULT);
        events.forEach(one::add);
        events.forEach(two::add);
        assertEquals(one.memberIds(), two.memberIds());
        assertTrue(one.size() < 2000 && one.size() > 100, "some, not all, fuse: " + one.size());
    }

    @Test
    void blockingFindsNeighboursAcrossCellBordersAndTheAntimeridian() {
        assertTrue(GridCells.around(12.49, 13.49, 25).contains(GridCells.cell(12.51, 13.51)));
        assertTrue(GridCells.around(0, 179.99, 25).contains(GridCells.cell(0, -179.99)));
        assertEquals(11.1, GridCells.distanceKm(0, 0, 0.1, 0), 0.1);
    }
}
