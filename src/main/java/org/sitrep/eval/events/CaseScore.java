package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.eval.events.GoldFiles.CaseSnippet;
import org.sitrep.model.Event;

/**
 * CASE 2021 task 2 figures: the prediction for a snippet is the sub-event type of Sitrep's first event, or no event;
 * weighted F1 and accuracy over all snippets (the five non-ACLED classes scored as "no event"), and over the
 * snippets of the 25 ACLED classes alone. Not thread-safe.
 */
public final class CaseScore {
    private final ClassScores all = new ClassScores();
    private final ClassScores acledOnly = new ClassScores();

    /** Scores one snippet; a misclassification comes back as a tab-separated line for error analysis. */
    public Optional<String> add(CaseSnippet snippet, Optional<Event> first) {
        String gold = CaseCodes.goldLabel(snippet.code());
        String predicted = CaseCodes.predictedLabel(first.map(Event::subEventType));
        all.add(gold, predicted);
        if (CaseCodes.isAcled(gold)) {
            acledOnly.add(gold, predicted);
        }
        if (gold.equals(predicted)) {
            return Optional.empty();
        }
        return Optional.of(String.join("\t", "case", snippet.id(), snippet.code(), predicted,
                first.map(e -> String.join(" ", e.rules())).orElse("-"), snippet.text()));
    }

    public ClassScores all() {
        return all;
    }

    public ClassScores acledOnly() {
        return acledOnly;
    }

    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "CASE 2021 snippets: %d; weighted F1 %.3f, accuracy %.3f, macro F1 %.3f",
                all.total(), all.weightedF1(), all.accuracy(), all.macroF1()));
        lines.add(String.format(Locale.ROOT, "  25 ACLED classes only (%d snippets): weighted F1 %.3f, accuracy %.3f",
                acledOnly.total(), acledOnly.weightedF1(), acledOnly.accuracy()));
        lines.addAll(all.table());
        return lines;
    }
}
