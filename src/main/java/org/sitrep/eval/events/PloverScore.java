package org.sitrep.eval.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.eval.events.GoldFiles.PloverRecord;
import org.sitrep.model.Event;

/**
 * PLOVER figures. Material-conflict records (PLOVER's material-conflict quad class: ASSAULT, the older FIGHT
 * counted as ASSAULT, COERCE, PROTEST, MOBILIZE, SANCTION): agreement of the PLOVER code of Sitrep's first event.
 * All other records (verbal cooperation and conflict, material cooperation): the share given no event.
 * Not thread-safe.
 */
public final class PloverScore {
    static final Set<String> MATERIAL_CONFLICT = Set.of("ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION");
    private final ClassScores material = new ClassScores();
    private final Map<String, int[]> verbal = new TreeMap<>();
    private int verbalNone;
    private int verbalTotal;

    /** Scores one record; a disagreement comes back as a line for analysis. */
    public Optional<String> add(PloverRecord r, Optional<Event> first) {
        String predicted = first.flatMap(Event::plover).orElse(first.isPresent() ? "OTHER" : CaseCodes.NONE);
        boolean right;
        if (MATERIAL_CONFLICT.contains(r.event())) {
            String gold = r.event().equals("FIGHT") ? "ASSAULT" : r.event();
            material.add(gold, predicted);
            right = gold.equals(predicted);
        } else {
            right = first.isEmpty();
            verbalTotal++;
            verbalNone += right ? 1 : 0;
            int[] c = verbal.computeIfAbsent(r.event(), k -> new int[2]);
            c[0]++;
            c[1] += right ? 1 : 0;
        }
        return right ? Optional.empty() : Optional.of(String.join("\t", "plover", r.id(), r.event(), predicted,
                first.map(e -> e.subEventType() + " " + String.join(" ", e.rules())).orElse("-"), r.text()));
    }

    public ClassScores material() {
        return material;
    }

    public double verbalNoEventShare() {
        return verbalTotal == 0 ? 0 : (double) verbalNone / verbalTotal;
    }

    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "PLOVER material-conflict records: %d; PLOVER code agreement %.3f, "
                + "weighted F1 %.3f", material.total(), material.accuracy(), material.weightedF1()));
        lines.addAll(material.table());
        lines.add(String.format(Locale.ROOT, "PLOVER other records: %d; given no event %.3f", verbalTotal,
                verbalNoEventShare()));
        verbal.forEach((code, c) -> lines.add(String.format(Locale.ROOT, "  %-12s %4d  no event %.3f", code, c[0],
                (double) c[1] / c[0])));
        return lines;
    }
}
