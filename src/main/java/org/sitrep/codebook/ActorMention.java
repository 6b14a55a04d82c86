package org.sitrep.codebook;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One place where a text names an actor.
 *
 * @param span  code-point offsets into the searched text, end exclusive (a possessive 's is left out)
 * @param text  the covered text as written
 * @param actor the dictionary entry it refers to
 * @param rule  how it matched: "acronym:", "alias:" or "generic:" followed by the dictionary alias,
 *              with "+noun" when a following generic noun ("Houthi rebels") was absorbed
 */
public record ActorMention(Span span, String text, ActorEntry actor, String rule) {
    public ActorMention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(rule);
    }
}
