package org.sitrep.store.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.Fuser;
import org.sitrep.fuse.FusionRule;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.store.Change;
import org.sitrep.store.RebuildReport;

/**
 * A full fusion rebuild inside the caller's transaction: re-fuses every report event in stored order in memory
 * ({@link Fuser}), rewrites the fused events and logs the difference (added, changed, merged into another, deleted).
 * Ids stay stable: a fused event keeps the id of the report event that founded it.
 */
final class FusionRebuild {
    private FusionRebuild() {
    }

    static RebuildReport run(Handle h, FusionRule rule, long now) {
        long start = System.nanoTime();
        Map<String, List<String>> publishers = new HashMap<>();
        h.createQuery("SELECT document_id, publisher FROM document_publishers ORDER BY seen_at, publisher")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> publishers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, String> oldFusedOf = new HashMap<>();
        Fuser fuser = new Fuser(rule);
        h.createQuery("SELECT document_id, fused_id, id, " + EventColumns.list() + " FROM events ORDER BY seq")
                .map((rs, ctx) -> {
                    oldFusedOf.put(rs.getString("id"), rs.getString("fused_id"));
                    String doc = rs.getString("document_id");
                    return new SourceEvent(EventColumns.read(rs), doc,
                            publishers.getOrDefault(doc, List.of()).stream().distinct().toList());
                })
                .forEach(fuser::add);
        Set<String> oldIds = new HashSet<>(h.createQuery("SELECT id FROM fused_events").mapTo(String.class).list());
        Map<String, List<String>> oldMembers = new HashMap<>();
        oldFusedOf.forEach((event, fused) -> oldMembers.computeIfAbsent(fused, k -> new ArrayList<>()).add(event));
        oldMembers.values().forEach(l -> l.sort(null));

        Map<String, String> newFusedOf = new HashMap<>();
        h.execute("DELETE FROM fused_events");
        int added = 0;
        int changed = 0;
        List<FusedEvent> fusedEvents = fuser.fusedEvents();
        FusionTables.insertAll(h, fusedEvents, now);
        for (FusedEvent f : fusedEvents) {
            List<String> members = new ArrayList<>(f.sources().stream().map(s -> s.event().id()).toList());
            members.forEach(m -> newFusedOf.put(m, f.id()));
            members.sort(null);
            if (!oldIds.contains(f.id())) {
                FusionTables.log(h, Change.Kind.ADDED, f.id(), Optional.empty(), now);
                added++;
            } else if (!members.equals(oldMembers.getOrDefault(f.id(), List.of()))) {
                FusionTables.log(h, Change.Kind.CHANGED, f.id(), Optional.empty(), now);
                changed++;
            }
        }
        PreparedBatch moves = h.prepareBatch("UPDATE events SET fused_id = :f WHERE id = :id");
        for (Map.Entry<String, String> e : newFusedOf.entrySet()) {
            if (!e.getValue().equals(oldFusedOf.get(e.getKey()))) {
                moves.bind("f", e.getValue()).bind("id", e.getKey()).add();
            }
        }
        if (moves.size() > 0) {
            moves.execute();
        }
        int merged = 0;
        int deleted = 0;
        Set<String> newIds = fuser.memberIds().keySet();
        for (String old : oldIds.stream().sorted().toList()) {
            if (newIds.contains(old)) {
                continue;
            }
            Optional<String> into = Optional.ofNullable(newFusedOf.get(old));
            FusionTables.log(h, into.isPresent() ? Change.Kind.MERGED : Change.Kind.DELETED, old, into, now);
            if (into.isPresent()) {
                merged++;
            } else {
                deleted++;
            }
        }
        return new RebuildReport(newFusedOf.size(), oldIds.size(), fuser.size(), added, changed, merged, deleted,
                (System.nanoTime() - start) / 1_000_000);
    }
}
