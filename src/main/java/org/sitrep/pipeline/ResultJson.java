package org.sitrep.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Place;
import org.sitrep.model.ResolvedPlace;

/**
 * Renders results as one JSON object per line in the result contract of the design notes (ACLED field names,
 * unknown = null, code-point offsets). Stateless; thread-safe.
 */
public final class ResultJson {
    private static final JsonFactory JSON = new JsonFactory();

    private ResultJson() {
    }

    public static String render(Extraction x) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("id", x.document().id());
            document(g, x.document());
            g.writeArrayFieldStart("places");
            for (ResolvedPlace p : x.places()) {
                place(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : x.events()) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {"id": …, "error": {"stage": …, "reason": …}} for an input that failed. */
    public static String error(String id, String stage, String reason) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeObjectFieldStart("error");
            g.writeStringField("stage", stage);
            g.writeStringField("reason", reason);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void document(JsonGenerator g, Document d) throws IOException {
        g.writeObjectFieldStart("document");
        g.writeStringField("id", d.id());
        optional(g, "url", d.url());
        optional(g, "title", d.title());
        optional(g, "published", d.published().map(Object::toString));
        g.writeStringField("language", d.language());
        g.writeStringField("text", d.text());
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, ResolvedPlace r) throws IOException {
        Place p = r.place();
        g.writeStartObject();
        g.writeStringField("text", r.text());
        g.writeNumberField("start", r.span().start());
        g.writeNumberField("end", r.span().end());
        g.writeNumberField("geonameid", p.geonameid());
        g.writeStringField("name", p.name());
        g.writeStringField("feature_code", p.featureCode());
        g.writeStringField("country_code", p.countryCode());
        g.writeStringField("country", p.country());
        optional(g, "admin1", p.admin1());
        optional(g, "admin2", p.admin2());
        g.writeNumberField("latitude", p.latitude());
        g.writeNumberField("longitude", p.longitude());
        g.writeNumberField("confidence", r.confidence());
        g.writeStringField("rule", r.rule());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("disorder_type", e.disorderType());
        g.writeStringField("event_type", e.eventType());
        g.writeStringField("sub_event_type", e.subEventType());
        g.writeStringField("actor1", e.actor1());
        optional(g, "assoc_actor_1", e.assocActor1());
        g.writeNumberField("inter1", e.inter1());
        optional(g, "actor2", e.actor2());
        optional(g, "assoc_actor_2", e.assocActor2());
        optionalInt(g, "inter2", e.inter2());
        g.writeNumberField("interaction", e.interaction());
        g.writeBooleanField("civilian_targeting", e.civilianTargeting());
        var place = e.place();
        optional(g, "country", place.map(Event.EventPlace::country));
        optionalInt(g, "iso", place.map(Event.EventPlace::iso).filter(i -> i > 0));
        optional(g, "admin1", place.flatMap(Event.EventPlace::admin1));
        optional(g, "admin2", place.flatMap(Event.EventPlace::admin2));
        g.writeNullField("admin3");
        optional(g, "location", place.map(Event.EventPlace::location));
        if (place.isPresent()) {
            g.writeNumberField("latitude", place.get().latitude());
            g.writeNumberField("longitude", place.get().longitude());
            g.writeNumberField("geo_precision", place.get().geoPrecision());
        } else {
            g.writeNullField("latitude");
            g.writeNullField("longitude");
            g.writeNullField("geo_precision");
        }
        optional(g, "event_date", e.eventDate().map(Object::toString));
        optionalInt(g, "time_precision", e.timePrecision());
        if (e.fatalities().isPresent()) {
            g.writeNumberField("fatalities", e.fatalities().get());
        } else {
            g.writeNullField("fatalities");
        }
        optional(g, "fatalities_text", e.fatalitiesText());
        g.writeStringField("factuality", e.factuality());
        g.writeStringField("source", e.source());
        g.writeStringField("notes", e.notes());
        optional(g, "cameo", e.cameo());
        optional(g, "plover", e.plover());
        g.writeNumberField("confidence", e.confidence());
        evidence(g, e.evidence());
        g.writeArrayFieldStart("rules");
        for (String r : e.rules()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes {@code "evidence": [{"start", "end", "text"}...]}: code-point spans into the document text. */
    public static void evidence(JsonGenerator g, java.util.List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : evidence) {
            g.writeStartObject();
            g.writeNumberField("start", ev.span().start());
            g.writeNumberField("end", ev.span().end());
            g.writeStringField("text", ev.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void optionalInt(JsonGenerator g, String name, Optional<Integer> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
