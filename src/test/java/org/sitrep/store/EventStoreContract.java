package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.TestReports.event;
import static org.sitrep.store.TestReports.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusionRule;
import org.sitrep.model.Event;
import org.sitrep.store.jdbc.JdbcEventStore;

/** The behaviour every event store has; subclasses give a fresh, empty store address (SQLite, PostgreSQL). */
abstract class EventStoreContract {
    static final LocalDate DAY = LocalDate.of(2024, 3, 10);
    static final String TEXT_A = "Suspected Boko Haram gunmen attacked the village of Kukawa in Borno State on Sunday,"
            + " killing at least 12 villagers and burning houses, residents said on Monday.";
    static final String TEXT_B = "The Nigerian army said troops clashed with Boko Haram militants in Kukawa on Sunday"
            + " and that 9 people died in the fighting, according to a military spokesman.";
    EventStore store;

    /** The address of an empty store for one test. */
    abstract String freshAddress();

    private String address;

    String freshAddressOfThisTest() {
        return address;
    }

    @BeforeEach
    void open() {
        address = freshAddress();
        store = JdbcEventStore.open(address);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Event clash(double lat, double lon, LocalDate date, Long dead, double confidence) {
        return event("t", "Battles", "Military Forces of Nigeria (2023-)", "Boko Haram", "Kukawa", lat, lon, date,
                dead, confidence);
    }

    @Test
    void aStoredReportIsFoundByUrlAndByContentHash() {
        StoredReport r = report(TEXT_A, "https://a.example/1", "a.example", List.of(clash(12.9, 13.6, DAY, 12L, 0.7)));
        assertEquals(StoreOutcome.Kind.STORED, store.store(r).kind());
        assertEquals(Optional.of(r.document().id()), store.documentWithUrl("https://a.example/1"));
        assertEquals(Optional.of(r.document().id()), store.documentWithContentHash(r.contentHash()));
        assertEquals(Optional.empty(), store.documentWithUrl("https://a.example/2"));
        assertEquals(new StoreCounts(1, 0, 1, 1), store.counts());
    }

    @Test
    void theSameReportTwiceIsStoredOnceAndACopyUnderAnotherAddressAddsItsPublisher() {
        StoredReport r = report(TEXT_A, "https://a.example/1", "a.example", List.of(clash(12.9, 13.6, DAY, 12L, 0.7)));
        store.store(r);
        assertEquals(StoreOutcome.Kind.SAME_URL, store.store(r).kind());
        StoredReport copy = report(TEXT_A, "https://b.example/x", "b.example", List.of(clash(12.9, 13.6, DAY, 12L, 0.7)));
        assertEquals(StoreOutcome.Kind.SAME_CONTENT, store.store(copy).kind());
        assertEquals(new StoreCounts(1, 0, 1, 1), store.counts());
        assertEquals(List.of("a.example", "b.example"), store.publishers(r.document().id()));
    }

    @Test
    void aWireCopyWithASmallEditIsANearDuplicate() {
        store.store(report(TEXT_A, "https://a.example/1", "a.example", List.of()));
        String copy = "MAIDUGURI (Wire) - " + TEXT_A.replace("on Monday", "on Monday, officials added");
        Optional<String> found = store.nearDuplicate(TextFingerprint.of(copy), 0.6);
        assertEquals(Optional.of(report(TEXT_A, null, null, List.of()).document().id()), found);
        assertEquals(Optional.empty(), store.nearDuplicate(TextFingerprint.of(TEXT_B), 0.6));
    }

    @Test
    void twoReportsOfOneClashFuseIntoOneEventWithTheLowestFatalitiesAndAHigherConfidence() {
        StoreOutcome a = store.store(report(TEXT_A, "https://a.example/1", "a.example",
                List.of(clash(12.90, 13.60, DAY, 12L, 0.7))));
        StoreOutcome b = store.store(report(TEXT_B, "https://b.example/1", "b.example",
                List.of(clash(12.95, 13.62, DAY.plusDays(1), 9L, 0.6))));
        assertEquals(a.fusedIds(), b.fusedIds());
        FusedEvent f = store.fusedEvent(a.fusedIds().get(0)).orElseThrow();
        assertEquals(2, f.sources().size());
        assertEquals(Optional.of(9L), f.fused().fatalities());
        assertEquals(Optional.of(DAY), f.fused().eventDate());
        assertEquals(0.88, f.fused().confidence(), 1e-9);
        assertEquals("a.example; b.example", f.fused().source());
        assertEquals(Optional.of(12L), f.sources().get(0).event().fatalities());
        assertEquals(new StoreCounts(2, 0, 2, 1), store.counts());
    }

    @Test
    void reportsFarApartInSpaceOrTimeOrWithOtherActorsStaySeparate() {
        store.store(report(TEXT_A, "https://a.example/1", "a.example", List.of(clash(12.90, 13.60, DAY, 12L, 0.7))));
        store.store(report(TEXT_B, "https://b.example/1", "b.example", List.of(clash(11.85, 13.15, DAY, 3L, 0.6))));
        store.store(report(TEXT_B + " Later.", "https://c.example/1", "c.example",
                List.of(clash(12.90, 13.60, DAY.plusDays(3), 3L, 0.6))));
        store.store(report(TEXT_B + " Other.", "https://d.example/1", "d.example",
                List.of(event("t", "Battles", "ISWAP", "JAS", "Kukawa", 12.9, 13.6, DAY, 1L, 0.6))));
        store.store(report(TEXT_B + " Protest.", "https://e.example/1", "e.example",
                List.of(event("t", "Protests", "Protesters (Nigeria)", null, "Kukawa", 12.9, 13.6, DAY, null, 0.6))));
        assertEquals(5, store.counts().fusedEvents());
    }

    @Test
    void twoEventsOfOneReportStaySeparate() {
        StoreOutcome o = store.store(report(TEXT_A, "https://a.example/1", "a.example",
                List.of(clash(12.90, 13.60, DAY, 12L, 0.7), clash(12.90, 13.60, DAY, 3L, 0.5))));
        assertEquals(2, o.fusedIds().stream().distinct().count());
    }

    @Test
    void aReportPlacingTheClashOnlyInItsRegionFusesWithAPreciseReport() {
        String a = store.store(report(TEXT_A, "https://a.example/1", "a.example",
                List.of(clash(12.90, 13.60, DAY, 12L, 0.7)))).fusedIds().get(0);
        String b = store.store(report(TEXT_B, "https://b.example/1", "b.example",
                List.of(org.sitrep.fuse.FuserTest.atRegionPrecision(clash(0, 0, DAY, 9L, 0.6), 11.5, 13.0))))
                .fusedIds().get(0);
        assertEquals(a, b);
        assertEquals(1, store.fusedEvent(a).orElseThrow().fused().place().orElseThrow().geoPrecision());
    }

    @Test
    void anExactRoundTripKeepsEveryCodedField() {
        Event original = clash(12.90, 13.60, DAY, 12L, 0.7);
        StoredReport r = report(TEXT_A, "https://a.example/1", "a.example", List.of(original));
        String fusedId = store.store(r).fusedIds().get(0);
        Event back = store.fusedEvent(fusedId).orElseThrow().sources().get(0).event();
        assertEquals(r.events().get(0), back);
        assertEquals(Optional.of(TestReports.VERSIONS), store.codingVersions(back.id()));
    }

    @Test
    void exportQueriesFilterByCountryDatesTypeAndBoundingBox() {
        store.store(report(TEXT_A, "https://a.example/1", "a.example", List.of(clash(12.90, 13.60, DAY, 12L, 0.7))));
        store.store(report(TEXT_B, "https://b.example/1", "b.example",
                List.of(event("t", "Protests", "Protesters (Nigeria)", null, "Lagos", 6.45, 3.39, DAY.plusDays(5), null, 0.6))));
        assertEquals(2, store.fusedEvents(EventQuery.all()).size());
        assertEquals(2, store.fusedEvents(query(Optional.of("nigeria"), Optional.empty(), Optional.empty(), Optional.empty())).size());
        assertEquals(0, store.fusedEvents(query(Optional.of("Syria"), Optional.empty(), Optional.empty(), Optional.empty())).size());
        assertEquals("Lagos", store.fusedEvents(query(Optional.empty(), Optional.of(DAY.plusDays(1)), Optional.empty(),
                Optional.empty())).get(0).event().place().orElseThrow().location());
        assertEquals(1, store.fusedEvents(query(Optional.empty(), Optional.empty(), Optional.of("Battles"), Optional.empty())).size());
        assertEquals("Kukawa", store.fusedEvents(query(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new BoundingBox(13, 12, 14, 13)))).get(0).event().place().orElseThrow().location());
    }

    /** Six events: dates DAY..DAY+5 (one without a date), two countries, three types, fatalities 0..5 and unknown. */
    private void storeSixForQueries() {
        String[] types = {"Battles", "Protests", "Violence against civilians"};
        for (int i = 0; i < 6; i++) {
            Event e = event("t", types[i % 3], i % 2 == 0 ? "Boko Haram" : "ISWAP 100%_Faction", null, "Place " + i,
                    10 + i, 10 + i, i == 5 ? null : DAY.plusDays(i), i == 4 ? null : (long) i, 0.6);
            if (i == 3) {
                Event.EventPlace p = e.place().orElseThrow();
                e = TestReports.withPlace(e, new Event.EventPlace("Chad", 148, p.admin1(), p.admin2(), p.location(),
                        p.latitude(), p.longitude(), p.geoPrecision(), p.geonameid(), p.rule()));
            }
            store.store(report(TEXT_A + " Report " + i + " of " + (i * 7919) + " here.", "https://q.example/" + i,
                    "q.example", List.of(e)));
        }
    }

    private static EventQuery search(List<String> countries, List<String> types, List<String> actors,
                                     Optional<EventQuery.FatalityRange> dead) {
        return new EventQuery(countries, Optional.empty(), Optional.empty(), types, List.of(), actors, dead,
                Optional.empty());
    }

    private static List<String> places(EventPage page) {
        return page.events().stream().map(e -> e.event().place().orElseThrow().location()).toList();
    }

    @Test
    void aPageComesInDateOrderWithUnknownDatesLastAndCountsEveryMatch() {
        storeSixForQueries();
        EventPage first = store.fusedEventPage(EventQuery.all(), 0, 4);
        assertEquals(6, first.matched());
        assertEquals(List.of("Place 0", "Place 1", "Place 2", "Place 3"), places(first));
        EventPage last = store.fusedEventPage(EventQuery.all(), 4, 4);
        assertEquals(6, last.matched());
        assertEquals(List.of("Place 4", "Place 5"), places(last));
        EventPage beyond = store.fusedEventPage(EventQuery.all(), 10, 4);
        assertEquals(6, beyond.matched());
        assertEquals(List.of(), beyond.events());
        assertEquals(store.fusedEvents(EventQuery.all()).stream().map(e -> e.event().id()).toList(),
                store.fusedEventPage(EventQuery.all(), 0, 100).events().stream().map(e -> e.event().id()).toList());
    }

    @Test
    void aPageFiltersByCountriesTypesActorPartsFatalitiesDatesAndBoxInTheDatabase() {
        storeSixForQueries();
        assertEquals(List.of("Place 3"), places(store.fusedEventPage(search(List.of("CHAD"), List.of(), List.of(),
                Optional.empty()), 0, 10)));
        assertEquals(6, store.fusedEventPage(search(List.of("chad", "Nigeria"), List.of(), List.of(), Optional.empty()),
                0, 10).matched());
        assertEquals(List.of("Place 0", "Place 1", "Place 3", "Place 4"), places(store.fusedEventPage(
                search(List.of(), List.of("Battles", "Protests"), List.of(), Optional.empty()), 0, 10)));
        // an actor part is a literal text: % and _ are not wildcards
        assertEquals(List.of("Place 1", "Place 3", "Place 5"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of("100%_f"), Optional.empty()), 0, 10)));
        assertEquals(0, store.fusedEventPage(search(List.of(), List.of(), List.of("100%%"), Optional.empty()), 0, 10)
                .matched());
        assertEquals(List.of("Place 0", "Place 2", "Place 4"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of("haram", "nothing"), Optional.empty()), 0, 10)));
        // an unknown toll counts as 0
        assertEquals(List.of("Place 0", "Place 4"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of(), Optional.of(new EventQuery.FatalityRange(0, 0))), 0, 10)));
        assertEquals(List.of("Place 3", "Place 5"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of(), Optional.of(new EventQuery.FatalityRange(3, Long.MAX_VALUE))),
                0, 10)));
        assertEquals(0, store.fusedEventPage(search(List.of(), List.of(), List.of(),
                Optional.of(new EventQuery.FatalityRange(0, -1))), 0, 10).matched());
        assertEquals(List.of("Place 0", "Place 1", "Place 4"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of(), Optional.of(new EventQuery.FatalityRange(0, 1))), 0, 10)));
        assertEquals(List.of("Place 1", "Place 2"), places(store.fusedEventPage(
                search(List.of(), List.of(), List.of(), Optional.of(new EventQuery.FatalityRange(1, 2))), 0, 10)));
        assertEquals(6, store.fusedEventPage(search(List.of(), List.of(), List.of(),
                Optional.of(new EventQuery.FatalityRange(0, Long.MAX_VALUE))), 0, 10).matched());
        EventQuery datesAndBox = new EventQuery(List.of(), Optional.of(DAY.plusDays(1)), Optional.of(DAY.plusDays(4)),
                List.of(), List.of("Armed clash", "Attack"), List.of(), Optional.empty(),
                Optional.of(new BoundingBox(10.5, 10.5, 20, 20)));
        assertEquals(List.of("Place 2", "Place 3"), places(store.fusedEventPage(datesAndBox, 0, 10)));
        EventPage small = store.fusedEventPage(datesAndBox, 1, 1);
        assertEquals(2, small.matched());
        assertEquals(List.of("Place 3"), places(small));
    }

    @Test
    void aFullTextIsKeptOnlyWhenAskedAndOnlyOnce() {
        StoredReport r = report(TEXT_A, "https://a.example/1", "a.example", List.of());
        store.store(r);
        String id = r.document().id();
        assertEquals(Optional.empty(), store.documentText(id));
        assertTrue(store.keepText(id, TEXT_A));
        assertEquals(Optional.of(TEXT_A), store.documentText(id));
        assertEquals(false, store.keepText(id, "other"));
        assertEquals(false, store.keepText("unknown", "text"));
        assertEquals(Optional.of(TEXT_A), store.documentText(id));
    }

    @Test
    void queryValuesAreBoundNotSpliced() {
        storeSixForQueries();
        String injection = "x') OR 1=1 --";
        assertEquals(0, store.fusedEventPage(search(List.of(injection), List.of(injection), List.of(injection),
                Optional.empty()), 0, 10).matched());
        assertEquals(6, store.counts().fusedEvents());
    }

    private static EventQuery query(Optional<String> country, Optional<LocalDate> from, Optional<String> type,
                                    Optional<BoundingBox> bbox) {
        return new EventQuery(country, from, Optional.empty(), type, bbox);
    }

    @Test
    void theChangeFeedListsAddedThenChangedFusedEvents() {
        Instant before = Instant.now().minusSeconds(1);
        String id = store.store(report(TEXT_A, "https://a.example/1", "a.example",
                List.of(clash(12.90, 13.60, DAY, 12L, 0.7)))).fusedIds().get(0);
        store.store(report(TEXT_B, "https://b.example/1", "b.example", List.of(clash(12.95, 13.62, DAY, 9L, 0.6))));
        List<Change> changes = store.changesSince(before, 100);
        assertEquals(List.of(Change.Kind.ADDED, Change.Kind.CHANGED), changes.stream().map(Change::kind).toList());
        assertTrue(changes.stream().allMatch(c -> c.fusedId().equals(id)));
        assertEquals(List.of(), store.changesSince(Instant.now().plusSeconds(5), 100));
    }

    @Test
    void aRebuildKeepsIdsAndAWiderRuleMergesEventsAndLogsIt() {
        String a = store.store(report(TEXT_A, "https://a.example/1", "a.example",
                List.of(clash(12.90, 13.60, DAY, 12L, 0.7)))).fusedIds().get(0);
        String b = store.store(report(TEXT_B, "https://b.example/1", "b.example",
                List.of(clash(12.90, 13.60, DAY.plusDays(3), 5L, 0.6)))).fusedIds().get(0);
        RebuildReport same = store.rebuildFusion(FusionRule.DEFAULT);
        assertEquals(List.of(0, 0, 0, 0), List.of(same.added(), same.changed(), same.merged(), same.deleted()));
        Instant before = Instant.now().minusMillis(1);
        RebuildReport wide = store.rebuildFusion(new FusionRule(25, 3));
        assertEquals(1, wide.fusedAfter());
        assertEquals(1, wide.merged());
        assertEquals(Optional.of(5L), store.fusedEvent(a).orElseThrow().fused().fatalities());
        Change merged = store.changesSince(before, 10).stream().filter(c -> c.kind() == Change.Kind.MERGED).findFirst()
                .orElseThrow();
        assertEquals(b, merged.fusedId());
        assertEquals(Optional.of(a), merged.into());
    }

    @Test
    void territorialControlFollowsTheLastTerritoryChangeOfEachPlace() {
        store.store(report(TEXT_A, null, "a.example", List.of(takeover("Boko Haram", "Military Forces of Nigeria (2023-)",
                "Non-state actor overtakes territory", DAY))));
        store.store(report(TEXT_B, null, "b.example", List.of(takeover("Military Forces of Nigeria (2023-)", "Boko Haram",
                "Government regains territory", DAY.plusDays(20)))));
        assertEquals("Boko Haram", TerritorialControl.at(store, DAY.plusDays(5), Optional.empty()).get(0).holder());
        List<PlaceControl> later = TerritorialControl.at(store, DAY.plusDays(30), Optional.empty());
        assertEquals(1, later.size());
        assertEquals("Military Forces of Nigeria (2023-)", later.get(0).holder());
        assertEquals(Optional.of("Boko Haram"), later.get(0).previous());
        assertEquals(List.of(), TerritorialControl.at(store, DAY.minusDays(1), Optional.empty()));
        assertEquals(List.of(), TerritorialControl.at(store, DAY.plusDays(30), Optional.of(new BoundingBox(0, 0, 1, 1))));
    }

    private static Event takeover(String actor1, String actor2, String subType, LocalDate date) {
        Event e = clash(12.90, 13.60, date, 0L, 0.7);
        return new Event(e.id(), e.disorderType(), e.eventType(), subType, actor1, e.assocActor1(), e.inter1(),
                Optional.of(actor2), e.assocActor2(), e.inter2(), e.interaction(), false, e.place(), e.eventDate(),
                e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(), e.source(), e.notes(), e.cameo(),
                e.plover(), e.confidence(), e.evidence(), e.rules());
    }

    @Test
    void readsFromSeveralThreadsWhileOneThreadWritesSeeEveryCommittedReport() throws InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 30; i++) {
            String text = TEXT_A + " Update number " + i + " with more words " + (i * 7919) + " here.";
            StoredReport r = report(text, "https://a.example/" + i, "a.example", List.of(clash(12.9, 13.6, DAY, (long) i, 0.5)));
            store.store(r);
            for (int k = 0; k < 4; k++) {
                pool.submit(() -> {
                    try {
                        if (store.documentWithUrl(r.document().url().orElseThrow()).isEmpty()) {
                            failures.incrementAndGet();
                        }
                        store.nearDuplicate(r.fingerprint(), 0.7);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                });
            }
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, failures.get());
    }

    @Test
    void reopeningAStoreKeepsItsContent() {
        store.store(report(TEXT_A, "https://a.example/1", "a.example", List.of(clash(12.90, 13.60, DAY, 12L, 0.7))));
        String address = freshAddressOfThisTest();
        store.close();
        store = JdbcEventStore.open(address);
        assertEquals(new StoreCounts(1, 0, 1, 1), store.counts());
    }
}
