package org.sitrep.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as PLOVER JSON lines: one object per event with {@code event} (the PLOVER event type, null when none
 * was coded), {@code actor1}/{@code actor2}, {@code date}, a {@code location} object (name, country, admin1, lat, lon)
 * and the ACLED fields for reference. One thread.
 */
public final class PloverJsonlWriter implements EventWriter {
    private final Writer out;
    private final JsonFactory json = new JsonFactory();

    public PloverJsonlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public void write(StoredEvent stored) {
        Event e = stored.event();
        try {
            JsonGenerator g = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", e.id());
            JsonEventFields.string(g, "event", e.plover());
            JsonEventFields.string(g, "date", e.eventDate().map(Object::toString));
            g.writeStringField("actor1", e.actor1());
            JsonEventFields.string(g, "actor2", e.actor2());
            if (e.place().isPresent()) {
                Event.EventPlace p = e.place().get();
                g.writeObjectFieldStart("location");
                g.writeStringField("name", p.location());
                g.writeStringField("country", p.country());
                JsonEventFields.string(g, "admin1", p.admin1());
                g.writeNumberField("lat", p.latitude());
                g.writeNumberField("lon", p.longitude());
                g.writeEndObject();
            } else {
                g.writeNullField("location");
            }
            g.writeObjectFieldStart("acled");
            JsonEventFields.write(g, stored);
            g.writeEndObject();
            g.writeEndObject();
            g.flush();
            out.write('\n');
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    @Override
    public void end() {
        AcledCsvWriter.flush(out);
    }
}
