package org.sitrep.event;

import java.util.List;
import java.util.Optional;
import org.sitrep.codebook.ActorMention;
import org.sitrep.event.codebook.TriggerClass;
import org.sitrep.event.codebook.TriggerMatch;

/**
 * ACLED's reading of violence whose structure names only the victims: civilians never perpetrate it (a civilian found
 * as the agent is the victim of an unnamed perpetrator), and civilians named in the sentence of a violent trigger with
 * no patient are its victims ("killing six people"). Stateless.
 */
final class VictimRoles {
    private static final int CIVILIANS = 7;

    private VictimRoles() {
    }

    static Arguments apply(TriggerMatch t, Arguments args, List<ActorMention> sentenceActors) {
        TriggerClass c = t.triggerClass();
        boolean violent = c.isDirectViolence() || c.isRemote() || c == TriggerClass.SEXUAL || c == TriggerClass.ABDUCT;
        if (!violent || args.patient().isPresent()) {
            return args;
        }
        if (args.agent().filter(a -> a.actor().inter() == CIVILIANS).isPresent()) {
            return new Arguments(Optional.empty(), args.agent(), args.objectToken(), args.rule() + "+civilian-is-victim");
        }
        Optional<ActorMention> victims = sentenceActors.stream()
                .filter(a -> a.actor().inter() == CIVILIANS)
                .filter(a -> args.agent().map(g -> !g.span().equals(a.span())).orElse(true))
                .findFirst();
        return victims.map(v -> new Arguments(args.agent(), Optional.of(v), args.objectToken(),
                args.rule() + "+civilian-victims-in-sentence")).orElse(args);
    }
}
