-- Full clean texts of reports, kept only where the operator allows it (reports posted to `serve --full-text`);
-- everything else keeps snippets and links only. Offsets of evidence spans count code points into this text.
CREATE TABLE document_texts (
    document_id VARCHAR(80) PRIMARY KEY REFERENCES documents (id),
    text        TEXT        NOT NULL
);
