package org.sitrep.event;

import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorMention;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;
import org.sitrep.model.Token;

/**
 * ACLED's reading of violence whose structure names only the victims: civilians never perpetrate it (a civilian found
 * as the agent is the victim of an unnamed perpetrator; so are state forces found near a bomb by no structural rule), and
 * civilians named after a violent trigger (anywhere for remote violence) with no patient and no armed target are its
 * victims ("killing six people"); otherwise another armed actor of the sentence is the opponent of direct violence, and
 * the subject of a bare participle ("two soldiers killed") is its victim; victims told as members of an armed group
 * ("two others belonging to a vigilante group") are that group. Stateless.
 */
final class VictimRoles {
    private static final int CIVILIANS = 7;
    private static final java.util.regex.Pattern MEMBERS_OF = java.util.regex.Pattern.compile(
            "(belonging to|members? of|belonged to)( (a|an|the))?$");

    private VictimRoles() {
    }

    /** {@code triggerAt}: code-point offset of the trigger; {@code afterTrigger}: the sentence from it, lowercased. */
    static Arguments apply(SentenceGraph g, TriggerMatch t, Arguments args, List<ActorMention> sentenceActors,
                           int triggerAt, String afterTrigger, Allies allies) {
        TriggerClass c = t.triggerClass();
        boolean violent = c.isDirectViolence() || c.isRemote() || c == TriggerClass.SEXUAL || c == TriggerClass.ABDUCT;
        if (violent && args.patient().filter(p -> p.actor().inter() == CIVILIANS).isPresent()) {
            return membersOfArmedGroup(g, args, sentenceActors, triggerAt);
        }
        if (!violent || args.patient().isPresent()) {
            return args;
        }
        boolean explosive = c == TriggerClass.IED || c == TriggerClass.SUICIDE || c == TriggerClass.GRENADE;
        boolean structural = args.rule().startsWith("active") && !args.rule().contains("nearest") || args.rule().startsWith("passive");
        if (args.agent().filter(a -> a.actor().inter() == CIVILIANS
                || explosive && !structural && a.actor().inter() == 1).isPresent() || reducedPassive(g, t)) {
            return new Arguments(Optional.empty(), args.agent(), args.objectToken(), args.rule() + "+civilian-is-victim");
        }
        if (SubEventCues.namesArmedTarget(afterTrigger)) {
            return args;
        }
        Optional<ActorMention> victims = sentenceActors.stream()
                .filter(a -> c.isRemote() || a.span().start() >= triggerAt)
                .filter(a -> a.actor().inter() == CIVILIANS)
                .filter(a -> args.agent().map(x -> !x.span().equals(a.span())).orElse(true))
                .findFirst();
        if (victims.isPresent()) {
            return new Arguments(args.agent(), victims, args.objectToken(), args.rule() + "+civilian-victims-in-sentence");
        }
        if (!c.isDirectViolence() || args.agent().isEmpty()) {
            return args;
        }
        return sentenceActors.stream()
                .filter(a -> !a.actor().equals(args.agent().get().actor())
                        && !allies.sameSide(args.agent().get().actor(), a.actor()))
                .filter(a -> a.actor().armed()).findFirst()
                .map(o -> new Arguments(args.agent(), Optional.of(o), args.objectToken(), args.rule() + "+armed-opponent-in-sentence"))
                .orElse(args);
    }

    /**
     * "killed three people and injured two others belonging to a vigilante group": victims described after the trigger
     * as members of an armed group are that group.
     */
    private static Arguments membersOfArmedGroup(SentenceGraph g, Arguments args, List<ActorMention> sentenceActors,
                                                 int triggerAt) {
        List<Token> tokens = g.sentence().tokens();
        for (ActorMention m : sentenceActors) {
            int inter = m.actor().inter();
            if (m.span().start() < triggerAt || inter == CIVILIANS || inter >= 5 && inter != 8
                    || args.agent().filter(a -> a.actor().equals(m.actor())).isPresent()) {
                continue;
            }
            List<String> before = tokens.stream().filter(tk -> tk.span().end() <= m.span().start())
                    .map(tk -> tk.word().toLowerCase(java.util.Locale.ROOT)).toList();
            String lead = String.join(" ", before.subList(Math.max(0, before.size() - 3), before.size()));
            if (MEMBERS_OF.matcher(lead).find()) {
                return new Arguments(args.agent(), Optional.of(m), args.objectToken(), args.rule() + "+victims-members-of-group");
            }
        }
        return args;
    }

    /**
     * "Two soldiers killed in Wau": a past participle with a subject and no auxiliary reports what was done to it; so
     * does a past form with no object whose subject is counted ("At least three soldiers killed and one injured"), the
     * headline style the parser may read as active.
     */
    private static boolean reducedPassive(SentenceGraph g, TriggerMatch t) {
        if (!g.parsed() || !t.triggerClass().isDirectViolence()) {
            return false;
        }
        int h = t.start();
        String pos = g.sentence().tokens().get(h).pos();
        List<Integer> subjects = g.exactly(h, "nsubj");
        if (subjects.isEmpty() || !g.children(h, "aux").isEmpty() || !g.children(h, "obj").isEmpty()) {
            return false;
        }
        return pos.equals("VBN") || pos.equals("VBD") && !g.children(subjects.get(0), "nummod").isEmpty();
    }
}
