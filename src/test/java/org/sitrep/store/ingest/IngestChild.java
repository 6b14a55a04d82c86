package org.sitrep.store.ingest;

import java.util.List;
import org.sitrep.document.DocumentStage;
import org.sitrep.source.IngestInputs;
import org.sitrep.store.TestReports;
import org.sitrep.store.jdbc.JdbcEventStore;

/**
 * Test support: a child JVM that ingests a folder into a SQLite store with the stub coder (a delay per document)
 * and prints "stored ID" once each document is committed. Arguments: DB_FILE FOLDER DELAY_MS.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        try (JdbcEventStore store = JdbcEventStore.open("sqlite:" + args[0])) {
            Ingester ingester = new Ingester(store, DocumentStage.english(), new StubCoder(Long.parseLong(args[2])),
                    RelevanceFilter.bundled(), TestReports.VERSIONS);
            try (var items = new IngestInputs().items(List.of(args[1]))) {
                ingester.run(items, o -> {
                    if (o.kind() == IngestOutcome.Kind.STORED || o.kind() == IngestOutcome.Kind.NOT_RELEVANT) {
                        System.out.println("stored " + o.documentId());
                        System.out.flush();
                    }
                });
            }
        }
        System.out.println("done");
    }
}
