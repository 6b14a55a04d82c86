package org.sitrep.mention;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A date expression resolved against the publication date.
 *
 * @param date      the day the expression points at (the first day of a range)
 * @param last      the last day of the range (equal to {@code date} for a single day)
 * @param precision ACLED time_precision: 1 day, 2 week or a few days, 3 month or longer
 * @param rule      the pattern that matched
 */
public record DateMention(Span span, String text, LocalDate date, LocalDate last, int precision, String rule) {
    public DateMention {
        Objects.requireNonNull(span);
        Objects.requireNonNull(text);
        Objects.requireNonNull(date);
        Objects.requireNonNull(last);
        Objects.requireNonNull(rule);
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("time precision must be 1..3: " + precision);
        }
        if (last.isBefore(date)) {
            throw new IllegalArgumentException("range ends before it starts: " + date + ".." + last);
        }
    }
}
