package org.sitrep.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Countries;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TestReports;

class ExportWritersTest {
    static final Event CLASH = TestReports.event("doc:0", "Battles", "Military Forces of Nigeria (2023-)", "Boko Haram",
            "Kukawa, \"old town\"", 12.9234, 13.5612, LocalDate.of(2024, 3, 10), null, 0.7);
    static final StoredEvent STORED = new StoredEvent(CLASH, 2, Instant.ofEpochSecond(1710000000));

    private static String write(EventWriter w, StringWriter out) {
        w.begin();
        w.write(STORED);
        w.end();
        return out.toString();
    }

    @Test
    void acledCsvHasTheThirtyOneColumnsInOrderAndAcledConventions() {
        StringWriter out = new StringWriter();
        String csv = write(new AcledCsvWriter(out, Countries.load()), out);
        String[] lines = csv.split("\r\n");
        assertEquals("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                + "tags,timestamp", lines[0]);
        assertEquals("doc:0,2024-03-10,2024,1,Political violence,Battles,Armed clash,Military Forces of Nigeria (2023-),,"
                + "2,Boko Haram,,1,12,,566,Western Africa,Nigeria,Borno,,,\"Kukawa, \"\"old town\"\"\",12.9234,13.5612,1,"
                + "example.org,,\"Clash at Kukawa, \"\"old town\"\".\",0,,1710000000", lines[1]);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void geoJsonPutsLongitudeFirst() throws Exception {
        StringWriter out = new StringWriter();
        JsonNode json = new ObjectMapper().readTree(write(new GeoJsonWriter(out), out));
        assertEquals("FeatureCollection", json.get("type").asText());
        JsonNode f = json.get("features").get(0);
        assertEquals(13.5612, f.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(12.9234, f.get("geometry").get("coordinates").get(1).asDouble());
        assertTrue(f.get("properties").get("fatalities").isNull());
    }

    @Test
    void ploverLinesAndCameoTsvCarryTheCodes() throws Exception {
        StringWriter out = new StringWriter();
        JsonNode plover = new ObjectMapper().readTree(write(new PloverJsonlWriter(out), out).strip());
        assertEquals("ASSAULT", plover.get("event").asText());
        assertEquals(13.5612, plover.get("location").get("lon").asDouble());
        StringWriter tsv = new StringWriter();
        List<String> rows = write(new CameoTsvWriter(tsv), tsv).lines().toList();
        assertEquals(CameoTsvWriter.COLUMNS, List.of(rows.get(0).split("\t")));
        String[] row = rows.get(1).split("\t", -1);
        assertEquals(List.of("20240310", "190", "19", "4", "2"), List.of(row[1], row[4], row[5], row[6], row[7]));
    }
}
