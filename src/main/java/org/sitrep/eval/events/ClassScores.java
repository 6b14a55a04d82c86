package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-label classification scores: per-class precision, recall and F1, accuracy, and F1 averaged over the gold
 * classes weighted by their support (scikit-learn's "weighted" average). Not thread-safe: fill, then read.
 */
public final class ClassScores {
    private final Map<String, Integer> gold = new TreeMap<>();
    private final Map<String, Integer> predicted = new TreeMap<>();
    private final Map<String, Integer> correct = new TreeMap<>();
    private int total;
    private int right;

    /** Counts one item with its gold and predicted labels. */
    public void add(String goldLabel, String predictedLabel) {
        total++;
        gold.merge(goldLabel, 1, Integer::sum);
        predicted.merge(predictedLabel, 1, Integer::sum);
        if (goldLabel.equals(predictedLabel)) {
            right++;
            correct.merge(goldLabel, 1, Integer::sum);
        }
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) right / total;
    }

    public int support(String label) {
        return gold.getOrDefault(label, 0);
    }

    public double precision(String label) {
        int p = predicted.getOrDefault(label, 0);
        return p == 0 ? 0 : (double) correct.getOrDefault(label, 0) / p;
    }

    public double recall(String label) {
        int g = gold.getOrDefault(label, 0);
        return g == 0 ? 0 : (double) correct.getOrDefault(label, 0) / g;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F1 averaged over the gold classes, each weighted by its support. */
    public double weightedF1() {
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<String, Integer> e : gold.entrySet()) {
            sum += f1(e.getKey()) * e.getValue();
        }
        return sum / total;
    }

    /** F1 averaged over the gold classes without weights. */
    public double macroF1() {
        return gold.isEmpty() ? 0 : gold.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** A table: one line per gold or predicted class with support, P, R, F1. */
    public List<String> table() {
        Set<String> labels = new TreeSet<>(gold.keySet());
        labels.addAll(predicted.keySet());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  %-44s %7s %6s %6s %6s %6s", "class", "support", "pred", "P", "R", "F1"));
        for (String l : labels) {
            lines.add(String.format(Locale.ROOT, "  %-44s %7d %6d %6.3f %6.3f %6.3f", l, support(l),
                    predicted.getOrDefault(l, 0), precision(l), recall(l), f1(l)));
        }
        return lines;
    }
}
