package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;

/**
 * The fused values of an event from its sources, by stated rules: type, actors, place and notes from the most
 * confident source (ties: the earliest to join); the place from the most precise source (lowest geo_precision, then
 * most confident); the date the earliest reported; fatalities the lowest any source reported (unknown only when none
 * did); confidence {@code 1 - prod(1 - c)} over independent sources (the best event per publisher), capped at 0.99;
 * source the distinct publishers joined with "; ". Stateless.
 */
public final class FusedValues {
    private FusedValues() {
    }

    /** The fused event with id {@code id} from its sources in joining order (at least one). */
    public static FusedEvent fuse(String id, List<SourceEvent> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a fused event needs at least one source");
        }
        Event lead = sources.get(0).event();
        for (SourceEvent s : sources) {
            if (s.event().confidence() > lead.confidence()) {
                lead = s.event();
            }
        }
        Optional<Event.EventPlace> place = sources.stream().map(SourceEvent::event).filter(e -> e.place().isPresent())
                .min(Comparator.comparingInt((Event e) -> e.place().get().geoPrecision())
                        .thenComparing(Comparator.comparingDouble(Event::confidence).reversed()))
                .flatMap(Event::place);
        Optional<Event> dated = sources.stream().map(SourceEvent::event).filter(e -> e.eventDate().isPresent())
                .min(Comparator.comparing(e -> e.eventDate().get()));
        Optional<Event> fewestDead = sources.stream().map(SourceEvent::event).filter(e -> e.fatalities().isPresent())
                .min(Comparator.comparingLong(e -> e.fatalities().get()));
        List<String> publishers = publishers(sources);
        Event fused = new Event(id, lead.disorderType(), lead.eventType(), lead.subEventType(), lead.actor1(),
                lead.assocActor1(), lead.inter1(), lead.actor2(), lead.assocActor2(), lead.inter2(), lead.interaction(),
                lead.civilianTargeting(), place, dated.flatMap(Event::eventDate), dated.flatMap(Event::timePrecision),
                fewestDead.flatMap(Event::fatalities), fewestDead.flatMap(Event::fatalitiesText), lead.factuality(),
                String.join("; ", publishers), lead.notes(), lead.cameo(), lead.plover(), confidence(sources),
                lead.evidence(), List.of("fused from " + sources.size() + " report event(s)"));
        return new FusedEvent(id, fused, sources, publishers, anchor(id, sources));
    }

    /**
     * The anchor of a fused event: its founding (first) source's family, place and date, and every source's actors;
     * empty when the founder has no place or no date (such an event is never fused with others).
     */
    public static Optional<FusionAnchor> anchor(String id, List<SourceEvent> sources) {
        Event founder = sources.get(0).event();
        if (founder.place().isEmpty() || founder.eventDate().isEmpty()) {
            return Optional.empty();
        }
        Event.EventPlace p = founder.place().get();
        Set<String> actors = new LinkedHashSet<>();
        sources.forEach(s -> actors.addAll(FusionRule.actorKeys(s.event())));
        return Optional.of(new FusionAnchor(id, FusionRule.family(founder.eventType()), actors, p.latitude(),
                p.longitude(), p.geoPrecision(), FusionRule.region(p), founder.eventDate().get()));
    }

    /** {@code 1 - prod(1 - c)} over the best confidence of each independent source, at most 0.99. */
    public static double confidence(List<SourceEvent> sources) {
        Map<String, Double> best = sources.stream().collect(Collectors.toMap(SourceEvent::independenceKey,
                s -> s.event().confidence(), Math::max));
        double miss = 1;
        for (double c : best.values()) {
            miss *= 1 - c;
        }
        double c = best.size() == 1 ? best.values().iterator().next() : Math.min(0.99, 1 - miss);
        return Math.round(c * 1000) / 1000.0;
    }

    private static List<String> publishers(List<SourceEvent> sources) {
        Set<String> all = new LinkedHashSet<>();
        sources.forEach(s -> all.addAll(s.publishers()));
        return new ArrayList<>(all);
    }
}
