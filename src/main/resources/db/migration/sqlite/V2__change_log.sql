-- Change feed of fused events (SQLite: rowid alias for the increasing sequence).
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at_millis BIGINT       NOT NULL,
    kind      VARCHAR(8)   NOT NULL,
    fused_id  VARCHAR(100) NOT NULL,
    into_id   VARCHAR(100)
);
CREATE INDEX change_log_at ON change_log (at_millis);
