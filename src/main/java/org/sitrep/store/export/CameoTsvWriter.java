package org.sitrep.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * Writes events as GDELT-style CAMEO TSV with a header: GlobalEventID, SQLDATE (yyyymmdd), Actor1Name, Actor2Name,
 * EventCode, EventRootCode, QuadClass (1 verbal cooperation .. 4 material conflict), NumSources, ActionGeo_FullName,
 * ActionGeo_CountryName, ActionGeo_Lat, ActionGeo_Long, Sources. Tabs and line breaks inside values become spaces;
 * unknown values are empty. One thread.
 */
public final class CameoTsvWriter implements EventWriter {
    public static final List<String> COLUMNS = List.of("GlobalEventID", "SQLDATE", "Actor1Name", "Actor2Name",
            "EventCode", "EventRootCode", "QuadClass", "NumSources", "ActionGeo_FullName", "ActionGeo_CountryName",
            "ActionGeo_Lat", "ActionGeo_Long", "Sources");
    private final Writer out;

    public CameoTsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() {
        line(COLUMNS);
    }

    @Override
    public void write(StoredEvent stored) {
        Event e = stored.event();
        Optional<Event.EventPlace> p = e.place();
        Optional<String> root = e.cameo().filter(c -> c.length() >= 2).map(c -> c.substring(0, 2));
        line(List.of(e.id(), e.eventDate().map(d -> d.toString().replace("-", "")).orElse(""), e.actor1(),
                e.actor2().orElse(""), e.cameo().orElse(""), root.orElse(""), root.map(CameoTsvWriter::quadClass).orElse(""),
                Integer.toString(stored.sources()),
                p.map(x -> x.location() + x.admin1().map(a -> ", " + a).orElse("") + ", " + x.country()).orElse(""),
                p.map(Event.EventPlace::country).orElse(""),
                p.map(x -> AcledCsvWriter.coordinate(x.latitude())).orElse(""),
                p.map(x -> AcledCsvWriter.coordinate(x.longitude())).orElse(""), e.source()));
    }

    /** GDELT's QuadClass of a two-digit CAMEO root code. */
    static String quadClass(String root) {
        try {
            int r = Integer.parseInt(root);
            return r <= 5 ? "1" : r <= 8 ? "2" : r <= 14 ? "3" : "4";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    @Override
    public void end() {
        AcledCsvWriter.flush(out);
    }

    private void line(List<String> fields) {
        try {
            out.write(String.join("\t", fields.stream().map(f -> f.replaceAll("[\t\r\n]+", " ")).toList()));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
