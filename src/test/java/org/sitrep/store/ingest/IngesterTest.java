package org.sitrep.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.document.DocumentStage;
import org.sitrep.source.IngestInputs;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.TestReports;
import org.sitrep.store.jdbc.JdbcEventStore;

class IngesterTest {
    static final String KUKAWA = "Suspected Boko Haram gunmen attacked the village of Kukawa in Borno State on Sunday, "
            + "killing at least 12 villagers and burning houses, residents said. The army said troops later clashed "
            + "with the militants near Monguno and recovered weapons and two vehicles.";
    static final String KUKAWA_OTHER = "Nigerian troops fought Boko Haram insurgents around Kukawa, a military "
            + "spokesman said, adding that 9 attackers died in the fighting and that civilians fled to Maiduguri.";
    static final String TRADE = "Trade ministers from both countries met in Geneva to discuss tariffs on steel and "
            + "soybeans and agreed to continue the talks next month.";

    @TempDir
    Path dir;
    JdbcEventStore store;

    @BeforeEach
    void open() {
        store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private IngestSummary ingest(String... sources) {
        Ingester ingester = new Ingester(store, DocumentStage.english(), new StubCoder(0), RelevanceFilter.bundled(),
                TestReports.VERSIONS);
        IngestSummary summary = new IngestSummary();
        try (var items = new IngestInputs().items(List.of(sources))) {
            ingester.run(items, summary::add);
        }
        return summary;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void ingestingAFolderTwiceStoresEachReportOnceAndPassesByNonConflictNews() throws IOException {
        write("a.txt", KUKAWA);
        write("b.md", "# Fighting near Kukawa\n\n" + KUKAWA_OTHER);
        write("trade.txt", TRADE);
        write("empty.txt", "");
        IngestSummary first = ingest(dir.resolve("in").toString());
        assertEquals(List.of(4, 2, 1, 1, 0), List.of(first.read(), first.stored(), first.notRelevant(), first.failed(),
                first.skipped()), first.toString());
        StoreCounts counts = store.counts();
        IngestSummary second = ingest(dir.resolve("in").toString());
        assertEquals(List.of(0, 3, 1), List.of(second.stored(), second.skipped(), second.failed()), second.toString());
        assertEquals(counts, store.counts());
        assertEquals(new StoreCounts(3, 1, 2, 1), counts, "the two Kukawa reports fuse into one event");
    }

    @Test
    void aWireCopyUnderAnotherAddressIsOneReportWithBothPublishers() throws IOException {
        String copy = "LAGOS (Wire) - " + KUKAWA.replace("residents said", "residents told reporters");
        Path jsonl = write("wire.jsonl", "{\"id\":\"1\",\"url\":\"https://www.first.example/a\",\"text\":\"" + KUKAWA + "\"}\n"
                + "{\"id\":\"2\",\"url\":\"https://second.example/b\",\"text\":\"" + copy + "\"}\n");
        IngestSummary s = ingest(jsonl.toString());
        assertEquals(List.of(1, 1), List.of(s.stored(), s.skipped()), s.toString());
        String id = store.documentWithUrl("https://www.first.example/a").orElseThrow();
        assertEquals(List.of("first.example", "second.example"), store.publishers(id));
    }

    @Test
    void anRssFeedGivesOneReportPerEntryWithItsLinkDateAndPublisher() throws IOException {
        Path feed = write("feed.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Borno Daily</title><link>https://borno.example</link>
                <item><title>Raid on Kukawa</title><link>https://borno.example/kukawa</link>
                <pubDate>Mon, 11 Mar 2024 08:00:00 GMT</pubDate><description>%s</description></item>
                <item><title>Talks</title><link>https://borno.example/talks</link>
                <pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate><description>%s</description></item>
                </channel></rss>
                """.formatted(KUKAWA, TRADE));
        IngestSummary s = ingest(feed.toString());
        assertEquals(List.of(1, 1, 0), List.of(s.stored(), s.notRelevant(), s.failed()), s.toString());
        String id = store.documentWithUrl("https://borno.example/kukawa").orElseThrow();
        assertEquals(List.of("Borno Daily"), store.publishers(id));
        assertEquals(LocalDate.of(2024, 3, 11), store.fusedEvents(EventQuery.all()).get(0).event().eventDate().orElseThrow());
    }

    @Test
    void aWarcArchiveGivesItsHtmlResponsesAndPassesOverOtherRecords() throws IOException {
        Path warc = dir.resolve("in/crawl.warc.gz");
        Files.createDirectories(warc.getParent());
        try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(response("https://news.example/kukawa", "200 OK", "text/html; charset=utf-8",
                    "<html><head><title>Kukawa raid</title></head><body><article><p>" + KUKAWA + "</p></article></body></html>"));
            w.write(response("https://news.example/logo.png", "200 OK", "image/png", "PNG"));
            w.write(response("https://news.example/missing", "404 Not Found", "text/html", "<p>not found</p>"));
            w.write(response("https://news.example/lagos", "200 OK", "text/html",
                    "<html><body><article><p>" + KUKAWA_OTHER.replace("Kukawa", "Lagos") + "</p></article></body></html>"));
        }
        IngestSummary s = ingest(warc.toString());
        assertEquals(List.of(2, 2, 0), List.of(s.read(), s.stored(), s.failed()), s.toString());
        assertTrue(store.documentWithUrl("https://news.example/kukawa").isPresent());
        assertEquals(2, store.counts().fusedEvents());
    }

    private static WarcResponse response(String url, String status, String type, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + content.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + content.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-11T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, all).build();
    }

    @Test
    void anAtomFeedServedOverHttpIsReadFromItsUrl() throws IOException {
        byte[] atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Sahel Wire</title><id>urn:sahel</id>
                <updated>2024-03-11T08:00:00Z</updated>
                <entry><title>Kukawa</title><id>urn:1</id><link href="https://sahel.example/kukawa"/>
                <published>2024-03-11T08:00:00Z</published><updated>2024-03-11T08:00:00Z</updated>
                <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(KUKAWA).getBytes(StandardCharsets.UTF_8);
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", x -> {
            x.sendResponseHeaders(200, atom.length);
            x.getResponseBody().write(atom);
            x.close();
        });
        server.start();
        try {
            IngestSummary s = ingest("http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
            assertEquals(List.of(1, 0), List.of(s.stored(), s.failed()), s.toString());
            assertEquals(List.of("Sahel Wire"), store.publishers(store.documentWithUrl("https://sahel.example/kukawa")
                    .orElseThrow()));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMissingSourceIsOneFailureAndTheRunGoesOn() throws IOException {
        write("a.txt", KUKAWA);
        IngestSummary s = ingest(dir.resolve("nope").toString(), dir.resolve("in/a.txt").toString());
        assertEquals(List.of(1, 1), List.of(s.failed(), s.stored()), s.toString());
    }
}
