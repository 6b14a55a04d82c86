-- Change feed of fused events (PostgreSQL: identity column for the increasing sequence).
CREATE TABLE change_log (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_millis BIGINT       NOT NULL,
    kind      VARCHAR(8)   NOT NULL,
    fused_id  VARCHAR(100) NOT NULL,
    into_id   VARCHAR(100)
);
CREATE INDEX change_log_at ON change_log (at_millis);
