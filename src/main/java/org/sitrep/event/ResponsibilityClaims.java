package org.sitrep.event;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorMention;
import org.sitrep.model.Span;

/**
 * "X claimed responsibility for the attack" (also "took credit for", "is responsible for", "blamed Y for the
 * bombing", or "X suspected."): names X as the perpetrator of the latest earlier event whose
 * perpetrator was unidentified, as ACLED codes claimed attacks; the claim itself is not an event. Stateless.
 */
final class ResponsibilityClaims {
    private static final Pattern CLAIM = Pattern.compile("\\b(claim(ed|s|ing)?|took|takes|take|taking|has taken) "
            + "(responsibility|credit)\\b|\\b(is|are|was|were|be|been) (responsible|to blame) for\\b"
            + "|\\bblam(e|es|ed|ing) (the |a |an )?[^.;]{0,60}? for (the |a |an |its |their )?[^.;]{0,40}?"
            + "(attacks?|bombings?|strikes?|killings?|explosions?|shelling|massacre|bloodshed|expulsion)\\b"
            + "|\\bholding [^.;]{0,40}? responsible\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Al Shabaab suspected.", "The rebels were blamed.", "X are believed to be responsible.", "suspicion falls on X",
     * "X are the suspected perpetrators": a named suspect, not an event.
     */
    private static final Pattern SUSPECT = Pattern.compile("^\\W*[^.;]{0,60}\\b(suspected|blamed)\\W*$"
            + "|\\b(is|are|was|were) (suspected|blamed|(believed|thought|understood) to be (behind|responsible)|held "
            + "responsible)\\b(?! of)|\\bsuspicion (falls|fell|fall) on\\b|\\b(is|are|was|were) the (suspected|alleged|likely) "
            + "perpetrators?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String UNIDENTIFIED = "Unidentified Armed Group";

    /** True when the sentence is a responsibility claim (handled here); may rewrite one earlier candidate. */
    boolean apply(String sentence, Span span, List<ActorMention> actors, List<EventCandidate> earlier) {
        if (!CLAIM.matcher(sentence).find() && !SUSPECT.matcher(sentence).find()) {
            return false;
        }
        Optional<ActorMention> claimant = actors.stream()
                .filter(a -> span.contains(a.span()) && !a.actor().generic() && a.actor().inter() != 1)
                .findFirst();
        if (claimant.isEmpty()) {
            return true;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventCandidate c = earlier.get(i);
            if (c.actor1().startsWith(UNIDENTIFIED)) {
                String name = claimant.get().actor().name();
                earlier.set(i, c.withActor1(name, claimant.get().actor().inter(), Optional.of(claimant.get().actor()))
                        .withRule("actor1:claimed-responsibility"));
                return true;
            }
        }
        return true;
    }
}
