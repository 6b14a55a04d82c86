package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Event;

/**
 * Per-place timelines of who holds territory, from the stored fused territory-change events (ACLED's "Non-state actor
 * overtakes territory", "Government regains territory", "Non-violent transfer of territory"; the holder is actor1),
 * ordered by event date then id. Denied reports are left out. Stateless.
 */
public final class TerritorialControl {
    /** ACLED's sub-event types that change who controls a place. */
    public static final Set<String> TERRITORY_CHANGES = Set.of("Non-state actor overtakes territory",
            "Government regains territory", "Non-violent transfer of territory");

    private TerritorialControl() {
    }

    /** Every place's timeline up to and including {@code until}, within {@code bbox} if given; places in name order. */
    public static Map<String, List<PlaceControl>> timelines(EventStore store, LocalDate until, Optional<BoundingBox> bbox) {
        List<PlaceControl> changes = new ArrayList<>();
        for (String type : List.of("Battles", "Strategic developments")) {
            store.forEachFusedEvent(new EventQuery(Optional.empty(), Optional.empty(), Optional.of(until),
                    Optional.of(type), bbox), stored -> control(stored.event()).ifPresent(changes::add));
        }
        changes.sort(Comparator.comparing(PlaceControl::location).thenComparing(PlaceControl::placeKey)
                .thenComparing(PlaceControl::since).thenComparing(PlaceControl::eventId));
        Map<String, List<PlaceControl>> byPlace = new LinkedHashMap<>();
        changes.forEach(c -> byPlace.computeIfAbsent(c.placeKey(), k -> new ArrayList<>()).add(c));
        return byPlace;
    }

    /** Who holds each place on {@code date}: the last change on or before it, places in name order. */
    public static List<PlaceControl> at(EventStore store, LocalDate date, Optional<BoundingBox> bbox) {
        return timelines(store, date, bbox).values().stream().map(l -> l.get(l.size() - 1)).toList();
    }

    private static Optional<PlaceControl> control(Event e) {
        if (!TERRITORY_CHANGES.contains(e.subEventType()) || e.place().isEmpty() || e.eventDate().isEmpty()
                || e.factuality().equals("denied")) {
            return Optional.empty();
        }
        Event.EventPlace p = e.place().get();
        String key = p.geonameid() > 0 ? "geonameid:" + p.geonameid() : p.location() + ", " + p.country();
        return Optional.of(new PlaceControl(key, p.location(), p.country(), p.latitude(), p.longitude(), e.actor1(),
                e.eventDate().get(), e.actor2(), e.id()));
    }
}
