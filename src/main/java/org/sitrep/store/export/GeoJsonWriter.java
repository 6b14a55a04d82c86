package org.sitrep.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as one RFC 7946 GeoJSON FeatureCollection: a Point feature per event with [longitude, latitude]
 * (WGS 84) and the ACLED fields as properties; an event without a place has a null geometry. One thread.
 */
public final class GeoJsonWriter implements EventWriter {
    private final JsonGenerator g;

    public GeoJsonWriter(Writer out) {
        try {
            this.g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin() {
        try {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(StoredEvent stored) {
        try {
            feature(g, stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one event as a GeoJSON Feature object (for callers that build their own collection around it). */
    public static void feature(JsonGenerator g, StoredEvent stored) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", stored.event().id());
        if (stored.event().place().isPresent()) {
            Event.EventPlace p = stored.event().place().get();
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(p.longitude());
            g.writeNumber(p.latitude());
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNullField("geometry");
        }
        g.writeObjectFieldStart("properties");
        JsonEventFields.write(g, stored);
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void end() {
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
