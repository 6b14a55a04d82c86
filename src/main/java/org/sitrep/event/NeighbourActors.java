package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorDictionary;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.codebook.Countries;
import org.sitrep.codebook.Country;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Sentence;

/**
 * Sides a report names in the sentence next to an event whose own sentence names none, as a reader joins them:
 * <ul>
 * <li>fighting of unnamed sides ("Fighting was reported in Ganfouda.") is fought by the named force or group the next
 * sentence tells of ("The LNA made gains in Ganfouda"), against an unidentified armed group;</li>
 * <li>violence with no perpetrator named ("Five soldiers wounded.") is by the named rebel or militia, or the
 * communal militia ("herdsmen"), of the sentence before, unless that group fought on the state forces' side there (a
 * partner militia);</li>
 * <li>a violent demonstration with no forces in its sentence faces the police or soldiers the next sentence tells acting
 * on it ("Soldiers were deployed to the towns", "35 students were put in custody").</li>
 * </ul>
 * Only the adjacent sentence is read, only for an event whose own sentence named no such actor, and never for fighting
 * that refers back to violence already told ("The fighting followed...") or violence whose previous sentence codes an
 * event of its own (the merger joins those). Immutable.
 */
final class NeighbourActors {
    private static final String UNIDENTIFIED = "Unidentified Armed Group";
    private static final Pattern RESPONSE = Pattern.compile("\\b(deployed|arrested|arrests|detained|custody|tear ?gas|"
            + "teargas|dispers\\w*|rubber bullets|water cannons?|fired|opened fire|intervened|stun grenades)\\b");
    private static final Pattern POLICE = Pattern.compile("\\b(police|policemen|police officers?|gendarmes?|"
            + "gendarmerie|authorities|officers)\\b");
    private static final Pattern MILITARY = Pattern.compile("\\b(soldiers|troops|army|military|security forces)\\b");
    private final Countries countries;
    private final ActorEntry police;
    private final ActorEntry military;

    NeighbourActors(ActorDictionary actors, Countries countries) {
        this.countries = countries;
        this.police = GroupActors.generic(actors, "police");
        this.military = GroupActors.generic(actors, "soldiers");
    }

    /** The candidates with sides taken from adjacent sentences where their own named none. */
    List<EventCandidate> apply(List<EventCandidate> candidates, AnnotatedText at, List<ActorMention> mentions,
                               Optional<Country> mainCountry) {
        List<EventCandidate> out = new ArrayList<>(candidates.size());
        for (EventCandidate c : candidates) {
            Optional<Country> country = c.place().flatMap(p -> countries.byName(p.country())).or(() -> mainCountry);
            boolean violenceToldBefore = candidates.stream().anyMatch(o -> o.sentence() < c.sentence() && o.type().isViolent());
            boolean eventInPrevious = candidates.stream().anyMatch(o -> o.sentence() == c.sentence() - 1);
            out.add(withNeighbours(c, at, mentions, country, violenceToldBefore, eventInPrevious));
        }
        return out;
    }

    private EventCandidate withNeighbours(EventCandidate c, AnnotatedText at, List<ActorMention> mentions,
                                          Optional<Country> country, boolean violenceToldBefore, boolean eventInPrevious) {
        List<Sentence> sentences = at.sentences();
        boolean unnamedPerpetrator = c.agentEntry().isEmpty() && c.actor1().startsWith(UNIDENTIFIED);
        if (unnamedPerpetrator && c.type() == SubEventType.ARMED_CLASH && !violenceToldBefore
                && c.actor2().filter(a -> !a.equals(c.actor1())).isEmpty() && c.sentence() + 1 < sentences.size()) {
            Optional<ActorEntry> side = named(mentions, sentences.get(c.sentence() + 1)).stream()
                    .filter(a -> a.inter() <= 3 || a.inter() == 8).findFirst();
            if (side.isPresent()) {
                return c.withActor1(side.get().nameFor(country), GroupActors.inter(side.get(), country), side)
                        .withActor2(Optional.of(c.actor1()), Optional.of(3)).withRule("actor1:named-in-next-sentence");
            }
        }
        if (unnamedPerpetrator && c.type().isViolent() && c.sentence() > 0 && !eventInPrevious
                && c.actor2().filter(a -> !a.startsWith(UNIDENTIFIED)).isPresent()) {
            Sentence previous = sentences.get(c.sentence() - 1);
            List<ActorMention> there = mentions.stream().filter(m -> previous.span().contains(m.span())).toList();
            Allies allies = Allies.in(new SentenceGraph(previous), there);
            Optional<ActorEntry> perpetrator = there.stream().map(ActorMention::actor)
                    .filter(a -> !a.generic() && a.inter() >= 2 && a.inter() <= 4 || a.generic() && a.inter() == 4)
                    .filter(a -> there.stream().noneMatch(m -> m.actor().inter() == 1 && allies.sameSide(a, m.actor())))
                    .filter(a -> !c.actor2().get().equals(a.nameFor(country)))
                    .findFirst();
            if (perpetrator.isPresent()) {
                return c.withActor1(perpetrator.get().nameFor(country), perpetrator.get().inter(), perpetrator)
                        .withRule("actor1:named-in-previous-sentence");
            }
        }
        if (c.type() == SubEventType.VIOLENT_DEMONSTRATION && c.actor2().isEmpty()
                && c.sentence() + 1 < sentences.size()) {
            String next = CodePoints.slice(at.document().text(), sentences.get(c.sentence() + 1).span())
                    .toLowerCase(Locale.ROOT);
            if (RESPONSE.matcher(next).find()) {
                Optional<ActorEntry> forces = POLICE.matcher(next).find() ? Optional.of(police)
                        : MILITARY.matcher(next).find() ? Optional.of(military) : Optional.empty();
                if (forces.isPresent()) {
                    return c.withActor2(Optional.of(forces.get().nameFor(country)), Optional.of(1))
                            .withRule("actor2:forces-in-next-sentence");
                }
            }
        }
        return c;
    }

    private static List<ActorEntry> named(List<ActorMention> mentions, Sentence s) {
        return mentions.stream().filter(m -> s.span().contains(m.span()) && !m.actor().generic())
                .map(ActorMention::actor).toList();
    }
}
