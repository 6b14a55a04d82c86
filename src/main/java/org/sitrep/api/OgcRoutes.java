package org.sitrep.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.export.GeoJsonWriter;
import static org.sitrep.api.ApiResponses.GEOJSON;
import static org.sitrep.api.ApiResponses.JSON;
import static org.sitrep.api.ApiResponses.base;
import static org.sitrep.api.ApiResponses.idSegment;
import static org.sitrep.api.ApiResponses.fused;
import static org.sitrep.api.ApiResponses.json;
import static org.sitrep.api.ApiResponses.jsonOnly;
import static org.sitrep.api.ApiResponses.link;
import static org.sitrep.api.ApiResponses.query;
import static org.sitrep.api.ApiResponses.stored;

/** The OGC API - Features endpoints: landing page, conformance, collections, items. Stateless apart from the store. */
final class OgcRoutes {
    static final int OGC_DEFAULT_LIMIT = 10;
    static final int OGC_MAX_LIMIT = 10_000;
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    private static final Set<String> ITEMS_PARAMS = Set.of("bbox", "datetime", "limit", "offset", "f");

    private final EventStore store;

    OgcRoutes(EventStore store) {
        this.store = store;
    }

    // ---- OGC API – Features ----

    void landing(Context ctx) {
        String f = ctx.queryParam("f");
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        boolean json = "json".equals(f) || (f == null && accept.contains(JSON) && !accept.contains("text/html"));
        if (!json && f != null && !"html".equals(f)) {
            throw ApiProblem.badRequest("'f' must be json or html: '" + f + "'");
        }
        String base = base(ctx);
        if (!json) {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(org.sitrep.web.WebMap.page());
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

    void conformance(Context ctx) {
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

    void collections(Context ctx) {
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

    void eventsCollection(Context ctx) {
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

    void items(Context ctx) {
        Params.onlyKnown(ctx.queryParamMap(), ITEMS_PARAMS);
        jsonOnly(ctx);
        Optional<BoundingBox> bbox = Params.bbox(ctx.queryParam("bbox"));
        Params.DateRange dates = Params.datetime(ctx.queryParam("datetime"));
        int limit = Params.integer("limit", ctx.queryParam("limit"), OGC_DEFAULT_LIMIT, 1, OGC_MAX_LIMIT);
        int offset = Params.integer("offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
        EventQuery q = new EventQuery(List.of(), dates.from(), dates.to(), List.of(), List.of(), List.of(),
                Optional.empty(), bbox);
        EventPage page = store.fusedEventPage(q, offset, limit);
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

    void item(Context ctx) {
        jsonOnly(ctx);
        FusedEvent fe = fused(store, ctx.pathParam("id"));
        String base = base(ctx);
        // the shared feature writer closes the object: its links go in before that closing brace
        String body = ApiServer.json(g -> GeoJsonWriter.feature(g, stored(fe)));
        String links = ApiServer.json(g -> {
            g.writeStartArray();
            link(g, base + "/collections/events/items/" + idSegment(fe.id()), "self", GEOJSON, "this event");
            link(g, base + "/api/events/" + idSegment(fe.id()), "describedby", JSON, "the event with its sources");
            link(g, base + "/collections/events", "collection", JSON, "the collection");
            g.writeEndArray();
        });
        ctx.contentType(GEOJSON);
        ctx.result(body.substring(0, body.lastIndexOf('}')) + ",\"links\":" + links + "}");
    }
}
