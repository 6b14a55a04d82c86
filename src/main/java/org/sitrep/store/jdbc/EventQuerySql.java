package org.sitrep.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sitrep.store.EventQuery;

/**
 * The WHERE clause of an {@link EventQuery} over {@code fused_events}, portable between SQLite and PostgreSQL, with
 * every value a bound parameter (named {@code q_...}). The same text for the same shape of query, so that prepared
 * statements and plans are reused. Immutable.
 */
final class EventQuerySql {
    /** Unknown dates last, then by date, then by id: the order of every event listing. */
    static final String ORDER = " ORDER BY event_date NULLS LAST, id";
    private static final char LIKE_ESCAPE = '!';

    private final EventQuery q;
    private final String where;

    EventQuerySql(EventQuery q) {
        this.q = q;
        List<String> terms = new ArrayList<>();
        if (!q.countries().isEmpty()) {
            // matches the expression index fused_country_type_date
            terms.add("LOWER(country) IN (" + names("q_country", q.countries().size()) + ")");
        }
        q.from().ifPresent(d -> terms.add("event_date >= :q_from"));
        q.to().ifPresent(d -> terms.add("event_date <= :q_to"));
        if (!q.eventTypes().isEmpty()) {
            terms.add("event_type IN (" + names("q_type", q.eventTypes().size()) + ")");
        }
        if (!q.subEventTypes().isEmpty()) {
            terms.add("sub_event_type IN (" + names("q_sub", q.subEventTypes().size()) + ")");
        }
        if (!q.actor1Contains().isEmpty()) {
            List<String> likes = new ArrayList<>();
            for (int i = 0; i < q.actor1Contains().size(); i++) {
                likes.add("LOWER(actor1) LIKE :q_actor" + i + " ESCAPE '" + LIKE_ESCAPE + "'");
            }
            terms.add("(" + String.join(" OR ", likes) + ")");
        }
        // an unknown toll counts as 0; written without COALESCE so that the column itself can be an index condition
        q.fatalities().ifPresent(f -> {
            if (f.isEmpty()) {
                terms.add("1 = 0");
            } else if (f.min() > 0) {
                terms.add("fatalities BETWEEN :q_fmin AND :q_fmax");
            } else if (f.max() < Long.MAX_VALUE) {
                terms.add("(fatalities IS NULL OR fatalities <= :q_fmax)");
            } // 0 to the largest number: every event matches
        });
        if (!q.factualities().isEmpty()) {
            terms.add("factuality IN (" + names("q_fact", q.factualities().size()) + ")");
        }
        q.bbox().ifPresent(b -> terms.add("latitude BETWEEN :q_south AND :q_north AND longitude BETWEEN :q_west AND :q_east"));
        this.where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    /** " WHERE ..." or "" for no filter. */
    String where() {
        return where;
    }

    /** Binds the query's values to the parameters of {@link #where()}. */
    <S extends SqlStatement<S>> S bind(S s) {
        List<String> countries = q.countriesLowerCase();
        for (int i = 0; i < countries.size(); i++) {
            s.bind("q_country" + i, countries.get(i));
        }
        q.from().ifPresent(d -> s.bind("q_from", d.toString()));
        q.to().ifPresent(d -> s.bind("q_to", d.toString()));
        for (int i = 0; i < q.eventTypes().size(); i++) {
            s.bind("q_type" + i, q.eventTypes().get(i));
        }
        for (int i = 0; i < q.subEventTypes().size(); i++) {
            s.bind("q_sub" + i, q.subEventTypes().get(i));
        }
        for (int i = 0; i < q.factualities().size(); i++) {
            s.bind("q_fact" + i, q.factualities().get(i));
        }
        for (int i = 0; i < q.actor1Contains().size(); i++) {
            s.bind("q_actor" + i, "%" + likeEscaped(q.actor1Contains().get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        q.fatalities().filter(f -> !f.isEmpty()).ifPresent(f -> {
            if (f.min() > 0) {
                s.bind("q_fmin", f.min()).bind("q_fmax", f.max());
            } else if (f.max() < Long.MAX_VALUE) {
                s.bind("q_fmax", f.max());
            }
        });
        q.bbox().ifPresent(b -> s.bind("q_south", b.south()).bind("q_north", b.north())
                .bind("q_west", b.west()).bind("q_east", b.east()));
        return s;
    }

    private static String names(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(":" + prefix + i);
        }
        return String.join(", ", names);
    }

    /** The text with LIKE's wildcards and the escape character itself escaped. */
    static String likeEscaped(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                b.append(LIKE_ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
