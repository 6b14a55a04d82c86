package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.StoreFailure;
import org.sitrep.store.jdbc.JdbcEventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the store commands: SQLite file (default DATA/sitrep.db) or PostgreSQL address. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DB", description = {"Event store: a SQLite file or sqlite:PATH (default: "
            + "DATA/sitrep.db), or postgresql://user:pass@host[:port]/db, or jdbc:postgresql:..."})
    String db;

    /** Opens the store, defaulting to {@code sitrep.db} in the data folder; a store that cannot open is a user error. */
    JdbcEventStore open(Path dataDir) {
        String address = db != null ? db : "sqlite:" + dataDir.resolve("sitrep.db");
        try {
            return JdbcEventStore.open(address);
        } catch (StoreFailure e) {
            throw new UserError(e.getMessage());
        }
    }
}
