-- kyc-webhooks receiver, SQLite: personal data. Retention and purge remove an event's personal values (raw
-- body, decoded body, the normalized event's personal fields, its deliveries' bodies, its outbox payload) and
-- say when and why; the decision stays. A purge of a verification leaves a tombstone: who asked, when.

ALTER TABLE kyc_events ADD COLUMN personal_data_removed_at INTEGER;   -- epoch ms; NULL while the values are held
ALTER TABLE kyc_events ADD COLUMN personal_data_removed_by TEXT;      -- retention | request | provider

CREATE INDEX kyc_events_personal_data_held ON kyc_events (received_at) WHERE personal_data_removed_at IS NULL;

CREATE TABLE kyc_purges (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  provider       TEXT    NOT NULL,
  reference      TEXT    NOT NULL,
  requested_by   TEXT    NOT NULL,                 -- admin, or provider:<name> for a provider's deletion event
  reason         TEXT    NOT NULL CHECK (reason IN ('request', 'provider')),
  requested_at   INTEGER NOT NULL,                 -- the first purge
  last_purged_at INTEGER NOT NULL,
  purge_count    INTEGER NOT NULL DEFAULT 1,
  UNIQUE (provider, reference)
);
