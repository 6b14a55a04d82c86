package org.sitrep.eval.geo;

import org.sitrep.model.GreatCircle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ResolvedPlace;
import org.sitrep.model.Span;

/**
 * The comparison of one document's predicted places with its gold toponyms.
 *
 * @param outcomes       one per gold toponym with coordinates, in gold order
 * @param spurious       predicted places that overlap no gold toponym (with or without coordinates)
 * @param predictedCount predicted places in all
 * @param failed         the reason when the document could not be processed (all its toponyms count as missed)
 */
public record DocumentScore(String documentId, List<ToponymOutcome> outcomes, List<ResolvedPlace> spurious,
                            int predictedCount, Optional<String> failed) {
    public DocumentScore {
        outcomes = List.copyOf(outcomes);
        spurious = List.copyOf(spurious);
    }

    /** Scores {@code predicted} (code-point spans into the same text) against {@code gold}. */
    public static DocumentScore of(GoldDocument gold, List<ResolvedPlace> predicted) {
        List<ToponymOutcome> outcomes = new ArrayList<>();
        for (GoldToponym g : gold.toponyms()) {
            ResolvedPlace best = null;
            int bestOverlap = 0;
            for (ResolvedPlace p : predicted) {
                int overlap = overlap(p.span(), g.span());
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            double error = best == null ? Double.NaN : GreatCircle.km(g.latitude(), g.longitude(),
                    best.place().latitude(), best.place().longitude());
            outcomes.add(new ToponymOutcome(gold.id(), g, Optional.ofNullable(best), error));
        }
        List<ResolvedPlace> spurious = predicted.stream()
                .filter(p -> gold.toponyms().stream().noneMatch(g -> g.span().overlaps(p.span()))
                        && gold.unscored().stream().noneMatch(s -> s.overlaps(p.span())))
                .toList();
        return new DocumentScore(gold.id(), outcomes, spurious, predicted.size(), Optional.empty());
    }

    /** A document that failed: every gold toponym is a miss, nothing was predicted. */
    public static DocumentScore failure(GoldDocument gold, String reason) {
        List<ToponymOutcome> outcomes = gold.toponyms().stream()
                .map(g -> new ToponymOutcome(gold.id(), g, Optional.empty(), Double.NaN)).toList();
        return new DocumentScore(gold.id(), outcomes, List.of(), 0, Optional.of(reason));
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
}
