-- kyc-webhooks receiver, PostgreSQL: a quarantined body's best-effort reference. A body that failed validation
-- belongs to no verification, but it may still name one (@kyc-webhooks/normalized's normalizeRaw reads the
-- reference tolerantly); it is kept here so that a purge of that provider + reference empties it too.

ALTER TABLE kyc_events ADD COLUMN quarantined_reference TEXT;   -- NULL unless quarantined and a reference was read

CREATE INDEX kyc_events_quarantined_reference ON kyc_events (provider, quarantined_reference) WHERE quarantined_reference IS NOT NULL;
