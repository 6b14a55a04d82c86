package org.sitrep.api;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.codebook.Countries;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Event;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.PlaceControl;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TerritorialControl;
import org.sitrep.store.export.AcledCsvWriter;
import org.sitrep.store.export.JsonEventFields;
import static org.sitrep.api.ApiResponses.GEOJSON;
import static org.sitrep.api.ApiResponses.JSON;
import static org.sitrep.api.ApiResponses.coordinates;
import static org.sitrep.api.ApiResponses.fused;
import static org.sitrep.api.ApiResponses.json;
import static org.sitrep.api.ApiResponses.query;
import static org.sitrep.api.ApiResponses.stored;
import static org.sitrep.api.ApiResponses.stringArray;

/** The ACLED-style query, one event with its sources, and territorial control. Stateless apart from the store. */
final class AcledRoutes {
    static final int ACLED_DEFAULT_LIMIT = 500;
    static final int ACLED_MAX_LIMIT = 5_000;
    private static final Set<String> ACLED_PARAMS = Set.of("country", "event_type", "sub_event_type", "actor1",
            "event_date", "event_date_where", "fatalities", "fatalities_where", "factuality", "limit", "page", "_format");
    /** Sitrep's own filter beside ACLED's parameters: how a report states the event. */
    private static final Set<String> FACTUALITIES = Set.of("asserted", "reported", "possible", "denied");
    private static final Set<String> WHERE = Set.of("=", ">", "<", ">=", "<=", "BETWEEN");

    private final EventStore store;
    private final Countries countries;
    private final boolean fullText;

    /** @param fullText whether a source's full report text (where kept) goes with its evidence */
    AcledRoutes(EventStore store, Countries countries, boolean fullText) {
        this.store = store;
        this.countries = countries;
        this.fullText = fullText;
    }

    void acledEvents(Context ctx) {
        Params.onlyKnown(ctx.queryParamMap(), ACLED_PARAMS);
        String format = Optional.ofNullable(ctx.queryParam("_format")).orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw ApiProblem.badRequest("'_format' must be json or csv: '" + format + "'");
        }
        int limit = Params.integer("limit", ctx.queryParam("limit"), ACLED_DEFAULT_LIMIT, 1, ACLED_MAX_LIMIT);
        int pageNo = Params.integer("page", ctx.queryParam("page"), 1, 1, Integer.MAX_VALUE / ACLED_MAX_LIMIT);
        List<String> countriesWanted = Params.values(ctx.queryParam("country"));
        List<String> types = Params.values(ctx.queryParam("event_type"));
        List<String> subTypes = Params.values(ctx.queryParam("sub_event_type"));
        List<String> actors = Params.values(ctx.queryParam("actor1"));
        Params.DateRange dates = dateFilter(ctx.queryParam("event_date"), ctx.queryParam("event_date_where"));
        Optional<EventQuery.FatalityRange> fatalities = fatalitiesFilter(ctx.queryParam("fatalities"),
                ctx.queryParam("fatalities_where"));
        List<String> factualities = Params.values(ctx.queryParam("factuality"));
        for (String f : factualities) {
            if (!FACTUALITIES.contains(f)) {
                throw ApiProblem.badRequest("'factuality' must be asserted, reported, possible or denied"
                        + " (several separated by |): '" + f + "'");
            }
        }
        for (List<String> values : List.of(countriesWanted, types, subTypes, actors, factualities)) {
            if (values.size() > EventQuery.MAX_VALUES) {
                throw ApiProblem.badRequest("at most " + EventQuery.MAX_VALUES + " values separated by | per parameter");
            }
        }
        EventQuery q = new EventQuery(countriesWanted, dates.from(), dates.to(), types, subTypes, actors, fatalities,
                Optional.empty(), factualities);
        EventPage page = store.fusedEventPage(q, (long) (pageNo - 1) * limit, limit);
        if (format.equals("csv")) {
            StringWriter out = new StringWriter();
            AcledCsvWriter w = new AcledCsvWriter(out, countries);
            w.begin();
            page.events().forEach(w::write);
            w.end();
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"sitrep-events.csv\"");
            ctx.result(out.toString());
            return;
        }
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeNumberField("status", 200);
            g.writeBooleanField("success", true);
            g.writeNumberField("count", page.events().size());
            g.writeNumberField("total_count", page.matched());
            g.writeNumberField("page", pageNo);
            g.writeNumberField("limit", limit);
            g.writeArrayFieldStart("data");
            for (StoredEvent e : page.events()) {
                g.writeStartObject();
                JsonEventFields.write(g, e);
                coordinates(g, e.event());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static Params.DateRange dateFilter(String value, String where) {
        String op = where == null || where.isEmpty() ? "=" : where.strip().toUpperCase(Locale.ROOT);
        if (!WHERE.contains(op)) {
            throw ApiProblem.badRequest("'event_date_where' must be one of =, >, <, >=, <=, BETWEEN: '" + where + "'");
        }
        List<String> v = Params.values(value);
        if (v.isEmpty()) {
            if (where != null) {
                throw ApiProblem.badRequest("'event_date_where' needs 'event_date'");
            }
            return Params.DateRange.ANY;
        }
        if (op.equals("BETWEEN") != (v.size() == 2) || v.size() > 2) {
            throw ApiProblem.badRequest("'event_date' takes two dates A|B with event_date_where=BETWEEN and one date"
                    + " otherwise: '" + value + "'");
        }
        LocalDate a = Params.date("event_date", v.get(0));
        Params.DateRange r = switch (op) {
            case "=" -> new Params.DateRange(Optional.of(a), Optional.of(a));
            case ">" -> new Params.DateRange(Optional.of(a.plusDays(1)), Optional.empty());
            case ">=" -> new Params.DateRange(Optional.of(a), Optional.empty());
            case "<" -> new Params.DateRange(Optional.empty(), Optional.of(a.minusDays(1)));
            case "<=" -> new Params.DateRange(Optional.empty(), Optional.of(a));
            default -> new Params.DateRange(Optional.of(a), Optional.of(Params.date("event_date", v.get(1))));
        };
        r.check("event_date");
        return r;
    }

    /** ACLED's fatalities filter as an inclusive range (an unknown toll counts as 0), or empty for none. */
    private static Optional<EventQuery.FatalityRange> fatalitiesFilter(String value, String where) {
        String op = where == null || where.isEmpty() ? "=" : where.strip().toUpperCase(Locale.ROOT);
        if (!WHERE.contains(op)) {
            throw ApiProblem.badRequest("'fatalities_where' must be one of =, >, <, >=, <=, BETWEEN: '" + where + "'");
        }
        List<String> v = Params.values(value);
        if (v.isEmpty()) {
            if (where != null) {
                throw ApiProblem.badRequest("'fatalities_where' needs 'fatalities'");
            }
            return Optional.empty();
        }
        if (op.equals("BETWEEN") != (v.size() == 2) || v.size() > 2) {
            throw ApiProblem.badRequest("'fatalities' takes two numbers A|B with fatalities_where=BETWEEN and one"
                    + " number otherwise: '" + value + "'");
        }
        long a = Params.wholeNumber("fatalities", v.get(0));
        long b = v.size() == 2 ? Params.wholeNumber("fatalities", v.get(1)) : a;
        if (b < a) {
            throw ApiProblem.badRequest("'fatalities' range starts above its end: " + a + " > " + b);
        }
        return Optional.of(switch (op) {
            case "=" -> new EventQuery.FatalityRange(a, a);
            case ">" -> new EventQuery.FatalityRange(a == Long.MAX_VALUE ? a : a + 1, a == Long.MAX_VALUE ? 0 : Long.MAX_VALUE);
            case ">=" -> new EventQuery.FatalityRange(a, Long.MAX_VALUE);
            case "<" -> new EventQuery.FatalityRange(0, a - 1);
            case "<=" -> new EventQuery.FatalityRange(0, a);
            default -> new EventQuery.FatalityRange(a, b);
        });
    }

    // ---- one event with its sources ----

    void eventWithSources(Context ctx) {
        FusedEvent fe = fused(store, ctx.pathParam("id"));
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("event");
            JsonEventFields.write(g, stored(fe));
            coordinates(g, fe.fused());
            g.writeEndObject();
            g.writeNumberField("independent_sources", fe.independentSources());
            stringArray(g, "publishers", fe.publishers());
            g.writeArrayFieldStart("sources");
            for (SourceEvent s : fe.sources()) {
                Event e = s.event();
                g.writeStartObject();
                g.writeStringField("event_id", e.id());
                g.writeStringField("document_id", s.documentId());
                Optional<String> url = store.documentUrl(s.documentId());
                if (url.isPresent()) {
                    g.writeStringField("url", url.get());
                } else {
                    g.writeNullField("url");
                }
                stringArray(g, "publishers", s.publishers());
                // the start of the report, for the evidence in context (not the full text: reports are others' writing)
                g.writeStringField("snippet", store.documentSnippet(s.documentId()).orElse(null));
                g.writeStringField("event_type", e.eventType());
                g.writeStringField("sub_event_type", e.subEventType());
                g.writeStringField("actor1", e.actor1());
                g.writeStringField("actor2", e.actor2().orElse(null));
                g.writeStringField("event_date", e.eventDate().map(LocalDate::toString).orElse(null));
                g.writeStringField("location", e.place().map(Event.EventPlace::location).orElse(null));
                if (e.fatalities().isPresent()) {
                    g.writeNumberField("fatalities", e.fatalities().get());
                } else {
                    g.writeNullField("fatalities");
                }
                g.writeStringField("factuality", e.factuality());
                g.writeNumberField("confidence", e.confidence());
                g.writeStringField("notes", e.notes());
                org.sitrep.pipeline.ResultJson.evidence(g, e.evidence());
                if (fullText) {
                    // evidence offsets count code points into this text
                    g.writeStringField("text", store.documentText(s.documentId()).orElse(null));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    // ---- territorial control ----

    void control(Context ctx) {
        Params.onlyKnown(ctx.queryParamMap(), Set.of("at", "bbox"));
        String at = ctx.queryParam("at");
        LocalDate date = at == null || at.isEmpty() ? LocalDate.now() : Params.date("at", at);
        Optional<BoundingBox> bbox = Params.bbox(ctx.queryParam("bbox"));
        List<PlaceControl> holders = TerritorialControl.at(store, date, bbox);
        json(ctx, GEOJSON, g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("at", date.toString());
            g.writeArrayFieldStart("features");
            for (PlaceControl c : holders) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeStringField("id", c.placeKey());
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(c.longitude());
                g.writeNumber(c.latitude());
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("location", c.location());
                g.writeStringField("country", c.country());
                g.writeStringField("holder", c.holder());
                g.writeStringField("since", c.since().toString());
                g.writeStringField("taken_from", c.previous().orElse(null));
                g.writeStringField("event_id", c.eventId());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    // ---- helpers ----

}
