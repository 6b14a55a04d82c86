package org.sitrep.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

/** Response helpers shared by the API's routes: events by id, links, JSON bodies. Stateless. */
final class ApiResponses {
    static final String GEOJSON = "application/geo+json";
    static final String JSON = "application/json";

    private ApiResponses() {
    }

    static FusedEvent fused(EventStore store, String id) {
        if (id.length() > 200) {
            throw ApiProblem.badRequest("event id too long");
        }
        return store.fusedEvent(id).orElseThrow(() -> ApiProblem.notFound("no event with id '" + id + "'"));
    }

    /** A fused event as the export writers take it (its last change time is not needed by the JSON fields). */
    static StoredEvent stored(FusedEvent fe) {
        return new StoredEvent(fe.fused(), fe.sources().size(), Instant.EPOCH);
    }

    static void coordinates(JsonGenerator g, Event e) throws IOException {
        if (e.place().isPresent()) {
            g.writeNumberField("latitude", e.place().get().latitude());
            g.writeNumberField("longitude", e.place().get().longitude());
        } else {
            g.writeNullField("latitude");
            g.writeNullField("longitude");
        }
    }

    static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void jsonOnly(Context ctx) {
        String f = ctx.queryParam("f");
        if (f != null && !f.equals("json")) {
            throw new ApiProblem(400, "Invalid parameter", "'f' must be json here: '" + f + "'");
        }
    }

    static void json(Context ctx, String type, ApiServer.JsonBody body) {
        ctx.contentType(type);
        ctx.result(ApiServer.json(body));
    }

    static void link(JsonGenerator g, String href, String rel, String type, String title) throws IOException {
        g.writeStartObject();
        g.writeStringField("href", href);
        g.writeStringField("rel", rel);
        g.writeStringField("type", type);
        g.writeStringField("title", title);
        g.writeEndObject();
    }

    /** The scheme, host and port the client used. */
    static String base(Context ctx) {
        String url = ctx.url();
        int path = url.indexOf('/', url.indexOf("://") + 3);
        return path < 0 ? url : url.substring(0, path);
    }

    /** The query string of {@code params} with {@code name} set to {@code value}. */
    static String query(Map<String, List<String>> params, String name, String value) {
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

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** An event id as a URL path segment: percent-encoded, but with its ':' kept readable ("docid:1"). */
    static String idSegment(String id) {
        return encode(id).replace("%3A", ":");
    }
}
