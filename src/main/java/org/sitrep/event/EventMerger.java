package org.sitrep.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Event.EventPlace;
import org.sitrep.model.Evidence;

/**
 * One event per distinct who/what/where/when of a report: candidates of the same type, actors, place and date merge
 * (evidence joined, the lowest death toll, the most committed factuality; an unidentified armed group as either actor
 * matches any actor and yields to a named one); an armed clash told around a territory
 * change at the same place and date folds into it, told where the first of them is told (the battle's outcome is its
 * type). Then ordered by salience: non-denied first, title and lead first.
 */
final class EventMerger {
    private static final String UNIDENTIFIED = "Unidentified Armed Group";
    private static final List<String> COMMITMENT = List.of(FactualityClassifier.ASSERTED,
            FactualityClassifier.REPORTED, FactualityClassifier.POSSIBLE, FactualityClassifier.DENIED);

    List<Event> merge(List<EventCandidate> candidates, Document document, String source) {
        List<EventCandidate> merged = new ArrayList<>();
        for (EventCandidate c : candidates) {
            int same = indexOf(merged, c);
            if (same >= 0) {
                merged.set(same, join(merged.get(same), c));
            } else {
                merged.add(c);
            }
        }
        foldClashesIntoTerritoryChanges(merged);
        attacksThatTurnedIntoClashes(merged);
        forceAfterProtests(merged);
        foldProtestsIntoTheirEscalation(merged);
        merged.sort(Comparator.comparingInt((EventCandidate c) -> c.factuality().equals(FactualityClassifier.DENIED) ? 1 : 0)
                .thenComparingInt(EventCandidate::sentence));
        List<Event> events = new ArrayList<>();
        for (EventCandidate c : merged) {
            events.add(toEvent(document.id() + ":" + (events.size() + 1), c, source));
        }
        return List.copyOf(events);
    }

    private static int indexOf(List<EventCandidate> list, EventCandidate c) {
        for (int i = 0; i < list.size(); i++) {
            EventCandidate m = list.get(i);
            if (m.type() == c.type() && sameOrUnidentified(m.actor1(), c.actor1())
                    && (compatible(m.actor2(), c.actor2()) || m.actor2().isPresent() && c.actor2().isPresent()
                    && sameOrUnidentified(m.actor2().get(), c.actor2().get()))
                    && samePlace(m.place(), c.place()) && compatible(m.date(), c.date())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameOrUnidentified(String a, String b) {
        return a.equals(b) || a.startsWith(UNIDENTIFIED) || b.startsWith(UNIDENTIFIED);
    }

    /** The same place, or a place inside a first-order region the other names (either unknown also fits). */
    private static boolean samePlace(Optional<EventPlace> a, Optional<EventPlace> b) {
        if (a.isEmpty() || b.isEmpty() || a.get().geonameid() == b.get().geonameid()) {
            return true;
        }
        EventPlace x = a.get();
        EventPlace y = b.get();
        return x.country().equals(y.country()) && (x.geoPrecision() == 3 || y.geoPrecision() == 3)
                && x.admin1().isPresent() && x.admin1().equals(y.admin1());
    }

    /** The more specific of two compatible places. */
    private static Optional<EventPlace> finer(Optional<EventPlace> a, Optional<EventPlace> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().geoPrecision() < a.get().geoPrecision() ? b : a;
    }

    private static <T> boolean compatible(Optional<T> a, Optional<T> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static EventCandidate join(EventCandidate a, EventCandidate b) {
        Set<String> rules = new LinkedHashSet<>(a.rules());
        rules.addAll(b.rules());
        boolean bLower = b.fatalities().isPresent() && (a.fatalities().isEmpty() || b.fatalities().get() < a.fatalities().get());
        String fact = COMMITMENT.indexOf(a.factuality()) <= COMMITMENT.indexOf(b.factuality()) ? a.factuality() : b.factuality();
        boolean bNamed = a.actor1().startsWith(UNIDENTIFIED) && !b.actor1().startsWith(UNIDENTIFIED);
        boolean a2Named = a.actor2().filter(x -> x.startsWith(UNIDENTIFIED)).isPresent()
                && b.actor2().filter(x -> !x.startsWith(UNIDENTIFIED) && !x.equals(a.actor1()) && !x.equals(b.actor1()))
                .isPresent();
        return a.withSentence(Math.min(a.sentence(), b.sentence()))
                .withActor1(bNamed ? b.actor1() : a.actor1(), bNamed ? b.inter1() : a.inter1(),
                        a.agentEntry().or(b::agentEntry))
                .withAssocActor1(a.assocActor1().or(b::assocActor1))
                .withActor2(a2Named ? b.actor2() : a.actor2().or(b::actor2),
                        a.actor2().isPresent() && !a2Named ? a.inter2() : b.inter2())
                .withPlace(finer(a.place(), b.place()))
                .withDate(a.date().or(b::date), a.date().isPresent() ? a.timePrecision() : b.timePrecision())
                .withFatalities(bLower ? b.fatalities() : a.fatalities(), bLower ? b.fatalitiesText() : a.fatalitiesText())
                .withFactuality(fact)
                .withConfidence(Math.min(0.95, Math.max(a.confidence(), b.confidence()) + 0.05))
                .withEvidence(concat(a.evidence(), b.evidence()))
                .withRules(List.copyOf(rules));
    }

    /**
     * Folds candidates into others, last first: each candidate {@code from} accepts is replaced, with the first
     * other candidate {@code into} accepts for it, by {@code fold(candidate, other)} at the other's position.
     */
    private static void foldEach(List<EventCandidate> events, Predicate<EventCandidate> from,
                                 BiPredicate<EventCandidate, EventCandidate> into,
                                 BinaryOperator<EventCandidate> fold) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventCandidate a = events.get(i);
            if (!from.test(a)) {
                continue;
            }
            for (int j = 0; j < events.size(); j++) {
                EventCandidate b = events.get(j);
                if (j != i && into.test(a, b)) {
                    events.set(j, fold.apply(a, b));
                    events.remove(i);
                    break;
                }
            }
        }
    }

    private static void foldClashesIntoTerritoryChanges(List<EventCandidate> events) {
        foldEach(events, c -> c.type() == SubEventType.ARMED_CLASH,
                (c, t) -> isTerritory(t.type()) && namedActorsWithin(c, t) && samePlace(t.place(), c.place())
                        && compatible(t.date(), c.date()),
                (c, t) -> {
                    boolean keep = t.actor2().filter(a -> !a.startsWith(UNIDENTIFIED)).isPresent()
                            || other(c, t.actor1()).filter(a -> !a.startsWith(UNIDENTIFIED)).isEmpty();
                    return t.withSentence(Math.min(t.sentence(), c.sentence()))
                            .withActor2(keep ? t.actor2().or(() -> other(c, t.actor1())) : other(c, t.actor1()),
                                    keep && t.actor2().isPresent() ? t.inter2() : otherInter(c, t.actor1()))
                            .withFatalities(t.fatalities().or(c::fatalities), t.fatalitiesText().or(c::fatalitiesText))
                            .withEvidence(concat(t.evidence(), c.evidence()))
                            .withRules(concat(t.rules(), List.of("folded-clash")));
                });
    }

    /** "During the attack they clashed with soldiers": a clash told as part of the attack before it. */
    private static final java.util.regex.Pattern DURING_THE_ATTACK = java.util.regex.Pattern.compile(
            "\\b(during|in the course of) (the|this) (attack|raid|assault)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Gunmen raided the village. During the attack they clashed with soldiers": an attack with no toll of its own whose
     * next sentence tells that its perpetrators fought an armed side during it was a battle, told where the attack is.
     */
    private static void attacksThatTurnedIntoClashes(List<EventCandidate> events) {
        foldEach(events, a -> a.type() == SubEventType.ATTACK && a.fatalities().filter(n -> n > 0).isEmpty(),
                (a, c) -> c.type() == SubEventType.ARMED_CLASH && c.sentence() == a.sentence() + 1
                        && c.evidence().stream().anyMatch(e -> DURING_THE_ATTACK.matcher(e.text()).find())
                        && (sameOrUnidentified(c.actor1(), a.actor1())
                        || c.actor2().filter(x -> sameOrUnidentified(x, a.actor1())).isPresent()),
                (a, c) -> c.withSentence(a.sentence()).withPlace(finer(c.place(), a.place()))
                        .withEvidence(concat(a.evidence(), c.evidence())).withRule("attack-turned-clash"));
    }

    /**
     * "Students protested ... Police forces responded with violence, killing four": state forces' violence against
     * civilians told in the sentence right after a peaceful protest, with no other victims named, is excessive force
     * against those protesters.
     */
    private static void forceAfterProtests(List<EventCandidate> events) {
        for (EventCandidate p : List.copyOf(events)) {
            if (p.type() != SubEventType.PEACEFUL_PROTEST) {
                continue;
            }
            for (int j = 0; j < events.size(); j++) {
                EventCandidate c = events.get(j);
                if (c.type() == SubEventType.ATTACK && c.inter1() == 1 && c.sentence() == p.sentence() + 1
                        && c.actor2().filter(a -> a.startsWith("Civilians")).isPresent()
                        && sameOrUnknownPlace(c, p)) {
                    events.set(j, c.withType(SubEventType.EXCESSIVE_FORCE).withActor2(Optional.of(p.actor1()),
                            Optional.of(p.inter1())).withRule("force-after-protest"));
                }
            }
        }
    }

    /** A peaceful protest the report then says was dispersed or turned violent is one event of the stronger type. */
    private static void foldProtestsIntoTheirEscalation(List<EventCandidate> events) {
        foldEach(events, p -> p.type() == SubEventType.PEACEFUL_PROTEST,
                (p, q) -> ESCALATIONS.contains(q.type()) && sameOrUnknownPlace(q, p) && compatible(q.date(), p.date()),
                (p, q) -> q.withSentence(Math.min(p.sentence(), q.sentence()))
                        .withAssocActor1(q.assocActor1().or(p::assocActor1))
                        .withPlace(q.place().or(p::place))
                        .withDate(q.date().or(p::date), q.date().isPresent() ? q.timePrecision() : p.timePrecision())
                        .withFatalities(q.fatalities().or(p::fatalities), q.fatalitiesText().or(p::fatalitiesText))
                        .withConfidence(Math.max(p.confidence(), q.confidence()))
                        .withEvidence(concat(p.evidence(), q.evidence()))
                        .withRules(concat(q.rules(), List.of("folded-protest"))));
    }

    private static final Set<SubEventType> ESCALATIONS = Set.of(SubEventType.PROTEST_WITH_INTERVENTION,
            SubEventType.EXCESSIVE_FORCE, SubEventType.VIOLENT_DEMONSTRATION);

    /** The same gazetteer place for both, or no place for either. */
    private static boolean sameOrUnknownPlace(EventCandidate a, EventCandidate b) {
        return compatible(a.place().map(x -> x.geonameid()), b.place().map(x -> x.geonameid()));
    }

    /** The inter code of {@link #other}: the side of {@code c} that is not {@code actor}. */
    private static Optional<Integer> otherInter(EventCandidate c, String actor) {
        return other(c, actor).map(x -> x.equals(c.actor1()) ? c.inter1() : c.inter2().orElse(0));
    }

    private static Optional<String> other(EventCandidate c, String actor) {
        if (!c.actor1().equals(actor)) {
            return Optional.of(c.actor1());
        }
        return c.actor2();
    }

    /**
     * Every identified actor of the clash is a party to the territory change; a territory change whose loser is
     * unnamed or unidentified takes the clash's other side as its loser when its winner fought the clash and that side
     * is of another kind (inter code).
     */
    private static boolean namedActorsWithin(EventCandidate clash, EventCandidate territory) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(territory.actor1());
        territory.actor2().ifPresent(parties::add);
        boolean openLoser = territory.actor2().map(a -> a.startsWith(UNIDENTIFIED)).orElse(true);
        boolean actor1Known = clash.actor1().startsWith(UNIDENTIFIED) || parties.contains(clash.actor1());
        boolean actor2Known = clash.actor2().filter(a -> !a.startsWith(UNIDENTIFIED) && !parties.contains(a)).isEmpty();
        if (actor1Known && actor2Known) {
            return true;
        }
        boolean winnerFought = clash.actor1().equals(territory.actor1())
                || clash.actor2().filter(territory.actor1()::equals).isPresent();
        return openLoser && winnerFought && (actor1Known || actor2Known)
                && otherInter(clash, territory.actor1()).filter(i -> i != territory.inter1()).isPresent();
    }

    private static boolean isTerritory(SubEventType t) {
        return t == SubEventType.GOVERNMENT_REGAINS_TERRITORY || t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    private static Event toEvent(String id, EventCandidate c, String source) {
        int interaction = c.inter2().map(i2 -> Math.min(c.inter1(), i2) * 10 + Math.max(c.inter1(), i2))
                .orElse(c.inter1() * 10);
        boolean civilianTargeting = c.type().isViolent() && c.inter2().filter(i -> i == 7).isPresent();
        return new Event(id, c.type().disorderType(), c.type().eventType(), c.type().label(), c.actor1(),
                c.assocActor1(), c.inter1(), c.actor2(), Optional.empty(), c.inter2(), interaction, civilianTargeting,
                c.place(), c.date(), c.timePrecision(), c.fatalities(), c.fatalitiesText(), c.factuality(),
                Objects.requireNonNullElse(source, ""), NoteWriter.note(c), c.type().cameo(), c.type().plover(),
                c.confidence(), c.evidence(), c.rules());
    }
}
