package org.sitrep.store.ingest;

import org.sitrep.eval.events.CsvRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures the relevance prefilter on the shared evaluation data (not part of the build): the share of ACLED event
 * notes and CASE 2021 ACLED-class snippets it would drop (misses), and the share of CASE non-ACLED snippets it passes.
 * Arguments: the eval/events folder.
 */
public final class RelevanceFilterMisses {
    private static final Set<String> NOT_ACLED = Set.of("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO",
            "ATTRIB");

    private RelevanceFilterMisses() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        RelevanceFilter filter = RelevanceFilter.bundled();
        List<List<String>> acled = CsvRows.parse(Files.readString(dir.resolve("acled-africa-2016-07-sample.csv")));
        int notes = acled.get(0).indexOf("notes");
        int missed = 0;
        for (List<String> row : acled.subList(1, acled.size())) {
            if (filter.trigger(row.get(notes)).isEmpty()) {
                missed++;
            }
        }
        System.out.printf("ACLED notes: %d, dropped by the prefilter %d (%.1f%%)%n", acled.size() - 1, missed,
                100.0 * missed / (acled.size() - 1));
        int events = 0;
        int eventsMissed = 0;
        int others = 0;
        int othersPassed = 0;
        for (String line : Files.readAllLines(dir.resolve("case2021-task2-dev.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            boolean passed = filter.trigger(f[1]).isPresent();
            if (NOT_ACLED.contains(f[2].strip())) {
                others++;
                othersPassed += passed ? 1 : 0;
            } else {
                events++;
                eventsMissed += passed ? 0 : 1;
            }
        }
        System.out.printf("CASE 2021 ACLED-class snippets: %d, dropped %d (%.1f%%); non-ACLED snippets: %d, passed %d (%.1f%%)%n",
                events, eventsMissed, 100.0 * eventsMissed / events, others, othersPassed, 100.0 * othersPassed / others);
    }
}
