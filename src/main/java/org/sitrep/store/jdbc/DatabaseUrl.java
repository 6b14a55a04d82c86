package org.sitrep.store.jdbc;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Where a store lives, from what a user writes: a file path or {@code sqlite:PATH} (SQLite),
 * {@code postgresql://user:pass@host[:port]/db} or {@code jdbc:postgresql:...} (PostgreSQL). Immutable.
 *
 * @param vendor    "sqlite" or "postgresql" (the migration folder of its vendor-specific SQL)
 * @param sqliteFile the database file, for SQLite
 */
public record DatabaseUrl(String vendor, String jdbcUrl, Optional<String> user, Optional<String> password,
                          Optional<Path> sqliteFile) {
    public DatabaseUrl {
        Objects.requireNonNull(vendor);
        Objects.requireNonNull(jdbcUrl);
    }

    /** Parses a store address; an unusable one is an IllegalArgumentException with a one-line reason. */
    public static DatabaseUrl parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty database address");
        }
        if (t.startsWith("jdbc:postgresql:")) {
            return new DatabaseUrl("postgresql", t, Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (t.startsWith("postgresql://") || t.startsWith("postgres://")) {
            return postgres(t);
        }
        if (t.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(t.substring("jdbc:sqlite:".length())));
        }
        if (t.startsWith("sqlite:")) {
            return sqlite(Path.of(t.substring("sqlite:".length())));
        }
        if (t.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
            throw new IllegalArgumentException("unsupported database address '" + t.replaceAll("//[^@/]*@", "//***@")
                    + "': use a file path, sqlite:PATH or postgresql://user:pass@host/db");
        }
        return sqlite(Path.of(t));
    }

    private static DatabaseUrl sqlite(Path file) {
        return new DatabaseUrl("sqlite", "jdbc:sqlite:" + file, Optional.empty(), Optional.empty(), Optional.of(file));
    }

    private static DatabaseUrl postgres(String t) {
        URI uri;
        try {
            uri = URI.create(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed PostgreSQL address (expected postgresql://user:pass@host/db)");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("PostgreSQL address needs a host and a database: postgresql://user:pass@host/db");
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length > 1 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DatabaseUrl("postgresql", jdbc, user, password, Optional.empty());
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** A data source opening a new connection per call (SQLite: WAL journal, 30 s busy timeout, foreign keys). */
    DataSource dataSource() {
        if (vendor.equals("sqlite")) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(30_000);
            config.enforceForeignKeys(true);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl(jdbcUrl);
            return ds;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        user.ifPresent(ds::setUser);
        password.ifPresent(ds::setPassword);
        return ds;
    }

    /** The address without its password, for messages. */
    public String redacted() {
        return vendor.equals("sqlite") ? sqliteFile.map(Path::toString).orElse(jdbcUrl)
                : jdbcUrl.replaceAll("password=[^&]*", "password=***") + user.map(u -> " as " + u).orElse("");
    }
}
