package org.sitrep.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.codebook.Countries;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.fuse.SourceEvent;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.PlaceControl;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TerritorialControl;
import org.sitrep.store.export.AcledCsvWriter;
import org.sitrep.store.export.GeoJsonWriter;
import org.sitrep.store.export.JsonEventFields;

/** The endpoints over one event store (reads only). Stateless apart from the store. */
public final class ApiRoutes {
    static final int OGC_DEFAULT_LIMIT = 10;
    static final int OGC_MAX_LIMIT = 10_000;
    static final int ACLED_DEFAULT_LIMIT = 500;
    static final int ACLED_MAX_LIMIT = 5_000;
    private static final String GEOJSON = "application/geo+json";
    private static final String JSON = "application/json";
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    private static final Set<String> ITEMS_PARAMS = Set.of("bbox", "datetime", "limit", "offset", "f");
    private static final Set<String> ACLED_PARAMS = Set.of("country", "event_type", "sub_event_type", "actor1",
            "event_date", "event_date_where", "fatalities", "fatalities_where", "limit", "page", "_format");
    private static final Set<String> WHERE = Set.of("=", ">", "<", ">=", "<=", "BETWEEN");

    private final EventStore store;
    private final Countries countries;

    public ApiRoutes(EventStore store, Countries countries) {
        this.store = store;
        this.countries = countries;
    }

    void register(RoutesConfig r) {
        r.get("/", this::landing);
        r.get("/conformance", this::conformance);
        r.get("/collections", this::collections);
        r.get("/collections/events", this::eventsCollection);
        r.get("/collections/events/items", this::items);
        r.get("/collections/events/items/{id}", this::item);
        r.get("/api/events", this::acledEvents);
        r.get("/api/events/{id}", this::eventWithSources);
        r.get("/api/control", this::control);
    }

    // ---- OGC API – Features ----

    private void landing(Context ctx) {
        String f = ctx.queryParam("f");
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        boolean json = "json".equals(f) || (f == null && accept.contains(JSON) && !accept.contains("text/html"));
        if (!json && f != null && !"html".equals(f)) {
            throw ApiProblem.badRequest("'f' must be json or html: '" + f + "'");
        }
        String base = base(ctx);
        if (!json) {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sitrep</title></head>"
                    + "<body><h1>Sitrep</h1><p>The event map comes later. The API is here now:</p><ul>"
                    + "<li><a href=\"/?f=json\">landing page (JSON)</a></li>"
                    + "<li><a href=\"/collections/events/items\">events (OGC API &ndash; Features, GeoJSON)</a></li>"
                    + "<li><a href=\"/api/events\">ACLED-style query</a></li>"
                    + "<li><a href=\"/conformance\">conformance</a></li></ul></body></html>\n");
            return;
        }
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeStringField("title", "Sitrep");
            g.writeStringField("description", "Conflict events coded to ACLED's scheme from news reports");
            g.writeArrayFieldStart("links");
            link(g, base + "/?f=json", "self", JSON, "this document");
            link(g, base + "/", "alternate", "text/html", "this document as HTML");
            link(g, base + "/conformance", "conformance", JSON, "conformance classes");
            link(g, base + "/collections", "data", JSON, "collections");
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void conformance(Context ctx) {
        jsonOnly(ctx);
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("conformsTo");
            for (String c : CONFORMANCE) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void collections(Context ctx) {
        jsonOnly(ctx);
        String base = base(ctx);
        json(ctx, JSON, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("links");
            link(g, base + "/collections", "self", JSON, "collections");
            g.writeEndArray();
            g.writeArrayFieldStart("collections");
            eventsCollection(g, base);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void eventsCollection(Context ctx) {
        jsonOnly(ctx);
        json(ctx, JSON, g -> eventsCollection(g, base(ctx)));
    }

    private static void eventsCollection(JsonGenerator g, String base) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", "events");
        g.writeStringField("title", "Conflict events");
        g.writeStringField("description", "Fused events (one per real-world event), ACLED field names in properties");
        g.writeStringField("itemType", "feature");
        g.writeObjectFieldStart("extent");
        g.writeObjectFieldStart("spatial");
        g.writeArrayFieldStart("bbox");
        g.writeArray(new double[] {-180, -90, 180, 90}, 0, 4);
        g.writeEndArray();
        g.writeStringField("crs", CRS84);
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("crs");
        g.writeString(CRS84);
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        link(g, base + "/collections/events", "self", JSON, "this collection");
        link(g, base + "/collections/events/items", "items", GEOJSON, "the events");
        g.writeEndArray();
        g.writeEndObject();
    }

    private void items(Context ctx) {
        Params.onlyKnown(ctx.queryParamMap(), ITEMS_PARAMS);
        jsonOnly(ctx);
        Optional<BoundingBox> bbox = Params.bbox(ctx.queryParam("bbox"));
        Params.DateRange dates = Params.datetime(ctx.queryParam("datetime"));
        int limit = Params.integer("limit", ctx.queryParam("limit"), OGC_DEFAULT_LIMIT, 1, OGC_MAX_LIMIT);
        int offset = Params.integer("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        EventQuery q = new EventQuery(Optional.empty(), dates.from(), dates.to(), Optional.empty(), bbox);
        Page page = page(q, e -> true, offset, limit);
        String base = base(ctx) + "/collections/events/items";
        json(ctx, GEOJSON, g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (StoredEvent e : page.events()) {
                GeoJsonWriter.feature(g, e);
            }
            g.writeEndArray();
            g.writeNumberField("numberMatched", page.matched());
            g.writeNumberField("numberReturned", page.events().size());
            g.writeStringField("timeStamp", Instant.now().toString());
            g.writeArrayFieldStart("links");
            Map<String, List<String>> params = ctx.queryParamMap();
            link(g, base + query(params, "offset", Integer.toString(offset)), "self", GEOJSON, "this page");
            if (offset + limit < page.matched()) {
                link(g, base + query(params, "offset", Integer.toString(offset + limit)), "next", GEOJSON, "next page");
            }
            if (offset > 0) {
                link(g, base + query(params, "offset", Integer.toString(Math.max(0, offset - limit))), "prev", GEOJSON,
                        "previous page");
            }
            link(g, base(ctx) + "/collections/events", "collection", JSON, "the collection");
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void item(Context ctx) {
        jsonOnly(ctx);
        FusedEvent fe = fused(ctx.pathParam("id"));
        String base = base(ctx);
        // the shared feature writer closes the object: its links go in before that closing brace
        String body = ApiServer.json(g -> GeoJsonWriter.feature(g, stored(fe)));
        String links = ApiServer.json(g -> {
            g.writeStartArray();
            link(g, base + "/collections/events/items/" + encode(fe.id()).replace("%3A", ":"), "self", GEOJSON, "this event");
            link(g, base + "/api/events/" + encode(fe.id()).replace("%3A", ":"), "describedby", JSON, "the event with its sources");
            link(g, base + "/collections/events", "collection", JSON, "the collection");
            g.writeEndArray();
        });
        ctx.contentType(GEOJSON);
        ctx.result(body.substring(0, body.lastIndexOf('}')) + ",\"links\":" + links + "}");
    }

    // ---- ACLED-style query ----

    private void acledEvents(Context ctx) {
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
        Predicate<StoredEvent> filter = fatalitiesFilter(ctx.queryParam("fatalities"), ctx.queryParam("fatalities_where"));
        if (countriesWanted.size() > 1) {
            filter = filter.and(e -> e.event().place()
                    .map(p -> countriesWanted.stream().anyMatch(c -> c.equalsIgnoreCase(p.country()))).orElse(false));
        }
        if (types.size() > 1) {
            filter = filter.and(e -> types.contains(e.event().eventType()));
        }
        if (!subTypes.isEmpty()) {
            filter = filter.and(e -> subTypes.contains(e.event().subEventType()));
        }
        if (!actors.isEmpty()) {
            List<String> lower = actors.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            filter = filter.and(e -> lower.stream().anyMatch(a -> e.event().actor1().toLowerCase(Locale.ROOT).contains(a)));
        }
        EventQuery q = new EventQuery(
                countriesWanted.size() == 1 ? Optional.of(countriesWanted.get(0)) : Optional.empty(),
                dates.from(), dates.to(),
                types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty(), Optional.empty());
        Page page = page(q, filter, (pageNo - 1) * limit, limit);
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

    private static Predicate<StoredEvent> fatalitiesFilter(String value, String where) {
        String op = where == null || where.isEmpty() ? "=" : where.strip().toUpperCase(Locale.ROOT);
        if (!WHERE.contains(op)) {
            throw ApiProblem.badRequest("'fatalities_where' must be one of =, >, <, >=, <=, BETWEEN: '" + where + "'");
        }
        List<String> v = Params.values(value);
        if (v.isEmpty()) {
            if (where != null) {
                throw ApiProblem.badRequest("'fatalities_where' needs 'fatalities'");
            }
            return e -> true;
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
        // ACLED counts an unknown toll as 0
        return e -> {
            long f = e.event().fatalities().orElse(0L);
            return switch (op) {
                case "=" -> f == a;
                case ">" -> f > a;
                case ">=" -> f >= a;
                case "<" -> f < a;
                case "<=" -> f <= a;
                default -> f >= a && f <= b;
            };
        };
    }

    // ---- one event with its sources ----

    private void eventWithSources(Context ctx) {
        FusedEvent fe = fused(ctx.pathParam("id"));
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
                g.writeArrayFieldStart("evidence");
                for (Evidence ev : e.evidence()) {
                    g.writeStartObject();
                    g.writeNumberField("start", ev.span().start());
                    g.writeNumberField("end", ev.span().end());
                    g.writeStringField("text", ev.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    // ---- territorial control ----

    private void control(Context ctx) {
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

    private record Page(long matched, List<StoredEvent> events) {
    }

    /** The events matching query and filter from {@code offset}, at most {@code limit}, with the number matched. */
    private Page page(EventQuery q, Predicate<StoredEvent> filter, long offset, int limit) {
        List<StoredEvent> events = new ArrayList<>(Math.min(limit, 1024));
        long[] matched = {0};
        store.forEachFusedEvent(q, e -> {
            if (filter.test(e)) {
                if (matched[0] >= offset && events.size() < limit) {
                    events.add(e);
                }
                matched[0]++;
            }
        });
        return new Page(matched[0], events);
    }

    private FusedEvent fused(String id) {
        if (id.length() > 200) {
            throw ApiProblem.badRequest("event id too long");
        }
        return store.fusedEvent(id).orElseThrow(() -> ApiProblem.notFound("no event with id '" + id + "'"));
    }

    /** A fused event as the export writers take it (its last change time is not needed by the JSON fields). */
    private static StoredEvent stored(FusedEvent fe) {
        return new StoredEvent(fe.fused(), fe.sources().size(), Instant.EPOCH);
    }

    private static void coordinates(JsonGenerator g, Event e) throws IOException {
        if (e.place().isPresent()) {
            g.writeNumberField("latitude", e.place().get().latitude());
            g.writeNumberField("longitude", e.place().get().longitude());
        } else {
            g.writeNullField("latitude");
            g.writeNullField("longitude");
        }
    }

    private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void jsonOnly(Context ctx) {
        String f = ctx.queryParam("f");
        if (f != null && !f.equals("json")) {
            throw new ApiProblem(400, "Invalid parameter", "'f' must be json here: '" + f + "'");
        }
    }

    private static void json(Context ctx, String type, ApiServer.JsonBody body) {
        ctx.contentType(type);
        ctx.result(ApiServer.json(body));
    }

    private static void link(JsonGenerator g, String href, String rel, String type, String title) throws IOException {
        g.writeStartObject();
        g.writeStringField("href", href);
        g.writeStringField("rel", rel);
        g.writeStringField("type", type);
        g.writeStringField("title", title);
        g.writeEndObject();
    }

    /** The scheme, host and port the client used. */
    private static String base(Context ctx) {
        String url = ctx.url();
        int path = url.indexOf('/', url.indexOf("://") + 3);
        return path < 0 ? url : url.substring(0, path);
    }

    /** The query string of {@code params} with {@code name} set to {@code value}. */
    private static String query(Map<String, List<String>> params, String name, String value) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (!e.getKey().equals(name)) {
                for (String v : e.getValue()) {
                    b.append(b.isEmpty() ? '?' : '&').append(encode(e.getKey())).append('=').append(encode(v));
                }
            }
        }
        return b.append(b.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(value)).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
