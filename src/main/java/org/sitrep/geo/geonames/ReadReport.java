package org.sitrep.geo.geonames;

import java.util.List;

/**
 * What a pass over a GeoNames dump read: rows accepted, lines skipped, and the first few skipped lines with reasons.
 */
public record ReadReport(long rows, long skipped, List<String> problems) {
    public ReadReport {
        problems = List.copyOf(problems);
    }

    /** One line for a progress log. */
    public String summary() {
        return rows + " rows read, " + skipped + " malformed lines skipped"
                + (problems.isEmpty() ? "" : " (first: " + problems.get(0) + ")");
    }
}
