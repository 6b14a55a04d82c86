package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * In-memory incremental fusion: each added report event joins the best matching fused event found through its
 * (grid cell, day) blocks, or founds a new one whose id is its own; never compares all pairs. Used for full rebuilds
 * and benchmarks; the stores do the same incrementally against their tables. Events of one report are never fused
 * with each other (the coder already told them apart). Not thread-safe.
 */
public final class Fuser {
    private final FusionRule rule;
    /** Blocks keyed by (cell, day) packed in a long, or by "all:REGION#day" / "coarse:REGION#day". */
    private final Map<Object, List<FusionAnchor>> blocks = new HashMap<>();
    private final Map<String, List<SourceEvent>> members = new LinkedHashMap<>();
    private final Map<String, FusionAnchor> anchors = new HashMap<>();
    private String lastDocument = "";
    private final java.util.Set<String> lastDocumentFused = new java.util.HashSet<>();

    public Fuser(FusionRule rule) {
        this.rule = rule;
    }

    /** Adds one report event (in stored order) and returns the id of the fused event it now belongs to. */
    public String add(SourceEvent source) {
        if (!source.documentId().equals(lastDocument)) {
            lastDocument = source.documentId();
            lastDocumentFused.clear();
        }
        String fused = join(source);
        lastDocumentFused.add(fused);
        return fused;
    }

    private String join(SourceEvent source) {
        String id = source.event().id();
        if (!rule.fusable(source.event())) {
            members.put(id, new ArrayList<>(List.of(source)));
            return id;
        }
        Optional<FusionAnchor> match = rule.best(source.event(), candidates(source));
        if (match.isPresent()) {
            String fusedId = match.get().fusedId();
            List<SourceEvent> list = members.get(fusedId);
            list.add(source);
            FusionAnchor old = anchors.get(fusedId);
            FusionAnchor updated = FusedValues.anchor(fusedId, list).orElseThrow();
            anchors.put(fusedId, updated);
            for (Object b : blocksOf(old)) {
                List<FusionAnchor> block = blocks.get(b);
                block.set(block.indexOf(old), updated);
            }
            return fusedId;
        }
        List<SourceEvent> list = new ArrayList<>(List.of(source));
        members.put(id, list);
        FusionAnchor anchor = FusedValues.anchor(id, list).orElseThrow();
        anchors.put(id, anchor);
        for (Object b : blocksOf(anchor)) {
            blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(anchor);
        }
        return id;
    }

    /** Every anchor is blocked by cell and by region; coarse (region-precision) anchors also in a coarse block. */
    private static List<Object> blocksOf(FusionAnchor a) {
        long day = a.date().toEpochDay();
        return a.precision() == 3
                ? List.of(block(a.cell(), day), block("all:" + a.region(), day), block("coarse:" + a.region(), day))
                : List.of(block(a.cell(), day), block("all:" + a.region(), day));
    }

    private static Object block(Object key, long day) {
        return key instanceof Long cell ? (Object) (cell * 1_000_000L + day) : key + "#" + day;
    }

    /**
     * Anchors in the event's blocks, leaving out fused events its own report already contributed to (a report's
     * events are added one after another).
     */
    private List<FusionAnchor> candidates(SourceEvent source) {
        var place = source.event().place().orElseThrow();
        LocalDate date = source.event().eventDate().orElseThrow();
        Map<String, FusionAnchor> found = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        if (place.geoPrecision() == 3) {
            keys.add("all:" + FusionRule.region(place));
        } else {
            keys.addAll(GridCells.around(place.latitude(), place.longitude(), rule.searchKm()));
            keys.add("coarse:" + FusionRule.region(place));
        }
        for (Object key : keys) {
            for (long day = date.toEpochDay() - rule.maxDays(); day <= date.toEpochDay() + rule.maxDays(); day++) {
                List<FusionAnchor> block = blocks.get(block(key, day));
                if (block != null) {
                    for (FusionAnchor a : block) {
                        if (!lastDocumentFused.contains(a.fusedId())) {
                            found.put(a.fusedId(), a);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The number of fused events so far. */
    public int size() {
        return members.size();
    }

    /** The ids of the fused events and their sources' event ids, in founding order. */
    public Map<String, List<String>> memberIds() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        members.forEach((id, list) -> ids.put(id, list.stream().map(s -> s.event().id()).toList()));
        return ids;
    }

    /** Every fused event with its fused values, in founding order. */
    public List<FusedEvent> fusedEvents() {
        return members.entrySet().stream().map(e -> FusedValues.fuse(e.getKey(), e.getValue())).toList();
    }
}
