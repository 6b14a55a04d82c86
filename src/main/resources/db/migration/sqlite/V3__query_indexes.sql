-- Indexes for the API's queries over fused events (filters, order and count run in the database).
-- The ACLED-style query: country (compared in lower case, so an expression index), event type, date range.
CREATE INDEX fused_country_type_date ON fused_events (LOWER(country), event_type, event_date);
CREATE INDEX fused_type_date ON fused_events (event_type, event_date);
-- Every listing is ordered by date then id: this index serves the order (and date ranges) without a sort.
DROP INDEX fused_date;
CREATE INDEX fused_date_id ON fused_events (event_date, id);
