package org.sitrep.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.BoundingBox;

/** Parsing and validation of query parameters; every failure is a 400 problem naming the parameter. Stateless. */
final class Params {
    private Params() {
    }

    /** Rejects parameters the endpoint does not know (OGC API – Features asks for a 400 there). */
    static void onlyKnown(Map<String, List<String>> given, Set<String> known) {
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("unknown parameter(s) " + unknown + "; this endpoint takes " + new TreeSet<>(known));
        }
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            if (e.getValue().size() > 1) {
                throw ApiProblem.badRequest("parameter '" + e.getKey() + "' given more than once (use | for several values)");
            }
        }
    }

    static int integer(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("'" + name + "' must be a whole number: '" + text + "'");
        }
        if (v < min || v > max) {
            throw ApiProblem.badRequest("'" + name + "' must be between " + min + " and " + max + ": " + v);
        }
        return v;
    }

    static long wholeNumber(String name, String text) {
        try {
            long v = Long.parseLong(text.strip());
            if (v < 0) {
                throw ApiProblem.badRequest("'" + name + "' must not be negative: " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("'" + name + "' must be a whole number: '" + text + "'");
        }
    }

    static Optional<BoundingBox> bbox(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BoundingBox.parse(text));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("'bbox' " + e.getMessage().replaceFirst("^bounding box ", "")
                    + " (minLon,minLat,maxLon,maxLat in WGS 84 degrees)");
        }
    }

    static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("'" + name + "' must be a date YYYY-MM-DD: '" + text + "'");
        }
    }

    /** One end of an RFC 3339 datetime or interval: a date or a date-time (its date counts: events have dates only). */
    private static Optional<LocalDate> dateOrDateTime(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("..")) {
            return Optional.empty();
        }
        try {
            return Optional.of(t.length() == 10 ? LocalDate.parse(t) : OffsetDateTime.parse(t).toLocalDate());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("'datetime' must be an RFC 3339 date or date-time, or an interval A/B with .."
                    + " for an open end: '" + text + "'");
        }
    }

    /** OGC {@code datetime}: an instant or an interval "A/B" (".." or empty for an open end); from and to, inclusive. */
    static DateRange datetime(String text) {
        if (text == null || text.isEmpty()) {
            return DateRange.ANY;
        }
        String[] parts = text.split("/", -1);
        if (parts.length == 1) {
            Optional<LocalDate> d = dateOrDateTime(parts[0]);
            if (d.isEmpty()) {
                throw ApiProblem.badRequest("'datetime' '..' alone is not an instant; use an interval such as 2024-01-01/..");
            }
            return new DateRange(d, d);
        }
        if (parts.length != 2) {
            throw ApiProblem.badRequest("'datetime' interval must be A/B: '" + text + "'");
        }
        DateRange r = new DateRange(dateOrDateTime(parts[0]), dateOrDateTime(parts[1]));
        r.check("datetime");
        return r;
    }

    /** Values separated by | (ACLED's convention), blank ones dropped. */
    static List<String> values(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Inclusive event-date bounds, either open. */
    record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        static final DateRange ANY = new DateRange(Optional.empty(), Optional.empty());

        void check(String name) {
            if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
                throw ApiProblem.badRequest("'" + name + "' starts after it ends: " + from.get() + " > " + to.get());
            }
        }
    }
}
