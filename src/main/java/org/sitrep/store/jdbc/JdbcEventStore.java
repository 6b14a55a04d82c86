package org.sitrep.store.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedValues;
import org.sitrep.fuse.FusionRule;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Event;
import org.sitrep.store.Change;
import org.sitrep.store.CodingVersions;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.RebuildReport;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoreFailure;
import org.sitrep.store.StoreOutcome;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredReport;
import org.sitrep.store.TextFingerprint;

/**
 * The event store on SQLite or PostgreSQL through JDBC (Jdbi), schema by Flyway migrations
 * ({@code db/migration/common} plus the vendor's folder); bound parameters only. Thread-safe: each call takes its own
 * pooled connection; writes are single transactions.
 */
public final class JdbcEventStore implements EventStore {
    private final DatabaseUrl url;
    private final Jdbi jdbi;
    private final Clock clock;
    private final FusionTables fusion;
    private final ConnectionPool resources;

    private JdbcEventStore(DatabaseUrl url, Jdbi jdbi, Clock clock, FusionRule rule, ConnectionPool resources) {
        this.url = url;
        this.jdbi = jdbi;
        this.clock = clock;
        this.fusion = new FusionTables(rule);
        this.resources = resources;
    }

    /** Opens (and creates or migrates) the store at a user-written address ({@link DatabaseUrl#parse}). */
    public static JdbcEventStore open(String address) {
        return open(address, Clock.systemUTC(), FusionRule.DEFAULT);
    }

    /** Opens a store with the given clock (change log times) and fusion rule. */
    public static JdbcEventStore open(String address, Clock clock, FusionRule rule) {
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(address);
        } catch (IllegalArgumentException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
        try {
            if (url.sqliteFile().isPresent()) {
                Path parent = url.sqliteFile().get().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            }
        } catch (IOException e) {
            throw new StoreFailure("cannot create the folder of " + url.redacted() + ": " + e.getMessage(), e);
        }
        DataSource base = url.dataSource();
        ConnectionPool pool = new ConnectionPool(base, 8);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration/common",
                    "classpath:db/migration/" + url.vendor()).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreFailure("cannot open the store " + url.redacted() + ": " + oneLine(e), e);
        }
        return new JdbcEventStore(url, Jdbi.create(pool), clock, rule, pool);
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The address this store was opened at, without password. */
    public String address() {
        return url.redacted();
    }

    @Override
    public Optional<String> documentWithUrl(String address) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM documents WHERE url = :u").bind("u", address)
                .mapTo(String.class).findFirst());
    }

    @Override
    public Optional<String> documentWithContentHash(String contentHash) {
        return jdbi.withHandle(h -> hashed(h, contentHash));
    }

    private static Optional<String> hashed(Handle h, String contentHash) {
        return h.createQuery("SELECT id FROM documents WHERE content_hash = :c").bind("c", contentHash)
                .mapTo(String.class).findFirst();
    }

    @Override
    public Optional<String> nearDuplicate(TextFingerprint fingerprint, double minSimilarity) {
        List<Long> keys = new ArrayList<>();
        for (long k : fingerprint.bandKeys()) {
            keys.add(k);
        }
        return jdbi.withHandle(h -> {
            Query bands = h.createQuery("SELECT DISTINCT document_id FROM document_bands WHERE band_key IN ("
                    + FusionTables.longParameters("k", keys.size()) + ")");
            FusionTables.bindLongs(bands, "k", keys);
            List<String> ids = bands.mapTo(String.class).list();
            if (ids.isEmpty()) {
                return Optional.<String>empty();
            }
            Optional<String> best = Optional.empty();
            double bestSimilarity = minSimilarity;
            for (var row : h.createQuery("SELECT id, fingerprint FROM documents WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", ids).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list()) {
                double similarity = fingerprint.similarity(TextFingerprint.fromHex(row.getValue()));
                if (similarity >= bestSimilarity && (best.isEmpty() || similarity > bestSimilarity)) {
                    best = Optional.of(row.getKey());
                    bestSimilarity = similarity;
                }
            }
            return best;
        });
    }

    @Override
    public boolean addPublisher(String documentId, String publisher, Optional<String> address) {
        return jdbi.inTransaction(h -> addPublisher(h, documentId, publisher, address, clock.millis()));
    }

    private static boolean addPublisher(Handle h, String documentId, String publisher, Optional<String> address, long now) {
        boolean known = h.createQuery("SELECT COUNT(*) FROM document_publishers WHERE document_id = :d"
                        + " AND publisher = :p AND url = :u")
                .bind("d", documentId).bind("p", publisher).bind("u", address.orElse(""))
                .mapTo(Long.class).one() > 0;
        if (!known) {
            h.createUpdate("INSERT INTO document_publishers (document_id, publisher, url, seen_at) VALUES (:d, :p, :u, :t)")
                    .bind("d", documentId).bind("p", publisher).bind("u", address.orElse("")).bind("t", now).execute();
        }
        return !known;
    }

    @Override
    public StoreOutcome store(StoredReport report) {
        return jdbi.inTransaction(h -> new ReportWriter(h, clock.millis(), fusion).write(report));
    }

    @Override
    public void forEachFusedEvent(EventQuery q, Consumer<StoredEvent> sink) {
        EventQuerySql filter = new EventQuerySql(q);
        jdbi.useTransaction(h -> filter.bind(h.createQuery(SELECT_FUSED + filter.where() + EventQuerySql.ORDER))
                .setFetchSize(1000).map(JdbcEventStore::storedEvent).forEach(sink));
    }

    @Override
    public EventPage fusedEventPage(EventQuery q, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
        EventQuerySql filter = new EventQuerySql(q);
        return jdbi.inTransaction(h -> {
            String page = offset < DEFERRED_FROM
                    ? SELECT_FUSED + filter.where() + EventQuerySql.ORDER + " LIMIT :q_limit OFFSET :q_offset"
                    // deep pages: skip rows on ids alone (from an index where it covers the filter), read only the page
                    : SELECT_FUSED + " WHERE id IN (SELECT id FROM fused_events" + filter.where() + EventQuerySql.ORDER
                            + " LIMIT :q_limit OFFSET :q_offset)" + EventQuerySql.ORDER;
            List<StoredEvent> events = filter.bind(h.createQuery(page)).bind("q_limit", limit).bind("q_offset", offset)
                    .map(JdbcEventStore::storedEvent).list();
            long matched;
            if (!events.isEmpty() && events.size() < limit || events.isEmpty() && offset == 0) {
                matched = offset + events.size(); // the last page: no need to count
            } else {
                matched = filter.bind(h.createQuery("SELECT COUNT(*) FROM fused_events" + filter.where()))
                        .mapTo(Long.class).one();
            }
            return new EventPage(matched, events);
        });
    }

    /** From this offset on, a page is found by id first and read after. */
    static final long DEFERRED_FROM = 1000;
    private static final String SELECT_FUSED = "SELECT id, source_count, updated_at, " + EventColumns.list()
            + " FROM fused_events";

    private static StoredEvent storedEvent(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new StoredEvent(EventColumns.read(rs), rs.getInt("source_count"),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    @Override
    public Optional<FusedEvent> fusedEvent(String id) {
        return jdbi.withHandle(h -> {
            Optional<Event> fused = h.createQuery("SELECT id, " + EventColumns.list() + " FROM fused_events WHERE id = :id")
                    .bind("id", id).map((rs, ctx) -> EventColumns.read(rs)).findFirst();
            if (fused.isEmpty()) {
                return Optional.empty();
            }
            List<SourceEvent> members = FusionTables.members(h, id);
            FusedEvent recomputed = FusedValues.fuse(id, members);
            return Optional.of(new FusedEvent(id, fused.get(), members, recomputed.publishers(), recomputed.anchor()));
        });
    }

    @Override
    public List<String> fusedIdsOfDocument(String documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fused_id FROM events WHERE document_id = :d ORDER BY ordinal")
                .bind("d", documentId).mapTo(String.class).list());
    }

    @Override
    public Optional<CodingVersions> codingVersions(String eventId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pipeline_version, dictionary_version, gazetteer_version"
                        + " FROM events WHERE id = :id").bind("id", eventId)
                .map((rs, ctx) -> new CodingVersions(rs.getString(1), rs.getString(2), rs.getString(3))).findFirst());
    }

    @Override
    public Optional<String> documentUrl(String documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT url FROM documents WHERE id = :id").bind("id", documentId)
                .map((rs, ctx) -> Optional.ofNullable(rs.getString(1))).findFirst().flatMap(u -> u));
    }

    @Override
    public boolean keepText(String documentId, String text) {
        return jdbi.inTransaction(h -> {
            boolean known = count(h.createQuery("SELECT COUNT(*) FROM documents WHERE id = :d").bind("d", documentId)) > 0;
            boolean kept = count(h.createQuery("SELECT COUNT(*) FROM document_texts WHERE document_id = :d")
                    .bind("d", documentId)) > 0;
            if (!known || kept) {
                return false;
            }
            h.createUpdate("INSERT INTO document_texts (document_id, text) VALUES (:d, :t)").bind("d", documentId)
                    .bind("t", text).execute();
            return true;
        });
    }

    private static long count(Query q) {
        return q.mapTo(Long.class).one();
    }

    @Override
    public Optional<String> documentText(String documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text FROM document_texts WHERE document_id = :d")
                .bind("d", documentId).mapTo(String.class).findFirst());
    }

    @Override
    public List<String> publishers(String documentId) {
        return jdbi.withHandle(h -> FusionTables.publishers(h, documentId));
    }

    @Override
    public Optional<String> documentSnippet(String documentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT snippet FROM documents WHERE id = :id").bind("id", documentId)
                .mapTo(String.class).findFirst());
    }

    @Override
    public List<Change> changesSince(Instant since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, at_millis, kind, fused_id, into_id FROM change_log"
                        + " WHERE at_millis > :t ORDER BY seq")
                .bind("t", since.toEpochMilli()).setMaxRows(limit)
                .map((rs, ctx) -> new Change(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                        Change.Kind.valueOf(rs.getString(3)), rs.getString(4), Optional.ofNullable(rs.getString(5))))
                .list());
    }

    @Override
    public RebuildReport rebuildFusion(FusionRule rule) {
        return jdbi.inTransaction(h -> FusionRebuild.run(h, rule, clock.millis()));
    }

    @Override
    public StoreCounts counts() {
        return jdbi.withHandle(h -> new StoreCounts(count(h, "SELECT COUNT(*) FROM documents"),
                count(h, "SELECT COUNT(*) FROM documents WHERE relevant = 0"), count(h, "SELECT COUNT(*) FROM events"),
                count(h, "SELECT COUNT(*) FROM fused_events")));
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    @Override
    public void close() {
        resources.close();
    }
}
