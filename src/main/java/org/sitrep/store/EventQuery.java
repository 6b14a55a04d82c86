package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for reading fused events; an empty list or empty optional means no filter, several values in a list mean
 * any of them. Dates are inclusive event dates (events without a date match only when no date bound is given).
 *
 * @param countries      ACLED country names, ignoring case
 * @param eventTypes     ACLED event types, exactly
 * @param subEventTypes  ACLED sub-event types, exactly
 * @param actor1Contains parts of the actor1 name, ignoring case (any of them)
 * @param fatalities     a range of fatalities; an unknown toll counts as 0 (ACLED's convention)
 * @param bbox           a rectangle the event's coordinates lie in (events without a place never match)
 * @param factualities   factuality values (asserted, reported, possible, denied), exactly
 */
public record EventQuery(List<String> countries, Optional<LocalDate> from, Optional<LocalDate> to,
                         List<String> eventTypes, List<String> subEventTypes, List<String> actor1Contains,
                         Optional<FatalityRange> fatalities, Optional<BoundingBox> bbox, List<String> factualities) {
    /** Most values a list filter takes (each is one bound SQL parameter). */
    public static final int MAX_VALUES = 100;

    public EventQuery {
        countries = checked(countries, "countries");
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        eventTypes = checked(eventTypes, "eventTypes");
        subEventTypes = checked(subEventTypes, "subEventTypes");
        actor1Contains = checked(actor1Contains, "actor1Contains");
        Objects.requireNonNull(fatalities);
        Objects.requireNonNull(bbox);
        factualities = checked(factualities, "factualities");
    }

    /** A query with no factuality filter. */
    public EventQuery(List<String> countries, Optional<LocalDate> from, Optional<LocalDate> to,
                      List<String> eventTypes, List<String> subEventTypes, List<String> actor1Contains,
                      Optional<FatalityRange> fatalities, Optional<BoundingBox> bbox) {
        this(countries, from, to, eventTypes, subEventTypes, actor1Contains, fatalities, bbox, List.of());
    }

    /** This query, keeping only events of the given factualities (none: any). */
    public EventQuery withFactualities(List<String> values) {
        return new EventQuery(countries, from, to, eventTypes, subEventTypes, actor1Contains, fatalities, bbox, values);
    }

    /** The export filters: at most one country (ignoring case) and one event type. */
    public EventQuery(Optional<String> country, Optional<LocalDate> from, Optional<LocalDate> to,
                      Optional<String> eventType, Optional<BoundingBox> bbox) {
        this(country.stream().toList(), from, to, eventType.stream().toList(), List.of(), List.of(), Optional.empty(),
                bbox);
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static List<String> checked(List<String> values, String name) {
        if (values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(name + ": at most " + MAX_VALUES + " values");
        }
        return List.copyOf(values);
    }

    /** The countries in lower case (as compared). */
    public List<String> countriesLowerCase() {
        return countries.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Inclusive bounds on the number of fatalities; {@code min > max} matches nothing (as "fewer than 0" does).
     */
    public record FatalityRange(long min, long max) {
        public FatalityRange {
            if (min < 0) {
                throw new IllegalArgumentException("fatalities cannot be negative: " + min);
            }
        }

        public boolean isEmpty() {
            return min > max;
        }
    }
}
