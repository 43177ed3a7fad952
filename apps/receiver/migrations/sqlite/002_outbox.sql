-- kyc-webhooks receiver, SQLite: the transactional outbox. A message per event to fan out (queued in the
-- transaction that stores the event), a delivery per message and target, an attempt per try.
-- Times are epoch milliseconds (UTC).

CREATE TABLE kyc_outbox (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id  TEXT    NOT NULL UNIQUE,             -- webhook-id and Nats-Msg-Id
  event_row   INTEGER NOT NULL UNIQUE REFERENCES kyc_events (id),
  provider    TEXT    NOT NULL,
  event_type  TEXT    NOT NULL,
  status      TEXT    NOT NULL,
  payload     TEXT    NOT NULL,                    -- the JSON body exactly as sent
  created_at  INTEGER NOT NULL
);

CREATE TABLE kyc_outbound_deliveries (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  message_row     INTEGER NOT NULL REFERENCES kyc_outbox (id),
  endpoint        TEXT    NOT NULL,                -- the target's name
  state           TEXT    NOT NULL CHECK (state IN ('pending', 'succeeded', 'dead')),
  attempts        INTEGER NOT NULL DEFAULT 0,      -- in the current round (a manual retry starts a new one)
  next_attempt_at INTEGER,                         -- due time; while leased, the lease's end
  lease_owner     TEXT,
  lease_token     TEXT,
  last_status     INTEGER,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  delivered_at    INTEGER,
  UNIQUE (message_row, endpoint)
);

CREATE INDEX kyc_outbound_deliveries_due ON kyc_outbound_deliveries (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX kyc_outbound_deliveries_endpoint ON kyc_outbound_deliveries (endpoint, id);
CREATE INDEX kyc_outbound_deliveries_state ON kyc_outbound_deliveries (state, id);

CREATE TABLE kyc_outbound_attempts (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  delivery_row INTEGER NOT NULL REFERENCES kyc_outbound_deliveries (id),
  attempt      INTEGER NOT NULL,                   -- 1, 2, ... over the delivery's whole life
  worker       TEXT    NOT NULL,
  started_at   INTEGER NOT NULL,
  duration_ms  REAL    NOT NULL,
  ok           INTEGER NOT NULL CHECK (ok IN (0, 1)),
  status_code  INTEGER,
  error        TEXT
);

CREATE INDEX kyc_outbound_attempts_delivery ON kyc_outbound_attempts (delivery_row, id);
