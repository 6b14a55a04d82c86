package org.sitrep.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.model.Event;
import org.sitrep.store.TestReports;

/**
 * Benchmark support (not part of the build): fills a store's {@code fused_events} table with synthetic fused events in
 * batches, bypassing ingest and fusion, so that read latency can be measured at 10^6 events. The events are drawn
 * from a fixed seed: 5 years (2020-2024), 40 countries each with its own 8 x 8 degree area, the six ACLED event types
 * (battles and violence against civilians most often), 200 actors, fatalities mostly 0 (geometric), 1 in 100 without
 * a date.
 */
public final class BulkFusedEvents {
    /** Country names of the synthetic events; country {@code i} covers lat 20-8*(i/8)..+8, lon -10+10*(i%8)..+8. */
    public static final List<String> COUNTRIES = List.of("Nigeria", "Chad", "Niger", "Mali", "Burkina Faso", "Sudan",
            "South Sudan", "Ethiopia", "Somalia", "Kenya", "Cameroon", "Central African Republic",
            "Democratic Republic of Congo", "Mozambique", "Libya", "Egypt", "Syria", "Iraq", "Yemen", "Afghanistan",
            "Pakistan", "India", "Myanmar", "Philippines", "Ukraine", "Russia", "Colombia", "Mexico", "Brazil",
            "Venezuela", "Haiti", "Lebanon", "Israel", "Palestine", "Iran", "Turkey", "Bangladesh", "Thailand",
            "Indonesia", "Burundi");
    public static final List<String> TYPES = List.of("Battles", "Violence against civilians",
            "Explosions/Remote violence", "Protests", "Riots", "Strategic developments");
    private static final int[] TYPE_WEIGHTS = {30, 25, 20, 15, 6, 4};
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    public static final int DAYS = 5 * 365;

    private BulkFusedEvents() {
    }

    /** Box of country {@code i}: west, south, east, north. */
    public static double[] countryBox(int i) {
        double south = 20 - 8 * (i / 8);
        double west = -10 + 10 * (i % 8);
        return new double[] {west, south, west + 8, south + 8};
    }

    /** Adds {@code n} events with ids {@code b<seed>-<i>} to the store at {@code address} (opened and migrated). */
    public static void fill(String address, int n, long seed) throws SQLException {
        JdbcEventStore.open(address).close(); // creates or migrates the schema
        DatabaseUrl url = DatabaseUrl.parse(address);
        String jdbc = url.jdbcUrl() + (url.vendor().equals("postgresql")
                ? (url.jdbcUrl().contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : "");
        String sql = "INSERT INTO fused_events (id, " + EventColumns.list() + ", source_count, independent_sources,"
                + " created_at, updated_at) VALUES (:id, " + EventColumns.parameters() + ", 1, 1, :now, :now)";
        Random r = new Random(seed);
        long now = System.currentTimeMillis();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, url.user().orElse(null), url.password().orElse(null));
             Handle h = Jdbi.create(c).open()) {
            int done = 0;
            while (done < n) {
                int chunk = Math.min(20_000, n - done);
                final int from = done;
                h.useTransaction(tx -> {
                    PreparedBatch batch = tx.prepareBatch(sql);
                    for (int i = from; i < from + chunk; i++) {
                        String id = "b" + seed + "-" + i;
                        EventColumns.bind(batch, event(r, id)).bind("id", id).bind("now", now).add();
                        if (batch.size() == 1000) {
                            batch.execute();
                            batch = tx.prepareBatch(sql);
                        }
                    }
                    if (batch.size() > 0) {
                        batch.execute();
                    }
                });
                done += chunk;
                if (done % 200_000 == 0 || done == n) {
                    System.err.printf("filled %,d of %,d (%.0f s)%n", done, n, (System.nanoTime() - t0) / 1e9);
                }
            }
            if (url.vendor().equals("postgresql")) {
                h.execute("ANALYZE fused_events");
            } else {
                h.execute("ANALYZE");
            }
        }
        System.out.printf("bulk insert of %,d fused events into %s: %.1f s%n", n, url.redacted(),
                (System.nanoTime() - t0) / 1e9);
    }

    private static Event event(Random r, String id) {
        int country = r.nextInt(COUNTRIES.size());
        double[] box = countryBox(country);
        int w = r.nextInt(100);
        int type = 0;
        while (w >= TYPE_WEIGHTS[type]) {
            w -= TYPE_WEIGHTS[type++];
        }
        long dead = 0;
        while (r.nextInt(3) == 0 && dead < 500) {
            dead = dead * 2 + 1 + r.nextInt(3);
        }
        LocalDate date = r.nextInt(100) == 0 ? null : FIRST_DAY.plusDays(r.nextInt(DAYS));
        Event e = TestReports.event(id, TYPES.get(type), "Actor " + r.nextInt(200), "Actor " + r.nextInt(200),
                "Place " + r.nextInt(100_000), box[1] + r.nextDouble() * 8, box[0] + r.nextDouble() * 8, date,
                type >= 3 && r.nextBoolean() ? null : dead, 0.5 + r.nextDouble() / 2);
        Event.EventPlace p = e.place().orElseThrow();
        return TestReports.withPlace(e, new Event.EventPlace(COUNTRIES.get(country), 100 + country, p.admin1(),
                Optional.empty(), p.location(), p.latitude(), p.longitude(), 1, 1_000_000 + country, p.rule()));
    }

    public static void main(String[] args) throws SQLException {
        fill(args[0], Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    }
}
