package org.sitrep.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.FusedValues;
import org.sitrep.fuse.FusionAnchor;
import org.sitrep.fuse.FusionRule;
import org.sitrep.fuse.GridCells;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Event;
import org.sitrep.store.Change;

/**
 * Incremental fusion against the tables, inside the caller's transaction: finds candidate fused events through the
 * anchor (grid cell, day) index, joins the best match or founds a new fused event, rewrites its fused values and logs
 * the change. Stateless apart from its rule; thread-safe.
 */
final class FusionTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = "INSERT INTO fused_events (id, " + EventColumns.list()
            + ", source_count, independent_sources, anchor_family, anchor_actors, anchor_latitude, anchor_longitude,"
            + " anchor_precision, anchor_region, anchor_cell, anchor_day, created_at, updated_at) VALUES (:id, "
            + EventColumns.parameters() + ", :source_count, :independent_sources, :anchor_family, :anchor_actors,"
            + " :anchor_latitude, :anchor_longitude, :anchor_precision, :anchor_region, :anchor_cell, :anchor_day, :now, :now)";
    private static final String UPDATE = "UPDATE fused_events SET "
            + String.join(", ", EventColumns.NAMES.stream().map(n -> n + " = :" + n).toList())
            + ", source_count = :source_count, independent_sources = :independent_sources,"
            + " anchor_family = :anchor_family, anchor_actors = :anchor_actors, anchor_latitude = :anchor_latitude,"
            + " anchor_longitude = :anchor_longitude, anchor_precision = :anchor_precision, anchor_region = :anchor_region,"
            + " anchor_cell = :anchor_cell,"
            + " anchor_day = :anchor_day, updated_at = :now WHERE id = :id";

    private final FusionRule rule;

    FusionTables(FusionRule rule) {
        this.rule = rule;
    }

    /** The fused event a just-inserted report event (fused_id still its own id) joins or founds; logged. */
    String fuse(Handle h, SourceEvent source, long now) {
        Event e = source.event();
        Optional<FusionAnchor> match = rule.fusable(e) ? rule.best(e, candidates(h, source)) : Optional.empty();
        if (match.isEmpty()) {
            write(h, FusedValues.fuse(e.id(), List.of(source)), true, now);
            log(h, Change.Kind.ADDED, e.id(), Optional.empty(), now);
            return e.id();
        }
        String fusedId = match.get().fusedId();
        h.createUpdate("UPDATE events SET fused_id = :f WHERE id = :id").bind("f", fusedId).bind("id", e.id()).execute();
        write(h, FusedValues.fuse(fusedId, members(h, fusedId)), false, now);
        log(h, Change.Kind.CHANGED, fusedId, Optional.empty(), now);
        return fusedId;
    }

    /**
     * Anchors in the event's blocks (nearby cells plus coarse anchors of its region; for a region-precision event, its
     * whole region), leaving out fused events its own report already contributed to.
     */
    private List<FusionAnchor> candidates(Handle h, SourceEvent source) {
        Event e = source.event();
        Event.EventPlace p = e.place().orElseThrow();
        long day = e.eventDate().orElseThrow().toEpochDay();
        boolean coarse = p.geoPrecision() == 3;
        List<Long> cells = coarse ? List.of() : GridCells.around(p.latitude(), p.longitude(), rule.searchKm());
        Query q = h.createQuery("SELECT id, anchor_family, anchor_actors, anchor_latitude, anchor_longitude,"
                + " anchor_precision, anchor_region, anchor_day FROM fused_events"
                + (coarse ? " WHERE anchor_region = :region"
                        : " WHERE (anchor_cell IN (" + longParameters("c", cells.size())
                                + ") OR (anchor_region = :region AND anchor_precision = 3))")
                + " AND anchor_day BETWEEN :lo AND :hi"
                + " AND id NOT IN (SELECT fused_id FROM events WHERE document_id = :doc AND id <> :self)");
        bindLongs(q, "c", cells);
        return q.bind("lo", day - rule.maxDays()).bind("hi", day + rule.maxDays())
                .bind("doc", source.documentId()).bind("self", e.id()).bind("region", FusionRule.region(p))
                .map((rs, ctx) -> new FusionAnchor(rs.getString("id"), rs.getString("anchor_family"),
                        new LinkedHashSet<>(strings(rs.getString("anchor_actors"))), rs.getDouble("anchor_latitude"),
                        rs.getDouble("anchor_longitude"), rs.getInt("anchor_precision"), rs.getString("anchor_region"),
                        LocalDate.ofEpochDay(rs.getLong("anchor_day"))))
                .list();
    }

    /** ":p0, :p1, ..." for {@code n} parameters named with {@code prefix}. */
    static String longParameters(String prefix, int n) {
        return String.join(", ", java.util.stream.IntStream.range(0, n).mapToObj(i -> ":" + prefix + i).toList());
    }

    /**
     * Binds each value as a BIGINT parameter {@code prefix + i} (a typed bind: list binds of boxed values let
     * PostgreSQL's generic plans fall back to sequential scans).
     */
    static void bindLongs(Query q, String prefix, List<Long> values) {
        for (int i = 0; i < values.size(); i++) {
            q.bind(prefix + i, values.get(i).longValue());
        }
    }

    /** The sources of a fused event, in stored order, with their documents' publishers. */
    static List<SourceEvent> members(Handle h, String fusedId) {
        List<Map.Entry<String, Event>> rows = h.createQuery(
                        "SELECT document_id, " + "id, " + EventColumns.list() + " FROM events WHERE fused_id = :f ORDER BY seq")
                .bind("f", fusedId)
                .map((rs, ctx) -> Map.entry(rs.getString("document_id"), EventColumns.read(rs))).list();
        Map<String, List<String>> publishers = new HashMap<>();
        List<SourceEvent> out = new ArrayList<>();
        for (Map.Entry<String, Event> row : rows) {
            List<String> p = publishers.computeIfAbsent(row.getKey(), d -> publishers(h, d));
            out.add(new SourceEvent(row.getValue(), row.getKey(), p));
        }
        return out;
    }

    static List<String> publishers(Handle h, String documentId) {
        return h.createQuery("SELECT publisher FROM document_publishers WHERE document_id = :d ORDER BY seen_at, publisher")
                .bind("d", documentId).mapTo(String.class).list().stream().distinct().toList();
    }

    /** Inserts or updates a fused event's row. */
    static void write(Handle h, FusedEvent f, boolean insert, long now) {
        bind(h.createUpdate(insert ? INSERT : UPDATE), f, now).execute();
    }

    /** Inserts fused events in batches of 1000 (a rebuild). */
    static void insertAll(Handle h, List<FusedEvent> all, long now) {
        for (int i = 0; i < all.size(); i += 1000) {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (FusedEvent f : all.subList(i, Math.min(all.size(), i + 1000))) {
                bind(batch, f, now).add();
            }
            batch.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bind(S s, FusedEvent f, long now) {
        return EventColumns.bind(s, f.fused()).bind("id", f.id()).bind("now", now).bind("source_count", f.sources().size())
                .bind("independent_sources", f.independentSources())
                .bind("anchor_family", f.anchor().map(FusionAnchor::family).orElse(null))
                .bind("anchor_actors", f.anchor().map(a -> EventColumns.json(List.copyOf(a.actors()))).orElse(null))
                .bind("anchor_latitude", f.anchor().map(FusionAnchor::latitude).orElse(null))
                .bind("anchor_longitude", f.anchor().map(FusionAnchor::longitude).orElse(null))
                .bind("anchor_precision", f.anchor().map(FusionAnchor::precision).orElse(null))
                .bind("anchor_region", f.anchor().map(FusionAnchor::region).orElse(null))
                .bind("anchor_cell", f.anchor().map(FusionAnchor::cell).orElse(null))
                .bind("anchor_day", f.anchor().map(a -> a.date().toEpochDay()).orElse(null));
    }

    static void log(Handle h, Change.Kind kind, String fusedId, Optional<String> into, long now) {
        h.createUpdate("INSERT INTO change_log (at_millis, kind, fused_id, into_id) VALUES (:at, :kind, :f, :into)")
                .bind("at", now).bind("kind", kind.name()).bind("f", fusedId).bind("into", into.orElse(null)).execute();
    }

    private static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored actors are not JSON", e);
        }
    }
}
