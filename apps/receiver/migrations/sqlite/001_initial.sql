-- kyc-webhooks receiver, SQLite: events, their deliveries, and OAuth2 access tokens (Ondato).
-- Times are epoch milliseconds (UTC). JSON documents are TEXT.

CREATE TABLE kyc_events (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id           TEXT    NOT NULL UNIQUE,      -- deduplication key
  provider           TEXT    NOT NULL,
  kind               TEXT,                         -- the provider's callback kind, when known
  received_at        INTEGER NOT NULL,             -- first delivery
  last_received_at   INTEGER NOT NULL,             -- latest delivery
  delivery_count     INTEGER NOT NULL DEFAULT 1,
  request_id         TEXT    NOT NULL,
  source_ip          TEXT,
  content_type       TEXT,
  headers            TEXT    NOT NULL,             -- JSON object, secrets removed
  raw_body           BLOB    NOT NULL,             -- the bytes exactly as received
  body_sha256        TEXT    NOT NULL,
  quarantined        INTEGER NOT NULL CHECK (quarantined IN (0, 1)),
  issue_count        INTEGER NOT NULL DEFAULT 0,
  issues             TEXT    NOT NULL,             -- JSON array of validation issues
  decoded            TEXT,                         -- JSON: the decoded body of a quarantined callback
  normalized         TEXT,                         -- JSON: the normalized event
  status             TEXT,
  type               TEXT,
  reference          TEXT,
  merchant_reference TEXT,
  occurred_at        TEXT
);

CREATE INDEX kyc_events_provider ON kyc_events (provider, id);
CREATE INDEX kyc_events_status ON kyc_events (status, id);
CREATE INDEX kyc_events_reference ON kyc_events (reference);
CREATE INDEX kyc_events_merchant_reference ON kyc_events (merchant_reference);
CREATE INDEX kyc_events_received_at ON kyc_events (received_at);
CREATE INDEX kyc_events_quarantined ON kyc_events (quarantined, id);

CREATE TABLE kyc_deliveries (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  event_row    INTEGER NOT NULL REFERENCES kyc_events (id),
  request_id   TEXT    NOT NULL,
  received_at  INTEGER NOT NULL,
  source_ip    TEXT,
  headers      TEXT    NOT NULL,
  body_sha256  TEXT    NOT NULL,
  raw_body     BLOB,                               -- kept only when it differs from the event's body
  duplicate    INTEGER NOT NULL CHECK (duplicate IN (0, 1))
);

CREATE INDEX kyc_deliveries_event ON kyc_deliveries (event_row, id);

CREATE TABLE kyc_oauth_tokens (
  token_sha256 TEXT    PRIMARY KEY,
  expires_at   INTEGER NOT NULL
);
