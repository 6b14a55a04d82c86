package org.sitrep.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.document.DocumentStage;
import org.sitrep.fuse.FusedEvent;
import org.sitrep.pipeline.PipelineFixture;
import org.sitrep.source.IngestInputs;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.TestReports;
import org.sitrep.store.jdbc.JdbcEventStore;

/** Ingest with the real pipeline (CoreNLP, mini gazetteer): two outlets' reports of one takeover become one event. */
@ExtendWith(PipelineFixture.class)
class IngestIT {
    private static final String FIRST = """
            {"id":"1","url":"https://kurdistan.example/hajin","published":"2018-12-07","title":"SDF takes Hajin",\
            "text":"The Syrian Democratic Forces captured the town of Hajin in Deir ez-Zor province from Islamic State \
            on Thursday, killing 34 militants, the SDF said."}
            {"id":"2","url":"https://levant.example/news/9","published":"2018-12-07","title":"Islamic State loses Hajin",\
            "text":"Islamic State lost the town of Hajin to the Syrian Democratic Forces on Thursday after weeks of \
            fighting, a war monitor said, adding that at least 20 jihadists were killed as the SDF overran Hajin."}
            {"id":"3","url":"https://markets.example/3","published":"2018-12-07","title":"Oil prices",\
            "text":"Oil prices rose on Thursday as traders weighed supply cuts agreed by producers in Vienna."}
            """;

    @TempDir
    Path dir;

    @Test
    void twoOutletsReportingOneTakeoverGiveOneFusedEventWithTheLowerDeathToll(PipelineFixture.Loaded fixture)
            throws IOException {
        Path input = Files.writeString(dir.resolve("reports.jsonl"), FIRST);
        try (JdbcEventStore store = JdbcEventStore.open("sqlite:" + dir.resolve("sitrep.db"))) {
            Ingester ingester = new Ingester(store, DocumentStage.english(), fixture.pipeline()::process,
                    RelevanceFilter.bundled(), TestReports.VERSIONS);
            IngestSummary first = new IngestSummary();
            try (var items = new IngestInputs().items(List.of(input.toString()))) {
                ingester.run(items, first::add);
            }
            assertEquals(List.of(2, 1, 0), List.of(first.stored(), first.notRelevant(), first.failed()), first.toString());
            StoredEvent takeover = store.fusedEvents(EventQuery.all()).stream()
                    .filter(e -> e.event().subEventType().equals("Non-state actor overtakes territory")).findFirst()
                    .orElseThrow(() -> new AssertionError(store.fusedEvents(EventQuery.all()).toString()));
            assertEquals(2, takeover.sources(), () -> store.fusedEvents(EventQuery.all()).stream()
                    .map(e -> e.event().id() + " " + e.event().subEventType() + " " + e.event().actor1() + "/"
                            + e.event().actor2() + " " + e.event().place() + " "
                            + e.event().eventDate() + " " + e.event().factuality()).toList().toString());
            FusedEvent fused = store.fusedEvent(takeover.event().id()).orElseThrow();
            assertEquals(List.of("kurdistan.example", "levant.example"), fused.publishers());
            assertEquals(20L, fused.fused().fatalities().orElseThrow());
            assertTrue(fused.fused().confidence() > fused.sources().get(0).event().confidence());

            StoreCounts before = store.counts();
            IngestSummary second = new IngestSummary();
            try (var items = new IngestInputs().items(List.of(input.toString()))) {
                ingester.run(items, second::add);
            }
            assertEquals(3, second.skipped(), second.toString());
            assertEquals(before, store.counts());
        }
    }
}
