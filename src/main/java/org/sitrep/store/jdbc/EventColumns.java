package org.sitrep.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.sitrep.fuse.GridCells;
import org.sitrep.model.Evidence;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/**
 * The ACLED coding columns shared by the {@code events} and {@code fused_events} tables: binds an {@link Event} to
 * named parameters of the same names and reads one back. Stateless and thread-safe.
 */
final class EventColumns {
    static final List<String> NAMES = List.of("disorder_type", "event_type", "sub_event_type", "actor1",
            "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "geonameid",
            "place_rule", "cell", "event_date", "event_day", "time_precision", "fatalities", "fatalities_text",
            "factuality", "source", "notes", "cameo", "plover", "confidence", "evidence", "rules");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventColumns() {
    }

    /** "a, b, c" for a column list. */
    static String list() {
        return String.join(", ", NAMES);
    }

    /** ":a, :b, :c" for a values list. */
    static String parameters() {
        return String.join(", ", NAMES.stream().map(n -> ":" + n).toList());
    }

    /** Binds every coding column of {@code e}; absent values become NULL. */
    static <S extends SqlStatement<S>> S bind(S s, Event e) {
        Optional<Event.EventPlace> p = e.place();
        s.bind("disorder_type", e.disorderType()).bind("event_type", e.eventType())
                .bind("sub_event_type", e.subEventType()).bind("actor1", e.actor1())
                .bind("assoc_actor_1", e.assocActor1().orElse(null)).bind("inter1", e.inter1())
                .bind("actor2", e.actor2().orElse(null)).bind("assoc_actor_2", e.assocActor2().orElse(null))
                .bind("inter2", e.inter2().orElse(null)).bind("interaction", e.interaction())
                .bind("civilian_targeting", e.civilianTargeting() ? 1 : 0)
                .bind("country", p.map(Event.EventPlace::country).orElse(null))
                .bind("iso", p.map(Event.EventPlace::iso).orElse(null))
                .bind("admin1", p.flatMap(Event.EventPlace::admin1).orElse(null))
                .bind("admin2", p.flatMap(Event.EventPlace::admin2).orElse(null))
                .bind("location", p.map(Event.EventPlace::location).orElse(null))
                .bind("latitude", p.map(Event.EventPlace::latitude).orElse(null))
                .bind("longitude", p.map(Event.EventPlace::longitude).orElse(null))
                .bind("geo_precision", p.map(Event.EventPlace::geoPrecision).orElse(null))
                .bind("geonameid", p.map(Event.EventPlace::geonameid).orElse(null))
                .bind("place_rule", p.map(Event.EventPlace::rule).orElse(null))
                .bind("cell", p.map(x -> GridCells.cell(x.latitude(), x.longitude())).orElse(null))
                .bind("event_date", e.eventDate().map(LocalDate::toString).orElse(null))
                .bind("event_day", e.eventDate().map(LocalDate::toEpochDay).orElse(null))
                .bind("time_precision", e.timePrecision().orElse(null))
                .bind("fatalities", e.fatalities().orElse(null))
                .bind("fatalities_text", e.fatalitiesText().orElse(null))
                .bind("factuality", e.factuality()).bind("source", e.source()).bind("notes", e.notes())
                .bind("cameo", e.cameo().orElse(null)).bind("plover", e.plover().orElse(null))
                .bind("confidence", e.confidence())
                .bind("evidence", json(e.evidence().stream().map(v -> Map.of("start", (Object) v.span().start(),
                        "end", v.span().end(), "text", v.text())).toList()))
                .bind("rules", json(e.rules()));
        return s;
    }

    /** The event in the current row, with id taken from column {@code id}. */
    static Event read(ResultSet rs) throws SQLException {
        Optional<Event.EventPlace> place = Optional.empty();
        double lat = rs.getDouble("latitude");
        if (!rs.wasNull()) {
            place = Optional.of(new Event.EventPlace(rs.getString("country"), rs.getInt("iso"),
                    Optional.ofNullable(rs.getString("admin1")), Optional.ofNullable(rs.getString("admin2")),
                    rs.getString("location"), lat, rs.getDouble("longitude"), rs.getInt("geo_precision"),
                    rs.getLong("geonameid"), Optional.ofNullable(rs.getString("place_rule")).orElse("")));
        }
        return new Event(rs.getString("id"), rs.getString("disorder_type"), rs.getString("event_type"),
                rs.getString("sub_event_type"), rs.getString("actor1"), Optional.ofNullable(rs.getString("assoc_actor_1")),
                rs.getInt("inter1"), Optional.ofNullable(rs.getString("actor2")),
                Optional.ofNullable(rs.getString("assoc_actor_2")), integer(rs, "inter2"), rs.getInt("interaction"),
                rs.getInt("civilian_targeting") != 0, place,
                Optional.ofNullable(rs.getString("event_date")).map(LocalDate::parse), integer(rs, "time_precision"),
                longValue(rs, "fatalities"), Optional.ofNullable(rs.getString("fatalities_text")),
                rs.getString("factuality"), rs.getString("source"), rs.getString("notes"),
                Optional.ofNullable(rs.getString("cameo")), Optional.ofNullable(rs.getString("plover")),
                rs.getDouble("confidence"), evidence(rs.getString("evidence")), rules(rs.getString("rules")));
    }

    private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Long> longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static List<Evidence> evidence(String json) {
        try {
            List<Evidence> out = new ArrayList<>();
            for (Map<String, Object> m : JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { })) {
                out.add(new Evidence(new Span(((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue()),
                        String.valueOf(m.get("text"))));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> rules(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
