package org.sitrep.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The event store contract on an embedded SQLite file. */
class SqliteEventStoreTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    String freshAddress() {
        return "sqlite:" + dir.resolve("sub/sitrep.db");
    }
}
