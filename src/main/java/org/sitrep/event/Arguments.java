package org.sitrep.event;

import java.util.Optional;
import org.sitrep.codebook.ActorMention;

/**
 * Who did it and to whom, for one trigger: the agent, the patient, the token that is the grammatical object
 * (for territory: what was taken), and the rule that found them ("dependency", "passive", "proximity"...).
 */
record Arguments(Optional<ActorMention> agent, Optional<ActorMention> patient, Optional<Integer> objectToken,
                 String rule) {
}
