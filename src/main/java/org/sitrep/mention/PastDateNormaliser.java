package org.sitrep.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.CodePoints;

/**
 * Finds date expressions in news text and resolves them against the publication date, always into the past:
 * a bare weekday is the latest such day on or before publication, a month without a year the latest such month,
 * "in the last three weeks" a range ending at publication. Stateless and thread-safe.
 */
public final class PastDateNormaliser {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in\\s+)?" + MONTHS + "\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this|on|early|late)\\s+)?" + WEEKDAYS
            + "(?:\\s+(morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tonight|last night|this morning|"
            + "earlier today|the day before yesterday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("\\b(last week|this week|earlier this week|"
            + "last month|this month|earlier this month|last year|earlier this year|this year)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_N = Pattern.compile("\\b(?:in|over|during)\\s+the\\s+(?:last|past)\\s+"
            + "(two|three|four|five|six|seven|eight|nine|ten|\\d+|few)\\s+(days|weeks|months)\\b", Pattern.CASE_INSENSITIVE);

    /** All date expressions in {@code text}, in text order, non-overlapping; none when there is no anchor date. */
    public List<DateMention> find(String text, Optional<LocalDate> published) {
        List<DateMention> found = new ArrayList<>();
        absolute(text, found);
        published.ifPresent(anchor -> relative(text, anchor, found));
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(found);
    }

    private void absolute(String text, List<DateMention> out) {
        for (Matcher m = ISO.matcher(text); m.find(); ) {
            day(text, m, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                    "iso-date", out);
        }
        for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
            day(text, m, date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), "day-month-year", out);
        }
        for (Matcher m = MONTH_DAY_YEAR.matcher(text); m.find(); ) {
            day(text, m, date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), "month-day-year", out);
        }
        for (Matcher m = MONTH_YEAR.matcher(text); m.find(); ) {
            int month = month(m.group(1));
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
            add(text, m, ym.atDay(1), ym.atEndOfMonth(), 3, "month-year", out);
        }
    }

    private void relative(String text, LocalDate anchor, List<DateMention> out) {
        for (Matcher m = DAY_MONTH.matcher(text); m.find(); ) {
            day(text, m, pastDayOfMonth(anchor, month(m.group(2)), Integer.parseInt(m.group(1))), "day-month", out);
        }
        for (Matcher m = MONTH_DAY.matcher(text); m.find(); ) {
            day(text, m, pastDayOfMonth(anchor, month(m.group(1)), Integer.parseInt(m.group(2))), "month-day", out);
        }
        for (Matcher m = WEEKDAY.matcher(text); m.find(); ) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(dow));
            if ("last".equals(m.group(1)) && d.equals(anchor)) {
                d = d.minusWeeks(1);
            }
            day(text, m, Optional.of(d), "weekday-before-publication", out);
        }
        for (Matcher m = RELATIVE_DAY.matcher(text); m.find(); ) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            int back = w.startsWith("yesterday") || w.equals("last night") ? 1 : w.startsWith("the day before") ? 2 : 0;
            day(text, m, Optional.of(anchor.minusDays(back)), "relative-day", out);
        }
        for (Matcher m = RELATIVE_PERIOD.matcher(text); m.find(); ) {
            period(text, m, anchor, out);
        }
        for (Matcher m = LAST_N.matcher(text); m.find(); ) {
            int n = count(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            LocalDate start = unit.startsWith("day") ? anchor.minusDays(n) : unit.startsWith("week") ? anchor.minusWeeks(n)
                    : anchor.minusMonths(n);
            add(text, m, start, anchor, unit.startsWith("day") && n <= 7 ? 2 : 3, "last-n-" + unit, out);
        }
    }

    private void period(String text, Matcher m, LocalDate anchor, List<DateMention> out) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.endsWith("week")) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate start = w.startsWith("last") ? monday.minusWeeks(1) : monday;
            LocalDate end = w.startsWith("last") ? monday.minusDays(1) : anchor;
            add(text, m, start, end, 2, "relative-week", out);
        } else if (w.endsWith("month")) {
            YearMonth ym = YearMonth.from(anchor).minusMonths(w.startsWith("last") ? 1 : 0);
            add(text, m, ym.atDay(1), w.startsWith("last") ? ym.atEndOfMonth() : anchor, 3, "relative-month", out);
        } else {
            int year = anchor.getYear() - (w.startsWith("last") ? 1 : 0);
            LocalDate end = w.startsWith("last") ? LocalDate.of(year, 12, 31) : anchor;
            add(text, m, LocalDate.of(year, 1, 1), end, 3, "relative-year", out);
        }
    }

    private static Optional<LocalDate> pastDayOfMonth(LocalDate anchor, int month, int day) {
        for (int year = anchor.getYear(); year >= anchor.getYear() - 1; year--) {
            Optional<LocalDate> d = date(year, month, day);
            if (d.isPresent() && !d.get().isAfter(anchor)) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static int month(String name) {
        String key = name.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(key)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "few" -> 3;
            default -> NumberWords.parse(word).orElse(1L).intValue();
        };
    }

    private static void day(String text, Matcher m, Optional<LocalDate> d, String rule, List<DateMention> out) {
        d.ifPresent(date -> add(text, m, date, date, 1, rule, out));
    }

    private static void add(String text, Matcher m, LocalDate start, LocalDate end, int precision, String rule,
                            List<DateMention> out) {
        var span = CodePoints.span(text, m.start(), m.end());
        if (out.stream().anyMatch(x -> x.span().overlaps(span))) {
            return;
        }
        out.add(new DateMention(span, m.group(), start, end, precision, rule));
    }
}
