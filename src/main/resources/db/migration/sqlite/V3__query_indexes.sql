-- Indexes for the API's queries over fused events (filters, order, paging and count run in the database).
-- Every listing is ordered by date then id; coordinates ride along so that a bbox + date query filters inside the
-- index and only reads the rows it returns.
DROP INDEX fused_date;
CREATE INDEX fused_date_id_place ON fused_events (event_date, id, latitude, longitude);
-- The ACLED-style query compares countries in lower case (expression indexes): by country in date order (paging,
-- fatalities filter inside the index), and by country, event type and date range.
DROP INDEX fused_country;
CREATE INDEX fused_country_date ON fused_events (LOWER(country), event_date, id, fatalities);
CREATE INDEX fused_country_type_date ON fused_events (LOWER(country), event_type, event_date);
CREATE INDEX fused_type_date ON fused_events (event_type, event_date);
