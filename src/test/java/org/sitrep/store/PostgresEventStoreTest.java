package org.sitrep.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.sitrep.store.jdbc.DatabaseUrl;

/**
 * The event store contract on a real PostgreSQL server named by SITREP_TEST_PG_URL (postgresql://user:pass@host/db;
 * .ci/run starts one and sets it). Each test DROPS AND RECREATES the public schema of that database: point it at a
 * throwaway test database only. Skipped, saying so, when unset.
 */
class PostgresEventStoreTest extends EventStoreContract {
    static final String ENV = "SITREP_TEST_PG_URL";

    @BeforeAll
    static void requireServer() {
        assumeTrue(System.getenv(ENV) != null,
                ENV + " is not set: PostgreSQL store tests skipped (.ci/run starts a server and sets it)");
    }

    @Override
    String freshAddress() {
        String url = System.getenv(ENV);
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        try (Connection c = java.sql.DriverManager.getConnection(parsed.jdbcUrl(), parsed.user().orElse(null),
                parsed.password().orElse(null)); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the test database " + parsed.redacted() + ": " + e.getMessage(), e);
        }
        return url;
    }
}
