package org.sitrep.fuse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Event;

/**
 * When two report events are the same real-world event: both have a place and a date, their event types fall in one
 * family (armed violence: Battles, Explosions/Remote violence, Violence against civilians; demonstrations: Protests,
 * Riots; Strategic developments alone), their actors are compatible (they share a specific actor, or one side names only
 * generic ones: civilians, protesters, rioters, unidentified groups), they are at most {@link #maxDays} days apart, and
 * they are at most {@link #maxKm} apart (twice that when either place is approximate, geo_precision 2) or, when either
 * place is only known to region precision (geo_precision 3), in the same first-order region. Immutable.
 *
 * @param maxKm   distance window in kilometres for exactly located events
 * @param maxDays date window in days
 */
public record FusionRule(double maxKm, int maxDays) {
    /** 25 km and one day either way. */
    public static final FusionRule DEFAULT = new FusionRule(25, 1);

    public FusionRule {
        if (maxKm <= 0 || maxDays < 0) {
            throw new IllegalArgumentException("fusion windows must be positive");
        }
    }

    /** Whether an event can be fused at all (it has a place and a date); others stay events of their own. */
    public boolean fusable(Event e) {
        return e.place().isPresent() && e.eventDate().isPresent();
    }

    /** The widest search radius in kilometres for blocking, whatever the precision. */
    public double searchKm() {
        return maxKm * 2;
    }

    /** The best matching anchor for a fusable event, if any (nearest in space and time). */
    public Optional<FusionAnchor> best(Event e, Collection<FusionAnchor> candidates) {
        Set<String> keys = actorKeys(e);
        return candidates.stream().filter(a -> matches(e, keys, a))
                .min(Comparator.comparingDouble((FusionAnchor a) -> score(e, a)).thenComparing(FusionAnchor::fusedId));
    }

    /** Whether a fusable event matches an anchor. */
    public boolean matches(Event e, FusionAnchor a) {
        return matches(e, actorKeys(e), a);
    }

    private boolean matches(Event e, Set<String> actorKeys, FusionAnchor a) {
        Event.EventPlace p = e.place().orElseThrow();
        LocalDate date = e.eventDate().orElseThrow();
        if (!family(e.eventType()).equals(a.family())) {
            return false;
        }
        if (Math.abs(ChronoUnit.DAYS.between(a.date(), date)) > maxDays) {
            return false;
        }
        if (p.geoPrecision() == 3 || a.precision() == 3) {
            if (p.admin1().isEmpty() || !region(p).equals(a.region())) {
                return false;
            }
        } else {
            double limit = p.geoPrecision() == 2 || a.precision() == 2 ? maxKm * 2 : maxKm;
            if (GridCells.distanceKm(p.latitude(), p.longitude(), a.latitude(), a.longitude()) > limit) {
                return false;
            }
        }
        return keysCompatible(actorKeys, a.actors());
    }

    private static double score(Event e, FusionAnchor a) {
        Event.EventPlace p = e.place().orElseThrow();
        return GridCells.distanceKm(p.latitude(), p.longitude(), a.latitude(), a.longitude())
                + 10.0 * Math.abs(ChronoUnit.DAYS.between(a.date(), e.eventDate().orElseThrow()));
    }

    /** The region blocking key of a place: "country|admin1" (admin1 empty when unknown). */
    public static String region(Event.EventPlace p) {
        return p.country() + "|" + p.admin1().orElse("");
    }

    /** The type family of an ACLED event type. */
    public static String family(String eventType) {
        return switch (eventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "armed violence";
            case "Protests", "Riots" -> "demonstrations";
            default -> eventType;
        };
    }

    /** The actors an event names (actor1, actor2, associated actors), as written. */
    public static Set<String> actors(Event e) {
        Set<String> actors = new HashSet<>();
        actors.add(e.actor1());
        e.actor2().ifPresent(actors::add);
        e.assocActor1().ifPresent(actors::add);
        e.assocActor2().ifPresent(actors::add);
        actors.removeIf(String::isBlank);
        return actors;
    }

    /** The comparison keys ({@link #key}) of the specific (not generic) actors an event names. */
    public static Set<String> actorKeys(Event e) {
        return actors(e).stream().map(FusionRule::key).filter(k -> !generic(k)).collect(Collectors.toSet());
    }

    static boolean actorsCompatible(Set<String> a, Set<String> b) {
        return keysCompatible(a.stream().map(FusionRule::key).filter(k -> !generic(k)).collect(Collectors.toSet()),
                b.stream().map(FusionRule::key).filter(k -> !generic(k)).collect(Collectors.toSet()));
    }

    private static boolean keysCompatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final List<String> GENERIC = List.of("civilians", "protesters", "rioters", "unidentified");

    private static boolean generic(String key) {
        return GENERIC.stream().anyMatch(key::startsWith);
    }

    /** An actor name without case and without a trailing parenthesised qualifier ("(2015-)", "(Nigeria)"). */
    static String key(String actor) {
        return QUALIFIER.matcher(actor).replaceAll("").strip().toLowerCase(Locale.ROOT);
    }
}
