package org.sitrep.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.codebook.Countries;
import org.sitrep.codebook.Country;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as ACLED's 31-column CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled), with ACLED's conventions for unknowns: 0 fatalities, 0 for a missing inter2, empty strings.
 * {@code timestamp} is the Unix time (seconds) the fused event last changed. Not thread-safe (one writer).
 */
public final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");
    private final Writer out;
    private final Countries countries;

    public AcledCsvWriter(Writer out, Countries countries) {
        this.out = out;
        this.countries = countries;
    }

    @Override
    public void begin() {
        line(COLUMNS);
    }

    @Override
    public void write(StoredEvent stored) {
        Event e = stored.event();
        var place = e.place();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(e.id());
        f.add(e.eventDate().map(LocalDate::toString).orElse(""));
        f.add(e.eventDate().map(d -> Integer.toString(d.getYear())).orElse(""));
        f.add(e.timePrecision().map(String::valueOf).orElse(""));
        f.add(e.disorderType());
        f.add(e.eventType());
        f.add(e.subEventType());
        f.add(e.actor1());
        f.add(e.assocActor1().orElse(""));
        f.add(Integer.toString(e.inter1()));
        f.add(e.actor2().orElse(""));
        f.add(e.assocActor2().orElse(""));
        f.add(Integer.toString(e.inter2().orElse(0)));
        f.add(Integer.toString(e.interaction()));
        f.add(e.civilianTargeting() ? "Civilian targeting" : "");
        f.add(place.map(p -> Integer.toString(p.iso())).orElse(""));
        f.add(place.flatMap(p -> countries.byName(p.country())).map(Country::region).orElse(""));
        f.add(place.map(Event.EventPlace::country).orElse(""));
        f.add(place.flatMap(Event.EventPlace::admin1).orElse(""));
        f.add(place.flatMap(Event.EventPlace::admin2).orElse(""));
        f.add("");
        f.add(place.map(Event.EventPlace::location).orElse(""));
        f.add(place.map(p -> coordinate(p.latitude())).orElse(""));
        f.add(place.map(p -> coordinate(p.longitude())).orElse(""));
        f.add(place.map(p -> Integer.toString(p.geoPrecision())).orElse(""));
        f.add(e.source());
        f.add("");
        f.add(e.notes());
        f.add(Long.toString(e.fatalities().orElse(0L)));
        f.add("");
        f.add(Long.toString(stored.updatedAt().getEpochSecond()));
        line(f);
    }

    @Override
    public void end() {
        flush(out);
    }

    static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private void line(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quoted(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field as RFC 4180 writes it. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
