package org.sitrep.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.mention.FatalityFinder;
import org.sitrep.mention.FatalityMention;
import org.sitrep.model.AnnotatedText;
import org.sitrep.model.CodePoints;
import org.sitrep.model.Sentence;

/**
 * A violent event whose sentence gives no toll takes the toll of the sentences after it that code no event of
 * their own ("Clashes broke out in X. Two soldiers were killed."), or of the first later sentence that codes one
 * when that toll points back at the fighting ({@link #BACK_REFERENCE}); the search stops at that sentence.
 * Immutable; thread-safe as its {@link FatalityFinder} is.
 */
final class LaterTolls {
    /**
     * A toll that points back at the fighting already told ("killed in the attack", "during the encounter"): it counts
     * the earlier event even when its own sentence codes one ("At least 9 people were killed in the attack").
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "\\b(in|during|from) (the|this|that) (attack|attacks|fighting|clash|clashes|encounter|assault|raid|ambush|"
            + "bombing|blast|explosion|battle|gun battle|shootout|violence|incident)\\b");

    private final FatalityFinder fatalities;

    LaterTolls(FatalityFinder fatalities) {
        this.fatalities = fatalities;
    }

    /** {@code candidates} of the report {@code at}, those without a toll given one from later sentences if told. */
    List<EventCandidate> apply(List<EventCandidate> candidates, AnnotatedText at) {
        List<EventCandidate> out = new ArrayList<>(candidates);
        Set<Integer> eventSentences = new HashSet<>();
        candidates.forEach(c -> eventSentences.add(c.sentence()));
        List<Sentence> sentences = at.sentences();
        for (int i = 0; i < out.size(); i++) {
            EventCandidate c = out.get(i);
            if (c.fatalities().isPresent() || !c.type().isViolent()) {
                continue;
            }
            for (int k = c.sentence() + 1; k < sentences.size(); k++) {
                String later = CodePoints.slice(at.document().text(), sentences.get(k).span());
                boolean ownEvent = eventSentences.contains(k);
                if (ownEvent && !BACK_REFERENCE.matcher(later.toLowerCase(Locale.ROOT)).find()) {
                    break;
                }
                List<FatalityMention> found = fatalities.find(later).stream().filter(f -> f.count() > 0).toList();
                Optional<FatalityMention> toll = found.stream().filter(f -> f.rule().equals(FatalityFinder.REVISED_RULE))
                        .findFirst().or(() -> found.stream().findFirst());
                if (toll.isPresent()) {
                    EventCandidate tolled = c.withToll(toll.get().count(), toll.get().text());
                    out.set(i, ownEvent ? tolled.withRule("fatalities:toll-pointing-back") : tolled);
                    break;
                }
                if (ownEvent) {
                    break;
                }
            }
        }
        return out;
    }
}
