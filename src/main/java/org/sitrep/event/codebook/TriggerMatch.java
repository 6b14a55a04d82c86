package org.sitrep.event.codebook;

import java.util.Objects;

/** A trigger phrase found in a sentence: token range [start, end), its family and the lexicon phrase. */
public record TriggerMatch(int start, int end, TriggerClass triggerClass, String phrase) {
    public TriggerMatch {
        Objects.requireNonNull(triggerClass);
        Objects.requireNonNull(phrase);
    }
}
