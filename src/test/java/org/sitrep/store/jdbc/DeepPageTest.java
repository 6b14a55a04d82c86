package org.sitrep.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;

/** Pages past {@link JdbcEventStore#DEFERRED_FROM} (found by id first) are the same events as a full listing's. */
class DeepPageTest {
    @TempDir
    Path dir;

    @Test
    void deepPagesMatchTheFullListingOnSqlite() throws SQLException {
        deepPagesMatchTheFullListingWithAndWithoutFilters("sqlite:" + dir.resolve("deep.db"));
    }

    /** On the throwaway database of SITREP_TEST_PG_URL (its public schema is dropped and recreated), when set. */
    @Test
    void deepPagesMatchTheFullListingOnPostgres() throws SQLException {
        String url = System.getenv("SITREP_TEST_PG_URL");
        assumeTrue(url != null, "SITREP_TEST_PG_URL is not set: PostgreSQL deep-page test skipped");
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Connection c = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user().orElse(null),
                parsed.password().orElse(null)); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        deepPagesMatchTheFullListingWithAndWithoutFilters(url);
    }

    private static void deepPagesMatchTheFullListingWithAndWithoutFilters(String address) throws SQLException {
        BulkFusedEvents.fill(address, 5000, 7);
        try (JdbcEventStore store = JdbcEventStore.open(address)) {
            EventQuery country = new EventQuery(List.of("NIGERIA", "chad", "Mali", "Niger", "Sudan", "Kenya", "Iraq",
                    "Syria", "Yemen", "Haiti", "Libya", "Egypt"), Optional.empty(), Optional.empty(), List.of(), List.of(),
                    List.of(), Optional.of(new EventQuery.FatalityRange(0, 3)), Optional.empty());
            for (EventQuery q : List.of(EventQuery.all(), country)) {
                List<String> all = store.fusedEvents(q).stream().map(e -> e.event().id()).toList();
                assertTrue(all.size() > JdbcEventStore.DEFERRED_FROM + 60, "too few events for a deep page: " + all.size());
                int offset = (int) JdbcEventStore.DEFERRED_FROM + 7;
                EventPage page = store.fusedEventPage(q, offset, 50);
                assertEquals(all.size(), page.matched());
                assertEquals(all.subList(offset, offset + 50), page.events().stream().map(StoredEvent::event)
                        .map(e -> e.id()).toList());
                EventPage shallow = store.fusedEventPage(q, offset - 10, 10);
                assertEquals(all.subList(offset - 10, offset), shallow.events().stream().map(e -> e.event().id()).toList());
            }
        }
    }
}
