package org.sitrep.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: ISO forms ("2018-11-15", "2018-11-15T08:00:00+03:00", taken as the calendar date written)
 * and English written dates ("Nov 15, 2018", "15 November 2018"); finds a dateline near the start of a text.
 * Stateless and thread-safe.
 */
public final class DateFinder {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)[-/.](\\d\\d?)[-/.](\\d\\d?)(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final int DATELINE_LINES = 6;
    private static final int DATELINE_CHARS = 600;

    /** The first date written in {@code value} in any supported form, if it is a real calendar date. */
    public Optional<LocalDate> parse(String value) {
        String v = value.strip();
        List<Optional<LocalDate>> found = List.of(iso(v), monthDayYear(v), dayMonthYear(v));
        return found.stream().flatMap(Optional::stream).findFirst();
    }

    /** A date in the first few lines of a clean text (a dateline), if any. */
    public Optional<LocalDate> dateline(String text) {
        String head = text.length() > DATELINE_CHARS ? text.substring(0, DATELINE_CHARS) : text;
        return head.lines().filter(line -> !line.isBlank()).limit(DATELINE_LINES)
                .map(this::parse).flatMap(Optional::stream).findFirst();
    }

    private static Optional<LocalDate> iso(String v) {
        Matcher m = ISO.matcher(v);
        return m.find() ? date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> monthDayYear(String v) {
        Matcher m = MONTH_DAY_YEAR.matcher(v);
        return m.find() ? date(m.group(3), month(m.group(1)), m.group(2)) : Optional.empty();
    }

    private static Optional<LocalDate> dayMonthYear(String v) {
        Matcher m = DAY_MONTH_YEAR.matcher(v);
        return m.find() ? date(m.group(3), month(m.group(2)), m.group(1)) : Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
