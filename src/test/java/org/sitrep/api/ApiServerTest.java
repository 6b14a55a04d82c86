package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.TestReports.event;
import static org.sitrep.store.TestReports.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.codebook.Countries;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.store.StoredReport;
import org.sitrep.store.TestReports;
import org.sitrep.store.jdbc.JdbcEventStore;

/** The HTTP API on a temporary SQLite store with hand-made events, called over real HTTP. */
class ApiServerTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static JdbcEventStore store;
    static ApiServer server;
    static String base;
    static String battleId;
    static String scriptId;
    static String tookId;

    @BeforeAll
    static void start() {
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
        LocalDate day = LocalDate.of(2024, 3, 10);
        battleId = store.store(report("Boko Haram fighters attacked Kukawa on Sunday.", "https://a.example/1",
                "a.example", List.of(event("x", "Battles", "Boko Haram", "Military Forces of Nigeria (2023-)", "Kukawa",
                        12.92, 13.56, day, 12L, 0.8)))).fusedIds().get(0);
        // far apart in space and time so that nothing fuses
        store.store(report("Protesters marched in Lagos.", "https://b.example/2", "b.example",
                List.of(reported(event("x", "Protests", "Protesters (Nigeria)", null, "Lagos", 6.45, 3.39, day.plusDays(20),
                        null, 0.7)))));
        store.store(report("Shelling hit Maiduguri.", "https://c.example/3", "c.example",
                List.of(event("x", "Explosions/Remote violence", "Boko Haram", null, "Maiduguri", 11.84, 13.15,
                        day.plusDays(40), 3L, 0.6))));
        Event hostile = withText(event("x", "Violence against civilians", "Unidentified Armed Group (Nigeria) " + SCRIPT,
                null, "Bama " + SCRIPT, 11.52, 13.69, day.plusDays(60), 1L, 0.6), SCRIPT);
        StoredReport r = report("Gunmen killed a man in Bama. " + SCRIPT, "https://d.example/4?\"><img src=x onerror=alert(1)>",
                "d.example", List.of(hostile));
        scriptId = store.store(r).fusedIds().get(0);
        tookId = store.store(report("Boko Haram took Gubio.", null, "e.example",
                List.of(TestReports.withId(takeover(), "x")))).fusedIds().get(0);
        server = ApiServer.start(new ApiRoutes(store, Countries.load()), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    private static Event reported(Event e) {
        return new Event(e.id(), e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(), e.place(),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), "reported", e.source(),
                e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
    }

    private static Event withText(Event e, String payload) {
        return new Event(e.id(), e.disorderType(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(), e.civilianTargeting(), e.place(),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(), e.source(),
                "Notes " + payload, e.cameo(), e.plover(), e.confidence(),
                List.of(new Evidence(new Span(0, 29), "Gunmen killed a man " + payload)), e.rules());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, null);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String detailPart) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(Optional.of("application/problem+json"), r.headers().firstValue("Content-Type"));
        JsonNode p = json(r);
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("type").asText().isEmpty());
        assertFalse(p.get("title").asText().isEmpty());
        assertTrue(p.get("detail").asText().contains(detailPart), p.get("detail").asText());
        assertCsp(r);
    }

    static void assertCsp(HttpResponse<String> r) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'"), csp);
        assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"));
    }

    @Test
    void landingPageIsJsonForApiClientsAndHtmlForBrowsers() throws Exception {
        HttpResponse<String> j = get("/?f=json");
        assertEquals(200, j.statusCode());
        assertTrue(json(j).get("links").toString().contains("/conformance"));
        HttpResponse<String> accept = get("/", "application/json");
        assertEquals("Sitrep", json(accept).get("title").asText());
        HttpResponse<String> html = get("/", "text/html,application/xhtml+xml");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("id=\"map\"") && html.body().contains("/web/js/app.js"), html.body());
        assertFalse(html.body().contains("<script>") || java.util.regex.Pattern.compile("\\son[a-z]+\\s*=")
                .matcher(html.body()).find(), "no inline script or event handler");
        assertCsp(html);
    }

    @Test
    void theMapsScriptsStylesAndBasemapAreServedFromTheJarWithTheSecurityHeaders() throws Exception {
        for (String path : List.of("/web/js/app.js", "/web/css/map.css", "/web/basemap/countries-50m.json",
                "/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().isEmpty(), path);
            assertCsp(r);
        }
        assertTrue(get("/web/js/app.js").headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertEquals(404, get("/web/js/nope.js").statusCode());
    }

    @Test
    void conformanceAndCollectionsDescribeTheEventsCollection() throws Exception {
        JsonNode c = json(get("/conformance"));
        assertTrue(c.get("conformsTo").toString().contains("ogcapi-features-1/1.0/conf/core"));
        JsonNode cols = json(get("/collections"));
        assertEquals("events", cols.get("collections").get(0).get("id").asText());
        JsonNode ev = json(get("/collections/events"));
        assertTrue(ev.get("links").toString().contains("/collections/events/items"));
    }

    @Test
    void itemsPageWithNumberMatchedAndNextLinks() throws Exception {
        HttpResponse<String> r = get("/collections/events/items?limit=2");
        assertEquals(200, r.statusCode());
        assertEquals(Optional.of("application/geo+json"), r.headers().firstValue("Content-Type"));
        assertCsp(r);
        JsonNode fc = json(r);
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(5, fc.get("numberMatched").asInt());
        assertEquals(2, fc.get("numberReturned").asInt());
        JsonNode first = fc.get("features").get(0);
        assertEquals(battleId, first.get("id").asText());
        assertEquals(13.56, first.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals("Battles", first.get("properties").get("event_type").asText());
        String next = link(fc, "next");
        assertTrue(next.contains("offset=2") && next.contains("limit=2"), next);
        JsonNode page2 = json(get(next.substring(base.length())));
        assertEquals(2, page2.get("numberReturned").asInt());
        assertTrue(link(page2, "next").contains("offset=4"));
        assertTrue(link(page2, "prev").contains("offset=0"));
    }

    @Test
    void itemsFilterByBboxAndDatetime() throws Exception {
        JsonNode box = json(get("/collections/events/items?bbox=2,5,5,8"));
        assertEquals(1, box.get("numberMatched").asInt());
        assertEquals("Lagos", box.get("features").get(0).get("properties").get("location").asText());
        assertEquals(2, json(get("/collections/events/items?datetime=2024-03-10/2024-03-31")).get("numberMatched").asInt());
        assertEquals(3, json(get("/collections/events/items?datetime=2024-04-01T00:00:00Z/..")).get("numberMatched").asInt());
        JsonNode last = json(get("/collections/events/items?offset=4"));
        assertEquals(1, last.get("numberReturned").asInt());
        assertEquals("", link(last, "next"));
        assertEquals(1, json(get("/collections/events/items?datetime=2024-03-10")).get("numberMatched").asInt());
    }

    @Test
    void invalidParametersAreProblemJson400() throws Exception {
        assertProblem(get("/collections/events/items?bbox=1,2,3"), 400, "bbox");
        assertProblem(get("/collections/events/items?bbox=10,0,5,5"), 400, "bbox");
        assertProblem(get("/collections/events/items?bbox=a,b,c,d"), 400, "bbox");
        assertProblem(get("/collections/events/items?limit=0"), 400, "limit");
        assertProblem(get("/collections/events/items?limit=100000"), 400, "limit");
        assertProblem(get("/collections/events/items?offset=-1"), 400, "offset");
        assertProblem(get("/collections/events/items?datetime=2024-13-01"), 400, "datetime");
        assertProblem(get("/collections/events/items?datetime=2024-05-01/2024-04-01"), 400, "datetime");
        assertProblem(get("/collections/events/items?colour=red"), 400, "colour");
        assertProblem(get("/api/events?event_date=yesterday"), 400, "event_date");
        assertProblem(get("/api/events?event_date=2024-03-01&event_date_where=BETWEEN"), 400, "event_date");
        assertProblem(get("/api/events?fatalities=many"), 400, "fatalities");
        assertProblem(get("/api/events?fatalities=1&fatalities_where=LIKE"), 400, "fatalities_where");
        assertProblem(get("/api/events?_format=xml"), 400, "_format");
        assertProblem(get("/api/events?factuality=rumoured"), 400, "factuality");
        assertProblem(get("/api/events?page=0"), 400, "page");
        assertProblem(get("/api/control?at=2024-02-30"), 400, "at");
    }

    @Test
    void unknownEventsAndPathsAreProblemJson404() throws Exception {
        assertProblem(get("/collections/events/items/nope"), 404, "nope");
        assertProblem(get("/api/events/nope"), 404, "nope");
        assertProblem(get("/no/such/path"), 404, "/no/such/path");
    }

    @Test
    void oneItemIsAFeatureWithLinks() throws Exception {
        HttpResponse<String> r = get("/collections/events/items/" + battleId);
        assertEquals(200, r.statusCode());
        JsonNode f = json(r);
        assertEquals("Feature", f.get("type").asText());
        assertEquals("Kukawa", f.get("properties").get("location").asText());
        assertTrue(f.get("links").toString().contains("/api/events/" + battleId));
    }

    @Test
    void acledQueryFiltersAndPages() throws Exception {
        JsonNode all = json(get("/api/events"));
        assertEquals(5, all.get("total_count").asInt());
        assertEquals(5, all.get("count").asInt());
        assertEquals(2, json(get("/api/events?event_type=Battles%7CProtests")).get("total_count").asInt());
        assertEquals(1, json(get("/api/events?sub_event_type=Armed%20clash")).get("total_count").asInt());
        assertEquals(3, json(get("/api/events?actor1=boko%20haram")).get("total_count").asInt());
        assertEquals(5, json(get("/api/events?country=nigeria")).get("total_count").asInt());
        assertEquals(0, json(get("/api/events?country=Chad")).get("total_count").asInt());
        JsonNode between = json(get("/api/events?event_date=2024-03-10%7C2024-03-30&event_date_where=BETWEEN"));
        assertEquals(2, between.get("total_count").asInt());
        JsonNode deadly = json(get("/api/events?fatalities=2&fatalities_where=%3E"));
        assertEquals(2, deadly.get("total_count").asInt());
        assertEquals(1, json(get("/api/events?factuality=reported")).get("total_count").asInt());
        assertEquals(4, json(get("/api/events?factuality=asserted")).get("total_count").asInt());
        assertEquals(5, json(get("/api/events?factuality=asserted%7Creported")).get("total_count").asInt());
        JsonNode page2 = json(get("/api/events?limit=3&page=2"));
        assertEquals(5, page2.get("total_count").asInt());
        assertEquals(2, page2.get("count").asInt());
        assertEquals(scriptId, page2.get("data").get(0).get("id").asText());
    }

    @Test
    void acledQueryAsCsv() throws Exception {
        HttpResponse<String> r = get("/api/events?_format=csv&event_type=Battles");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.get(0).startsWith("event_id_cnty,event_date,year"));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains("Kukawa"));
        assertCsp(r);
    }

    @Test
    void eventWithSourcesAndEvidence() throws Exception {
        JsonNode e = json(get("/api/events/" + battleId));
        assertEquals("Battles", e.get("event").get("event_type").asText());
        JsonNode s = e.get("sources").get(0);
        assertEquals("https://a.example/1", s.get("url").asText());
        assertEquals("a.example", s.get("publishers").get(0).asText());
        assertEquals("the words", s.get("evidence").get(0).get("text").asText());
        assertEquals("Boko Haram fighters attacked Kukawa on Sunday.", s.get("snippet").asText());
        assertEquals(1, e.get("independent_sources").asInt());
    }

    @Test
    void reportTextIsJsonTextNeverMarkup() throws Exception {
        for (String path : List.of("/api/events/" + scriptId, "/collections/events/items/" + scriptId,
                "/collections/events/items", "/api/events")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("<script>") || r.body().contains("<img"), path + ": " + r.body());
            assertFalse(r.headers().firstValue("Content-Type").orElse("").contains("html"), path);
            assertCsp(r);
        }
        JsonNode e = json(get("/api/events/" + scriptId));
        assertEquals("Unidentified Armed Group (Nigeria) " + SCRIPT, e.get("event").get("actor1").asText());
        assertEquals("Gunmen killed a man " + SCRIPT, e.get("sources").get(0).get("evidence").get(0).get("text").asText());
        assertTrue(e.get("sources").get(0).get("url").asText().contains("\"><img"));
        // the problem detail echoes the request's id as JSON text, not markup
        HttpResponse<String> p = get("/api/events/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assertProblem(p, 404, "<img src=x onerror=alert(1)>");
        assertFalse(p.body().contains("<img"));
    }

    @Test
    void territorialControlOnADate() throws Exception {
        JsonNode before = json(get("/api/control?at=2024-01-01"));
        assertEquals(0, before.get("features").size());
        JsonNode after = json(get("/api/control?at=2024-12-31"));
        assertEquals(1, after.get("features").size());
        JsonNode f = after.get("features").get(0);
        assertEquals("Boko Haram", f.get("properties").get("holder").asText());
        assertEquals(tookId, f.get("properties").get("event_id").asText());
        assertEquals(12.49, f.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
    }

    private static Event takeover() {
        Event e = event("x", "Battles", "Boko Haram", "Military Forces of Nigeria (2023-)", "Gubio", 13.0, 12.49,
                LocalDate.of(2024, 9, 1), 0L, 0.7);
        Event.EventPlace p = e.place().get();
        return new Event(e.id(), e.disorderType(), "Strategic developments", "Non-state actor overtakes territory",
                e.actor1(), e.assocActor1(), e.inter1(), e.actor2(), e.assocActor2(), e.inter2(), e.interaction(),
                e.civilianTargeting(), Optional.of(new Event.EventPlace(p.country(), p.iso(), p.admin1(), p.admin2(),
                        "Gubio", 13.0, 12.49, p.geoPrecision(), 2339999, p.rule())),
                e.eventDate(), e.timePrecision(), e.fatalities(), e.fatalitiesText(), e.factuality(), e.source(),
                e.notes(), e.cameo(), e.plover(), e.confidence(), e.evidence(), e.rules());
    }

    private static String link(JsonNode doc, String rel) {
        for (JsonNode l : doc.get("links")) {
            if (rel.equals(l.get("rel").asText())) {
                return l.get("href").asText();
            }
        }
        return "";
    }
}
