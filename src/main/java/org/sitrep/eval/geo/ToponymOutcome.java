package org.sitrep.eval.geo;

import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.ResolvedPlace;

/**
 * How one gold toponym fared: the predicted place that overlaps it (the one with the largest overlap, the earliest
 * on ties), if any, and its great-circle error in km.
 */
public record ToponymOutcome(String documentId, GoldToponym gold, Optional<ResolvedPlace> predicted,
                             double errorKm) {
    /** Within this many km a prediction counts as right (100 miles, the field's convention). */
    public static final double ACCURATE_KM = 161;

    public ToponymOutcome {
        Objects.requireNonNull(documentId);
        Objects.requireNonNull(gold);
        Objects.requireNonNull(predicted);
    }

    public boolean found() {
        return predicted.isPresent();
    }

    public boolean accurate() {
        return found() && errorKm <= ACCURATE_KM;
    }
}
