package org.sitrep.fuse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Event;

/**
 * One real-world event told by one or more reports.
 *
 * @param id         stable id: the id of the first stored report event that founded it
 * @param fused      the fused values ({@link FusedValues} states the rules); its id is {@link #id}
 * @param sources    every report's own coding, in the order they joined
 * @param publishers distinct publishers over all sources, in order of first appearance
 * @param anchor     where and when fusion looks for further reports of it; empty for events without place or date
 */
public record FusedEvent(String id, Event fused, List<SourceEvent> sources, List<String> publishers,
                         Optional<FusionAnchor> anchor) {
    public FusedEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(fused);
        Objects.requireNonNull(anchor);
        sources = List.copyOf(sources);
        publishers = List.copyOf(publishers);
    }

    /** The number of independent sources (distinct publishers, or documents when the publisher is unknown). */
    public int independentSources() {
        return (int) sources.stream().map(SourceEvent::independenceKey).distinct().count();
    }
}
