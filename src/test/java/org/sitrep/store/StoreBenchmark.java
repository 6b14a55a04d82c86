package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sitrep.document.DocumentStage;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.FusionRule;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Event;
import org.sitrep.model.RawArticle;
import org.sitrep.source.SourceItem;
import org.sitrep.store.ingest.IngestSummary;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.RelevanceFilter;
import org.sitrep.store.ingest.StubCoder;
import org.sitrep.store.jdbc.JdbcEventStore;

/**
 * Benchmarks (not part of the build; see BENCHMARKS.md): {@code fusion N} fuses N synthetic report events in memory
 * (a year, the box 35S-60N 20W-120E, 40 regions, 30 actors, 50 publishers, a third of events retold by a second outlet);
 * {@code ingest ADDRESS N} ingests N synthetic reports (stub coder, no CoreNLP; one event each at a random place)
 * into a store, one transaction per report, and rebuilds its fusion; {@code fill ADDRESS N} adds N synthetic fused
 * events in bulk for the API latency benchmark ({@code org.sitrep.api.ApiLatencyBenchmark}).
 */
public final class StoreBenchmark {
    private static final String[] ACTORS = new String[30];

    static {
        for (int i = 0; i < ACTORS.length; i++) {
            ACTORS[i] = "Group " + i;
        }
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws java.sql.SQLException {
        if (args[0].equals("fusion")) {
            fusion(Integer.parseInt(args[1]));
        } else if (args[0].equals("fill")) {
            org.sitrep.store.jdbc.BulkFusedEvents.fill(args[1], Integer.parseInt(args[2]), 1);
        } else {
            ingest(args[1], Integer.parseInt(args[2]));
        }
    }

    static List<SourceEvent> synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<SourceEvent> events = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2024, 1, 1);
        Event previous = null;
        for (int i = 0; i < n; i++) {
            Event e;
            if (previous != null && r.nextInt(3) == 0) {
                var p = previous.place().orElseThrow();
                e = TestReports.event("x", previous.eventType(), previous.actor1(), previous.actor2().orElse(null),
                        p.location(), p.latitude() + r.nextGaussian() * 0.05, p.longitude() + r.nextGaussian() * 0.05,
                        previous.eventDate().orElseThrow().plusDays(r.nextInt(2)), (long) r.nextInt(20), 0.5);
            } else {
                e = TestReports.event("x", r.nextBoolean() ? "Battles" : "Violence against civilians",
                        ACTORS[r.nextInt(ACTORS.length)], ACTORS[r.nextInt(ACTORS.length)], "Place " + i,
                        -35 + r.nextDouble() * 95, -20 + r.nextDouble() * 140, start.plusDays(r.nextInt(365)),
                        (long) r.nextInt(20), 0.5);
            }
            Event.EventPlace p = e.place().orElseThrow();
            Event.EventPlace regional = new Event.EventPlace(p.country(), p.iso(),
                    Optional.of("Region " + (int) (p.latitude() * 7 + p.longitude() * 3) % 40), Optional.empty(),
                    p.location(), p.latitude(), p.longitude(), r.nextInt(50) == 0 ? 3 : 1, p.geonameid(), p.rule());
            e = new Event("d" + i + ":0", e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                    e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), false, Optional.of(regional),
                    e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(), e.source(),
                    e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
            events.add(new SourceEvent(e, "d" + i, List.of("publisher" + r.nextInt(50))));
            previous = e;
        }
        return events;
    }

    private static void fusion(int n) {
        List<SourceEvent> events = synthetic(n, 1);
        System.gc();
        long t0 = System.nanoTime();
        Fuser fuser = new Fuser(FusionRule.DEFAULT);
        events.forEach(fuser::add);
        long t1 = System.nanoTime();
        int fused = fuser.fusedEvents().size();
        long t2 = System.nanoTime();
        System.out.printf("fusion: %,d report events -> %,d fused events; matching %.1f s (%,.0f events/s),"
                        + " fused values %.1f s%n", n, fused, (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9), (t2 - t1) / 1e9);
    }

    private static void ingest(String address, int n) {
        try (JdbcEventStore store = JdbcEventStore.open(address)) {
            StubCoder stub = new StubCoder(0);
            Ingester ingester = new Ingester(store, DocumentStage.english(), a -> {
                var x = stub.apply(a);
                Random place = new Random(a.id().orElseThrow().hashCode());
                Event e = x.events().get(0);
                Event moved = TestReports.event(e.id(), e.eventType(), e.actor1(), e.actor2().orElse(null), "Somewhere",
                        -35 + place.nextDouble() * 95, -20 + place.nextDouble() * 140, e.eventDate().orElseThrow(),
                        e.fatalities().orElse(null), e.confidence());
                return new org.sitrep.model.Extraction(x.document(), List.of(), List.of(moved));
            }, RelevanceFilter.bundled(), TestReports.VERSIONS);
            Random r = new Random(3);
            String[] words = "army village road market convoy district rebels police town bridge checkpoint hospital"
                    .split(" ");
            IngestSummary summary = new IngestSummary();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder("Gunmen attacked the area, killing " + (i % 50) + " people.");
                for (int w = 0; w < 120; w++) {
                    text.append(w % 15 == 0 ? ". " : " ").append(words[r.nextInt(words.length)]).append(r.nextInt(1000));
                }
                RawArticle a = new RawArticle(Optional.empty(), "synthetic " + i, RawArticle.Format.TEXT, text.toString(),
                        Optional.empty(), Optional.of(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(60))),
                        Optional.of("https://p" + (i % 20) + ".example/" + i));
                summary.add(ingester.commit(ingester.prepare(new SourceItem.Article(a, Optional.empty()))));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("ingest into %s: %s in %.1f s (%.0f docs/s)%n", store.address(), summary, s, n / s);
            RebuildReport rebuild = store.rebuildFusion(FusionRule.DEFAULT);
            System.out.printf("rebuild: %,d events -> %,d fused in %,d ms%n", rebuild.events(), rebuild.fusedAfter(),
                    rebuild.millis());
        }
    }
}
