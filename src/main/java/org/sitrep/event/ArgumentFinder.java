package org.sitrep.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.codebook.ActorMention;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.model.Token;

/**
 * Finds the agent and patient of a trigger from sentence structure: subjects and objects across active and passive
 * voice, possessives and compounds of nominal triggers ("the coalition's strikes", "coalition air strikes"),
 * "clashes between X and Y", "attack on Y", subjects inherited from a governing clause; a place "handed over to X"
 * in the passive was taken over by X; proximity only as a last resort. Stateless.
 */
final class ArgumentFinder {
    private static final Set<String> LIGHT_VERBS = Set.of("carry", "launch", "conduct", "stage", "mount", "wage",
            "unleash", "lead", "claim", "perform", "fire", "hold", "organize", "organise");

    Arguments find(SentenceGraph g, TriggerMatch t, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return new Arguments(Optional.empty(), Optional.empty(), object(g, t), "none");
        }
        if (!g.parsed()) {
            return proximity(g, t, actors, Optional.empty());
        }
        int h = headToken(g, t);
        boolean verb = g.sentence().tokens().get(h).pos().startsWith("V");
        Optional<ActorMention> agent;
        Optional<ActorMention> patient;
        String rule;
        if (t.triggerClass() == TriggerClass.TERRITORY_FALL) {
            agent = firstIn(g, g.children(h, "obl"), actors, "to");
            patient = Optional.empty();
            rule = "fall-to";
        } else if (verb) {
            boolean passive = !g.children(h, "nsubj:pass").isEmpty() || !g.children(h, "aux:pass").isEmpty();
            agent = passive ? firstIn(g, g.children(h, "obl"), actors, "by") : firstIn(g, g.exactly(h, "nsubj"), actors, null);
            if (passive && agent.isEmpty() && t.triggerClass() == TriggerClass.WITHDRAW) {
                agent = firstIn(g, g.children(h, "obl"), actors, "to");
            }
            patient = passive ? firstIn(g, g.children(h, "nsubj:pass"), actors, null)
                    : firstIn(g, g.children(h, "obj"), actors, null).or(() -> firstIn(g, g.children(h, "obl"), actors, "with"))
                    .or(() -> firstIn(g, g.children(h, "obl"), actors, "against")).or(() -> firstIn(g, g.children(h, "obl"), actors, "on"))
                    .or(() -> firstIn(g, g.children(h, "obl"), actors, "from"));
            rule = passive ? "passive" : "active";
            if (agent.isEmpty()) {
                agent = inheritedSubject(g, h, actors);
            }
            if (agent.isEmpty() && !passive) {
                Optional<ActorMention> p = patient;
                agent = nearestBefore(g, t, actors).filter(a -> p.isEmpty() || !a.actor().equals(p.get().actor()));
                rule = agent.isPresent() ? "active+nearest-subject" : rule;
            }
        } else {
            agent = firstIn(g, g.children(h, "nmod:poss"), actors, null)
                    .or(() -> firstIn(g, g.children(h, "compound"), actors, null))
                    .or(() -> firstIn(g, g.children(h, "amod"), actors, null))
                    .or(() -> firstIn(g, g.children(h, "nmod"), actors, "by"))
                    .or(() -> firstIn(g, g.children(h, "nmod"), actors, "between"));
            patient = firstIn(g, g.children(h, "nmod"), actors, "on")
                    .or(() -> firstIn(g, g.children(h, "nmod"), actors, "against"))
                    .or(() -> firstIn(g, g.children(h, "nmod"), actors, "with"))
                    .or(() -> between(g, h, actors));
            rule = "nominal";
            if (patient.isEmpty() && g.relation(h).startsWith("nsubj") && g.head(h) >= 0) {
                patient = firstIn(g, g.children(g.head(h), "obj"), actors, null);
                rule = "nominal-subject-of-verb";
            }
            if (agent.isEmpty()) {
                agent = inheritedSubject(g, h, actors);
            }
            if (agent.isEmpty() && patient.isPresent()) {
                agent = sideKilledIn(g, h, actors, patient.get());
                rule = agent.isPresent() ? "nominal+side-killed-in-it" : rule;
            }
        }
        if (agent.isPresent() && patient.isPresent() && agent.get().actor().equals(patient.get().actor())) {
            patient = Optional.empty();
        }
        if (agent.isEmpty() && patient.isEmpty()) {
            return proximity(g, t, actors, object(g, t));
        }
        return new Arguments(agent, patient, object(g, t), rule);
    }

    /** The verb of a verbal trigger, the last noun of a nominal one ("air strike" -> "strike"). */
    static int headToken(SentenceGraph g, TriggerMatch t) {
        List<Token> tokens = g.sentence().tokens();
        return tokens.get(t.start()).pos().startsWith("V") ? t.start() : t.end() - 1;
    }

    /** What a verbal trigger acts on: its object, or its passive subject ("the town was captured"). */
    static Optional<Integer> object(SentenceGraph g, TriggerMatch t) {
        if (!g.parsed()) {
            return Optional.empty();
        }
        int h = headToken(g, t);
        if (t.triggerClass() == TriggerClass.TERRITORY_FALL) {
            return g.children(h, "nsubj").stream().findFirst();
        }
        return g.children(h, "obj").stream().findFirst().or(() -> g.children(h, "nsubj:pass").stream().findFirst());
    }

    private Optional<ActorMention> inheritedSubject(SentenceGraph g, int h, List<ActorMention> actors) {
        int node = h;
        for (int depth = 0; depth < 4; depth++) {
            String rel = g.relation(node);
            int gov = g.head(node);
            if (gov < 0) {
                return Optional.empty();
            }
            boolean lightVerbObject = rel.equals("obj") && LIGHT_VERBS.contains(lemma(g, gov));
            if (!(lightVerbObject || rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj")
                    || rel.startsWith("acl") || rel.equals("obl") || rel.startsWith("nmod"))) {
                return Optional.empty();
            }
            Optional<ActorMention> subject = firstIn(g, g.exactly(gov, "nsubj"), actors, null);
            if (subject.isPresent()) {
                return subject;
            }
            node = gov;
        }
        return Optional.empty();
    }

    /**
     * "36 soldiers were killed in clashes with IS": the armed (not civilian) passive subject of the verb a nominal
     * trigger with a "with" side hangs from is the other side of the fighting.
     */
    private Optional<ActorMention> sideKilledIn(SentenceGraph g, int h, List<ActorMention> actors, ActorMention other) {
        if (!g.relation(h).equals("obl") || g.head(h) < 0) {
            return Optional.empty();
        }
        return firstIn(g, g.children(g.head(h), "nsubj:pass"), actors, null)
                .filter(a -> a.actor().inter() != 7 && !a.actor().equals(other.actor()));
    }

    private Optional<ActorMention> between(SentenceGraph g, int h, List<ActorMention> actors) {
        for (int child : g.children(h, "nmod")) {
            if (g.caseMarker(child).filter("between"::equals).isPresent()) {
                for (int c : g.children(child, "conj")) {
                    Optional<ActorMention> a = inPhrase(g, g.phrase(c), actors);
                    if (a.isPresent()) {
                        return a;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ActorMention> firstIn(SentenceGraph g, List<Integer> heads, List<ActorMention> actors, String marker) {
        for (int child : heads) {
            if (marker != null && g.caseMarker(child).filter(marker::equals).isEmpty()) {
                continue;
            }
            Optional<ActorMention> a = inPhrase(g, g.phrase(child), actors);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** The actor mentioned in a phrase: named actors before generic ones, then the leftmost. */
    private static Optional<ActorMention> inPhrase(SentenceGraph g, List<Integer> tokens, List<ActorMention> actors) {
        ActorMention best = null;
        for (ActorMention a : actors) {
            boolean inside = tokens.stream().anyMatch(i -> g.sentence().tokens().get(i).span().overlaps(a.span()));
            if (inside && (best == null || best.actor().generic() && !a.actor().generic())) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<ActorMention> nearestBefore(SentenceGraph g, TriggerMatch t, List<ActorMention> actors) {
        int triggerStart = g.sentence().tokens().get(t.start()).span().start();
        return actors.stream().filter(a -> a.span().end() <= triggerStart).reduce((a, b) -> b);
    }

    private static Arguments proximity(SentenceGraph g, TriggerMatch t, List<ActorMention> actors, Optional<Integer> object) {
        int triggerStart = g.sentence().tokens().get(t.start()).span().start();
        ActorMention before = null;
        ActorMention after = null;
        for (ActorMention a : actors) {
            if (a.span().end() <= triggerStart) {
                before = a;
            } else if (after == null && a.span().start() > triggerStart) {
                after = a;
            }
        }
        if (before == null) {
            return new Arguments(Optional.ofNullable(after), Optional.empty(), object, "proximity");
        }
        if (after != null && after.actor().equals(before.actor())) {
            after = null;
        }
        return new Arguments(Optional.of(before), Optional.ofNullable(after), object, "proximity");
    }

    private static String lemma(SentenceGraph g, int token) {
        return g.sentence().tokens().get(token).lemma().toLowerCase(java.util.Locale.ROOT);
    }
}
