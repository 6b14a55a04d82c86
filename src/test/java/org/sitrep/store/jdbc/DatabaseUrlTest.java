package org.sitrep.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void aPathOrSqlitePrefixIsAnSqliteFile() {
        assertEquals(Optional.of(Path.of("data/sitrep.db")), DatabaseUrl.parse("data/sitrep.db").sqliteFile());
        assertEquals("jdbc:sqlite:/tmp/x.db", DatabaseUrl.parse("sqlite:/tmp/x.db").jdbcUrl());
    }

    @Test
    void aPostgresAddressGivesJdbcUrlUserAndPassword() {
        DatabaseUrl u = DatabaseUrl.parse("postgresql://sitrep:s%40cret@db.example:5433/events");
        assertEquals("postgresql", u.vendor());
        assertEquals("jdbc:postgresql://db.example:5433/events", u.jdbcUrl());
        assertEquals(Optional.of("sitrep"), u.user());
        assertEquals(Optional.of("s@cret"), u.password());
        assertEquals("postgresql", DatabaseUrl.parse("jdbc:postgresql://h/db?user=a").vendor());
    }

    @Test
    void anUnsupportedSchemeIsRefusedWithoutShowingThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUrl.parse("mysql://u:secret@h/db"));
        assertEquals(false, e.getMessage().contains("secret"));
    }
}
