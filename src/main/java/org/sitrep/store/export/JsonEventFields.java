package org.sitrep.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/** Writes the ACLED fields of an event as JSON object fields (absent values as null). Stateless. */
public final class JsonEventFields {
    private JsonEventFields() {
    }

    public static void write(JsonGenerator g, StoredEvent stored) throws IOException {
        Event e = stored.event();
        Optional<Event.EventPlace> p = e.place();
        g.writeStringField("id", e.id());
        string(g, "event_date", e.eventDate().map(Object::toString));
        g.writeStringField("disorder_type", e.disorderType());
        g.writeStringField("event_type", e.eventType());
        g.writeStringField("sub_event_type", e.subEventType());
        g.writeStringField("actor1", e.actor1());
        string(g, "actor2", e.actor2());
        g.writeNumberField("interaction", e.interaction());
        string(g, "country", p.map(Event.EventPlace::country));
        string(g, "admin1", p.flatMap(Event.EventPlace::admin1));
        string(g, "location", p.map(Event.EventPlace::location));
        if (e.fatalities().isPresent()) {
            g.writeNumberField("fatalities", e.fatalities().get());
        } else {
            g.writeNullField("fatalities");
        }
        g.writeStringField("factuality", e.factuality());
        g.writeStringField("source", e.source());
        g.writeNumberField("sources", stored.sources());
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("notes", e.notes());
    }

    static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }
}
