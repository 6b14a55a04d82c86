package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Span;

class ResultJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unknownsAreNullAndAcledNamesAreUsed() throws Exception {
        Document doc = new Document("d1", Optional.empty(), Optional.of("T"), Optional.of(LocalDate.of(2020, 1, 2)), "en",
                "Gunmen attacked.");
        Event e = new Event("d1:1", "Political violence", "Battles", "Armed clash", "Unidentified Armed Group",
                Optional.empty(), 3, Optional.empty(), Optional.empty(), Optional.empty(), 30, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "asserted", "", "n",
                Optional.of("193"), Optional.of("ASSAULT"), 0.5, List.of(new Evidence(new Span(0, 16), "Gunmen attacked.")),
                List.of("trigger:attack"));
        JsonNode r = JSON.readTree(ResultJson.render(new Extraction(doc, List.of(), List.of(e))));
        JsonNode ev = r.at("/events/0");
        for (String field : List.of("actor2", "inter2", "fatalities", "event_date", "latitude", "location", "country")) {
            assertTrue(ev.get(field).isNull(), field);
        }
        assertEquals(30, ev.get("interaction").asInt());
        assertEquals("2020-01-02", r.at("/document/published").asText());
        assertTrue(r.at("/document/url").isNull());
        assertEquals(16, ev.at("/evidence/0/end").asInt());
    }

    @Test
    void errorLineCarriesIdStageAndReason() throws Exception {
        JsonNode r = JSON.readTree(ResultJson.error("x\"1", "source", "empty file"));
        assertEquals("x\"1", r.get("id").asText());
        assertEquals("source", r.at("/error/stage").asText());
        assertEquals("empty file", r.at("/error/reason").asText());
    }
}
