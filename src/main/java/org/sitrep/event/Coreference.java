package org.sitrep.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorEntry;
import org.sitrep.codebook.ActorMention;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Span;

/**
 * Resolves definite references to an armed group ("the group", "the militants", "the jihadists") to the latest
 * named non-state armed actor mentioned before them; generic mentions without "the" stay generic. Stateless.
 */
final class Coreference {
    private static final Pattern DEFINITE = Pattern.compile("\\b[Tt]he\\s+(group|militants?|jihadists?|insurgents?|"
            + "extremists?|terrorists?|organi[sz]ation|militia|rebels?|fighters?|movement)\\b");

    /** Whether {@code text} holds a definite reference that {@link #resolve} may turn into an actor mention. */
    static boolean mayRefer(String text) {
        return DEFINITE.matcher(text).find();
    }

    /** The mentions with definite references replaced or added; sorted by position. */
    List<ActorMention> resolve(String text, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (Matcher m = DEFINITE.matcher(text); m.find(); ) {
            Span span = CodePoints.span(text, m.start(), m.end());
            ActorEntry antecedent = null;
            for (ActorMention a : mentions) {
                if (a.span().end() <= span.start() && !a.actor().generic() && a.actor().inter() >= 2 && a.actor().inter() <= 4) {
                    antecedent = a.actor();
                }
            }
            if (antecedent == null) {
                continue;
            }
            out.removeIf(a -> a.span().overlaps(span) && a.actor().generic());
            if (out.stream().noneMatch(a -> a.span().overlaps(span))) {
                out.add(new ActorMention(span, m.group(), antecedent,
                        "coreference:" + m.group(1).toLowerCase(Locale.ROOT)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(out);
    }
}
