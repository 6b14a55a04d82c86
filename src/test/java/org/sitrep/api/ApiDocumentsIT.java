package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.codebook.Countries;
import org.sitrep.document.DocumentStage;
import org.sitrep.pipeline.PipelineFixture;
import org.sitrep.store.TestReports;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.RelevanceFilter;
import org.sitrep.store.jdbc.JdbcEventStore;

/**
 * A report posted over HTTP goes through the real pipeline (CoreNLP, mini gazetteer) and is then found by GET, with
 * its full text (the server allows it) matching the evidence offsets.
 */
@ExtendWith(PipelineFixture.class)
class ApiDocumentsIT {
    private static final String TOKEN = "it-token-0123456789abcdef";
    private static final String REPORT = "{\"text\": \"Taliban fighters attacked an army checkpoint near Kunduz on"
            + " Tuesday, killing five soldiers, provincial officials said. The fighting lasted several hours.\","
            + " \"url\": \"https://wire.example/afghanistan/kunduz-checkpoint\", \"title\": \"Checkpoint attacked\","
            + " \"published\": \"2019-08-21\"}";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aPostedReportIsCodedStoredAndFoundThroughTheQueryEndpoints(PipelineFixture.Loaded fixture) throws Exception {
        try (JdbcEventStore store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"))) {
            Ingester ingester = new Ingester(store, DocumentStage.english(), fixture.pipeline()::process,
                    RelevanceFilter.bundled(), TestReports.VERSIONS);
            ApiConfig config = new ApiConfig(Optional.of(TOKEN), false, true, ApiConfig.DEFAULT_MAX_BODY);
            try (ApiServer server = ApiServer.start(new ApiRoutes(store, Countries.load(), config,
                    Optional.of(ingester)), "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(REPORT)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(201, posted.statusCode(), posted.body());
                JsonNode created = JSON.readTree(posted.body());
                JsonNode event = created.get("events").get(0);
                assertEquals("Afghanistan", event.get("country").asText(), posted.body());
                assertEquals("Kunduz", event.get("location").asText(), posted.body());
                assertEquals(5, event.get("fatalities").asInt(), posted.body());
                String id = event.get("id").asText();

                JsonNode found = get(base, "/api/events?country=afghanistan&event_type="
                        + URLEncoder.encode(event.get("event_type").asText(), StandardCharsets.UTF_8)
                        + "&event_date=2019-08-01%7C2019-08-31&event_date_where=BETWEEN&fatalities=5");
                assertEquals(1, found.get("total_count").asInt(), found.toString());
                assertEquals(id, found.get("data").get(0).get("id").asText());
                JsonNode items = get(base, "/collections/events/items?bbox=68,36,69.5,37.5&datetime=2019-08-01/2019-08-31");
                // the report may give more than one event there (its second sentence tells of fighting too)
                assertTrue(items.get("numberMatched").asInt() >= 1, items.toString());
                assertTrue(items.get("features").findValuesAsText("id").contains(id), items.toString());
                assertEquals(0, get(base, "/collections/events/items?bbox=60,30,61,31").get("numberMatched").asInt());
                JsonNode sources = get(base, "/api/events/" + id);
                assertEquals("https://wire.example/afghanistan/kunduz-checkpoint",
                        sources.get("sources").get(0).get("url").asText());
                JsonNode source = sources.get("sources").get(0);
                JsonNode evidence = source.get("evidence").get(0);
                assertTrue(evidence.get("text").asText().contains("Kunduz"), source.toString());
                // with full text allowed, the evidence span points into the report text the source carries
                String text = source.get("text").asText();
                assertEquals(evidence.get("text").asText(), text.substring(
                        text.offsetByCodePoints(0, evidence.get("start").asInt()),
                        text.offsetByCodePoints(0, evidence.get("end").asInt())));
            }
        }
    }

    private static JsonNode get(String base, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
