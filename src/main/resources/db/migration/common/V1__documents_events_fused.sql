-- Sitrep event store, shared by SQLite and PostgreSQL (portable types only; dates as ISO text, times as epoch ms).

CREATE TABLE documents (
    id                 VARCHAR(80)  PRIMARY KEY,
    url                VARCHAR(2048),
    content_hash       VARCHAR(64)  NOT NULL,
    title              VARCHAR(1000),
    published          VARCHAR(10),
    language           VARCHAR(8)   NOT NULL,
    snippet            VARCHAR(1000) NOT NULL,
    relevant           SMALLINT     NOT NULL,
    fingerprint        VARCHAR(512) NOT NULL,
    pipeline_version   VARCHAR(64)  NOT NULL,
    dictionary_version VARCHAR(64)  NOT NULL,
    gazetteer_version  VARCHAR(64)  NOT NULL,
    stored_at          BIGINT       NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents (url);
CREATE UNIQUE INDEX documents_content_hash ON documents (content_hash);

-- Every publisher (and address) a document was seen from: wire copies add rows here instead of documents.
CREATE TABLE document_publishers (
    document_id VARCHAR(80)   NOT NULL REFERENCES documents (id),
    publisher   VARCHAR(300)  NOT NULL,
    url         VARCHAR(2048) NOT NULL,
    seen_at     BIGINT        NOT NULL,
    PRIMARY KEY (document_id, publisher, url)
);

-- MinHash band keys for near-duplicate lookup.
CREATE TABLE document_bands (
    band_key    BIGINT      NOT NULL,
    document_id VARCHAR(80) NOT NULL REFERENCES documents (id),
    PRIMARY KEY (band_key, document_id)
);

-- One report's own coding of an event (ACLED fields), with provenance.
CREATE TABLE events (
    id                 VARCHAR(100) PRIMARY KEY,
    seq                BIGINT       NOT NULL,
    document_id        VARCHAR(80)  NOT NULL REFERENCES documents (id),
    ordinal            INTEGER      NOT NULL,
    fused_id           VARCHAR(100) NOT NULL,
    disorder_type      VARCHAR(100) NOT NULL,
    event_type         VARCHAR(100) NOT NULL,
    sub_event_type     VARCHAR(100) NOT NULL,
    actor1             VARCHAR(300) NOT NULL,
    assoc_actor_1      VARCHAR(300),
    inter1             INTEGER      NOT NULL,
    actor2             VARCHAR(300),
    assoc_actor_2      VARCHAR(300),
    inter2             INTEGER,
    interaction        INTEGER      NOT NULL,
    civilian_targeting SMALLINT     NOT NULL,
    country            VARCHAR(100),
    iso                INTEGER,
    admin1             VARCHAR(200),
    admin2             VARCHAR(200),
    location           VARCHAR(300),
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    geo_precision      INTEGER,
    geonameid          BIGINT,
    place_rule         VARCHAR(300),
    cell               BIGINT,
    event_date         VARCHAR(10),
    event_day          BIGINT,
    time_precision     INTEGER,
    fatalities         BIGINT,
    fatalities_text    VARCHAR(300),
    factuality         VARCHAR(20)  NOT NULL,
    source             VARCHAR(2000) NOT NULL,
    notes              VARCHAR(4000) NOT NULL,
    cameo              VARCHAR(10),
    plover             VARCHAR(40),
    confidence         DOUBLE PRECISION NOT NULL,
    evidence           TEXT         NOT NULL,
    rules              TEXT         NOT NULL,
    pipeline_version   VARCHAR(64)  NOT NULL,
    dictionary_version VARCHAR(64)  NOT NULL,
    gazetteer_version  VARCHAR(64)  NOT NULL,
    stored_at          BIGINT       NOT NULL
);
CREATE UNIQUE INDEX events_seq ON events (seq);
CREATE INDEX events_document ON events (document_id);
CREATE INDEX events_fused ON events (fused_id);
CREATE INDEX events_cell_day ON events (cell, event_day);

-- One real-world event fused from one or more report events: fused values plus the fusion anchor (blocking keys).
CREATE TABLE fused_events (
    id                  VARCHAR(100) PRIMARY KEY,
    disorder_type       VARCHAR(100) NOT NULL,
    event_type          VARCHAR(100) NOT NULL,
    sub_event_type      VARCHAR(100) NOT NULL,
    actor1              VARCHAR(300) NOT NULL,
    assoc_actor_1       VARCHAR(300),
    inter1              INTEGER      NOT NULL,
    actor2              VARCHAR(300),
    assoc_actor_2       VARCHAR(300),
    inter2              INTEGER,
    interaction         INTEGER      NOT NULL,
    civilian_targeting  SMALLINT     NOT NULL,
    country             VARCHAR(100),
    iso                 INTEGER,
    admin1              VARCHAR(200),
    admin2              VARCHAR(200),
    location            VARCHAR(300),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    geo_precision       INTEGER,
    geonameid           BIGINT,
    place_rule          VARCHAR(300),
    cell                BIGINT,
    event_date          VARCHAR(10),
    event_day           BIGINT,
    time_precision      INTEGER,
    fatalities          BIGINT,
    fatalities_text     VARCHAR(300),
    factuality          VARCHAR(20)  NOT NULL,
    source              VARCHAR(2000) NOT NULL,
    notes               VARCHAR(4000) NOT NULL,
    cameo               VARCHAR(10),
    plover              VARCHAR(40),
    confidence          DOUBLE PRECISION NOT NULL,
    evidence            TEXT         NOT NULL,
    rules               TEXT         NOT NULL,
    source_count        INTEGER      NOT NULL,
    independent_sources INTEGER      NOT NULL,
    anchor_family       VARCHAR(100),
    anchor_actors       TEXT,
    anchor_latitude     DOUBLE PRECISION,
    anchor_longitude    DOUBLE PRECISION,
    anchor_precision    INTEGER,
    anchor_region       VARCHAR(400),
    anchor_cell         BIGINT,
    anchor_day          BIGINT,
    created_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL
);
CREATE INDEX fused_anchor ON fused_events (anchor_cell, anchor_day);
CREATE INDEX fused_anchor_region ON fused_events (anchor_region, anchor_day);
CREATE INDEX fused_cell_day ON fused_events (cell, event_day);
CREATE INDEX fused_coordinates ON fused_events (latitude, longitude);
CREATE INDEX fused_date ON fused_events (event_date);
CREATE INDEX fused_country ON fused_events (country);
