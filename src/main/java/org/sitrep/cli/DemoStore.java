package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.document.DocumentStage;
import org.sitrep.geo.geonames.GeoNamesInstaller;
import org.sitrep.model.Extraction;
import org.sitrep.model.RawArticle;
import org.sitrep.source.SourceItem;
import org.sitrep.store.StoreCounts;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.ingest.Ingester;
import org.sitrep.store.ingest.Provenance;
import org.sitrep.store.ingest.RelevanceFilter;
import org.sitrep.store.jdbc.JdbcEventStore;

/** The demo's use of the event store: ingests each coded sample (its extraction reused) and says what it stored. */
final class DemoStore {
    private final JdbcEventStore store;
    private final RelevanceFilter relevance = RelevanceFilter.bundled();
    private final DocumentStage documents = DocumentStage.english();
    private final Path dataDir;

    DemoStore(JdbcEventStore store, Path dataDir) {
        this.store = store;
        this.dataDir = dataDir;
    }

    /** Stores one sample with the extraction already made for it; one summary line. */
    String store(RawArticle article, Extraction x) {
        Ingester ingester = new Ingester(store, documents, a -> x, relevance,
                Provenance.of(GeoNamesInstaller.indexDir(dataDir)));
        IngestOutcome o = ingester.commit(ingester.prepare(new SourceItem.Article(article, Optional.empty())));
        return "   store: " + switch (o.kind()) {
            case STORED -> "stored as " + o.documentId() + " with " + o.events() + " event(s)";
            case NOT_RELEVANT -> "stored as " + o.documentId() + ", not coded (no conflict keyword)";
            case SKIPPED -> "already stored (" + o.reason() + ", " + o.documentId() + ")";
            case FAILED -> "not stored: " + o.reason();
        } + "\n";
    }

    /** The store's totals and how to export them. */
    String totals() {
        StoreCounts c = store.counts();
        return "Event store " + store.address() + ": " + c.documents() + " reports, " + c.events() + " report events, "
                + c.fusedEvents() + " fused events. Export: ./sitrep export --format acled-csv";
    }
}
