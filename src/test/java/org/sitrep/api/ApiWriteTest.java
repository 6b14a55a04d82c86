package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.codebook.Countries;
import org.sitrep.document.DocumentStage;
import org.sitrep.store.TestReports;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.RelevanceFilter;
import org.sitrep.store.ingest.StubCoder;
import org.sitrep.store.jdbc.JdbcEventStore;

/** Writes and access control over real HTTP: tokens, private reads, validation of posted reports (stub coder). */
class ApiWriteTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String REPORT = "{\"text\": \"Boko Haram gunmen attacked soldiers in Kukawa, killing 7 people, the"
            + " army said.\", \"url\": \"https://news.example/kukawa\", \"title\": \"Attack in Kukawa\","
            + " \"published\": \"2024-03-11\"}";
    @TempDir
    Path dir;
    JdbcEventStore store;
    ApiServer server;
    String base;

    void start(ApiConfig config) {
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
        Ingester ingester = new Ingester(store, DocumentStage.english(), new StubCoder(0), RelevanceFilter.bundled(),
                TestReports.VERSIONS);
        server = ApiServer.start(new ApiRoutes(store, Countries.load(), config, Optional.of(ingester)), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    static ApiConfig writable(boolean privateReads, boolean fullText, int maxBody) {
        return new ApiConfig(Optional.of(TOKEN), privateReads, fullText, maxBody);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    HttpResponse<String> post(String body, String token, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, TOKEN, "application/json");
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            b.header("Authorization", "bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    @Test
    void theRightTokenStoresAReportWith201AndTheSameReportAgainIs200() throws Exception {
        start(writable(false, false, ApiConfig.DEFAULT_MAX_BODY));
        HttpResponse<String> r = post(REPORT);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode created = json(r);
        assertEquals("stored", created.get("status").asText());
        String docId = created.get("document_id").asText();
        assertEquals(1, created.get("events").size());
        JsonNode event = created.get("events").get(0);
        assertEquals("Kukawa", event.get("location").asText());
        assertEquals(7, event.get("fatalities").asInt());
        assertFalse(created.has("text"), "no full text unless configured");
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/api/events/" + event.get("id").asText()));
        // the event is readable through the API at once
        assertEquals(200, get("/api/events/" + event.get("id").asText(), null).statusCode());
        assertEquals(1, json(get("/api/events?country=Nigeria", null)).get("total_count").asInt());
        HttpResponse<String> again = post(REPORT);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("already_stored", json(again).get("status").asText());
        assertEquals(docId, json(again).get("document_id").asText());
        assertEquals(event.get("id").asText(), json(again).get("events").get(0).get("id").asText());
        assertEquals(1, store.counts().documents());
    }

    @Test
    void writesWithoutOrWithAWrongTokenAre401WithAChallenge() throws Exception {
        start(writable(false, false, ApiConfig.DEFAULT_MAX_BODY));
        HttpResponse<String> none = post(REPORT, null, "application/json");
        ApiServerTest.assertProblem(none, 401, "Authorization: Bearer");
        assertEquals(Optional.of("Bearer realm=\"sitrep\""), none.headers().firstValue("WWW-Authenticate"));
        HttpResponse<String> wrong = post(REPORT, TOKEN + "x", "application/json");
        ApiServerTest.assertProblem(wrong, 401, "not valid");
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"));
        ApiServerTest.assertProblem(post(REPORT, "", "application/json"), 401, "Bearer");
        assertEquals(0, store.counts().documents());
        // reads stay open
        assertEquals(200, get("/api/events", null).statusCode());
    }

    @Test
    void withoutAConfiguredTokenWritesAreForbiddenAndSaySo() throws Exception {
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
        server = ApiServer.start(new ApiRoutes(store, Countries.load()), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        ApiServerTest.assertProblem(post(REPORT, TOKEN, "application/json"), 403, "SITREP_API_TOKEN");
        ApiServerTest.assertProblem(post(REPORT, null, "application/json"), 403, "token");
    }

    @Test
    void privateReadsNeedTheTokenOnEveryPath() throws Exception {
        start(writable(true, false, ApiConfig.DEFAULT_MAX_BODY));
        for (String path : java.util.List.of("/api/events", "/collections/events/items", "/?f=json", "/conformance",
                "/api/control", "/no/such/path")) {
            HttpResponse<String> r = get(path, null);
            ApiServerTest.assertProblem(r, 401, "private");
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            ApiServerTest.assertProblem(get(path, "wrong-token-0123456789"), 401, "not valid");
        }
        assertEquals(200, get("/api/events", TOKEN).statusCode());
        assertEquals(200, get("/collections/events/items", TOKEN).statusCode());
        assertEquals(201, post(REPORT).statusCode());
    }

    @Test
    void fullTextOnlyWhenConfigured() throws Exception {
        start(writable(false, true, ApiConfig.DEFAULT_MAX_BODY));
        JsonNode created = json(post(REPORT));
        String text = created.get("text").asText();
        assertTrue(text.startsWith("Boko Haram gunmen attacked"), created.toString());
        JsonNode source = json(get("/api/events/" + created.get("events").get(0).get("id").asText(), null))
                .get("sources").get(0);
        assertEquals(text, source.get("text").asText());
    }

    @Test
    void withoutFullTextTheSourcesCarryEvidenceAndUrlOnly() throws Exception {
        start(writable(false, false, ApiConfig.DEFAULT_MAX_BODY));
        JsonNode created = json(post(REPORT));
        JsonNode source = json(get("/api/events/" + created.get("events").get(0).get("id").asText(), null))
                .get("sources").get(0);
        assertFalse(source.has("text"), source.toString());
        assertEquals("https://news.example/kukawa", source.get("url").asText());
        assertEquals(Optional.empty(), store.documentText(created.get("document_id").asText()));
    }

    @Test
    void invalidReportsAreProblemJsonNamingTheField() throws Exception {
        start(writable(false, false, 4096));
        ApiServerTest.assertProblem(post("{\"text\": "), 400, "not valid JSON");
        ApiServerTest.assertProblem(post("[1, 2]"), 400, "JSON object");
        ApiServerTest.assertProblem(post("{}"), 400, "exactly one");
        ApiServerTest.assertProblem(post("{\"text\": \"a\", \"html\": \"<p>a</p>\"}"), 400, "exactly one");
        ApiServerTest.assertProblem(post("{\"text\": \"   \"}"), 400, "empty");
        ApiServerTest.assertProblem(post("{\"text\": 5}"), 400, "'text' must be a string");
        ApiServerTest.assertProblem(post("{\"text\": \"a\", \"colour\": \"red\"}"), 400, "colour");
        ApiServerTest.assertProblem(post("{\"text\": \"a\", \"url\": \"javascript:alert(1)\"}"), 400, "url");
        ApiServerTest.assertProblem(post("{\"text\": \"a\", \"published\": \"2024-02-30\"}"), 400, "published");
        ApiServerTest.assertProblem(post("{\"text\": \"a\", \"text\": \"b\"}"), 400, "JSON");
        ApiServerTest.assertProblem(post("{\"text\": \"" + "word ".repeat(1000) + "\"}"), 413, "4096");
        ApiServerTest.assertProblem(post(REPORT, TOKEN, "text/plain"), 415, "application/json");
        assertEquals(0, store.counts().documents());
    }

    @Test
    void aHtmlReportWithScriptIsCleanedAndItsTextStaysJsonText() throws Exception {
        start(writable(false, true, ApiConfig.DEFAULT_MAX_BODY));
        HttpResponse<String> r = post("{\"html\": \"<html><body><script>alert(1)</script><p>Boko Haram gunmen"
                + " attacked soldiers in Kukawa, killing 4 people, the army said.</p><p>Residents fled the town after"
                + " the attack, officials said on Monday.</p></body></html>\", \"publisher\": \"Example <b>News</b>\"}");
        assertEquals(201, r.statusCode(), r.body());
        assertFalse(r.body().contains("<script") || r.body().contains("<b>"), r.body());
        assertFalse(json(r).get("text").asText().contains("alert(1)"), r.body());
    }

    @Test
    void aPipelineThatCannotLoadIsA503AndStoresNothing() throws Exception {
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
        Ingester broken = new Ingester(store, DocumentStage.english(), a -> {
            throw new IllegalStateException("no gazetteer index in /data/gazetteer\nsecond line");
        }, RelevanceFilter.bundled(), TestReports.VERSIONS);
        server = ApiServer.start(new ApiRoutes(store, Countries.load(), writable(false, false, 4096),
                Optional.of(broken)), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> r = post(REPORT);
        ApiServerTest.assertProblem(r, 503, "no gazetteer index");
        assertFalse(r.body().contains("second line"), r.body());
        assertEquals(0, store.counts().documents());
    }

    @Test
    void aConfigurationNeverShowsItsTokenAndRejectsWeakOnes() {
        assertFalse(writable(false, false, ApiConfig.DEFAULT_MAX_BODY).toString().contains(TOKEN));
        assertThrows(IllegalArgumentException.class, () -> new ApiConfig(Optional.of("short"), false, false, 4096));
        assertThrows(IllegalArgumentException.class, () -> new ApiConfig(Optional.empty(), true, false, 4096));
        assertTrue(writable(false, false, 4096).tokenMatches(TOKEN));
        assertFalse(writable(false, false, 4096).tokenMatches(TOKEN.substring(1)));
        assertFalse(ApiConfig.readsOnly().tokenMatches(""));
        assertEquals(Optional.of("abc"), ApiAuth.bearer("BEARER  abc "));
        assertEquals(Optional.empty(), ApiAuth.bearer("Basic abc"));
    }
}
