-- kyc-webhooks receiver, PostgreSQL: the current state of every verification (provider + reference), and
-- per event its content key, its verification and what it did to it (@kyc-webhooks/normalized's
-- identity rules and reduceVerification). Updated in the transaction that stores the event.

-- The normalized eventId: several stored events share one when equal bodies are separate events
-- (a second Shufti status change, a Netki business back to open); event_id is then `<content_key>#<n>`.
ALTER TABLE kyc_events ADD COLUMN content_key TEXT;
UPDATE kyc_events SET content_key = event_id;
ALTER TABLE kyc_events ADD COLUMN verification_reference TEXT;   -- the verification it belongs to, with provider
ALTER TABLE kyc_events ADD COLUMN provider_status TEXT;          -- the provider's own status value
ALTER TABLE kyc_events ADD COLUMN outcome TEXT;                  -- applied | ignored_older | duplicate | conflict

CREATE INDEX kyc_events_content_key ON kyc_events (content_key);
CREATE INDEX kyc_events_verification ON kyc_events (provider, verification_reference, id);

CREATE TABLE kyc_verifications (
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider          TEXT    NOT NULL,
  reference         TEXT    NOT NULL,
  status            TEXT    NOT NULL,
  provider_status   TEXT,
  final             BOOLEAN NOT NULL,
  needs_refresh     BOOLEAN NOT NULL,
  event_row         BIGINT  NOT NULL REFERENCES kyc_events (id),   -- the event that set the status
  event_id          TEXT    NOT NULL,
  event_kind        TEXT    NOT NULL,
  event_occurred_at TEXT,
  order_instant     TEXT,                                          -- that event's place in the provider's order
  order_tiebreak    TEXT,
  set_at            TIMESTAMPTZ NOT NULL,                          -- when that event was received
  updated_at        TIMESTAMPTZ NOT NULL,                          -- when the latest event was recorded
  event_count       INTEGER NOT NULL,
  conflict_count    INTEGER NOT NULL,
  UNIQUE (provider, reference)
);

CREATE INDEX kyc_verifications_updated ON kyc_verifications (updated_at, id);
CREATE INDEX kyc_verifications_status ON kyc_verifications (status, updated_at);
