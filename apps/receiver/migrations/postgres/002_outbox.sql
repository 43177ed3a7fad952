-- kyc-webhooks receiver, PostgreSQL: the transactional outbox. A message per event to fan out (queued in
-- the transaction that stores the event), a delivery per message and target, an attempt per try.
-- Workers claim due deliveries with FOR UPDATE SKIP LOCKED and lease them through next_attempt_at.

CREATE TABLE kyc_outbox (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id  TEXT        NOT NULL UNIQUE,         -- webhook-id and Nats-Msg-Id
  event_row   BIGINT      NOT NULL UNIQUE REFERENCES kyc_events (id),
  provider    TEXT        NOT NULL,
  event_type  TEXT        NOT NULL,
  status      TEXT        NOT NULL,
  payload     TEXT        NOT NULL,                -- the JSON body exactly as sent
  created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE kyc_outbound_deliveries (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_row     BIGINT      NOT NULL REFERENCES kyc_outbox (id),
  endpoint        TEXT        NOT NULL,            -- the target's name
  state           TEXT        NOT NULL CHECK (state IN ('pending', 'succeeded', 'dead')),
  attempts        INTEGER     NOT NULL DEFAULT 0,  -- in the current round (a manual retry starts a new one)
  next_attempt_at TIMESTAMPTZ,                     -- due time; while leased, the lease's end
  lease_owner     TEXT,
  lease_token     TEXT,
  last_status     INTEGER,
  last_error      TEXT,
  created_at      TIMESTAMPTZ NOT NULL,
  updated_at      TIMESTAMPTZ NOT NULL,
  delivered_at    TIMESTAMPTZ,
  UNIQUE (message_row, endpoint)
);

CREATE INDEX kyc_outbound_deliveries_due ON kyc_outbound_deliveries (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX kyc_outbound_deliveries_endpoint ON kyc_outbound_deliveries (endpoint, id);
CREATE INDEX kyc_outbound_deliveries_state ON kyc_outbound_deliveries (state, id);

CREATE TABLE kyc_outbound_attempts (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_row BIGINT           NOT NULL REFERENCES kyc_outbound_deliveries (id),
  attempt      INTEGER          NOT NULL,          -- 1, 2, ... over the delivery's whole life
  worker       TEXT             NOT NULL,
  started_at   TIMESTAMPTZ      NOT NULL,
  duration_ms  DOUBLE PRECISION NOT NULL,
  ok           BOOLEAN          NOT NULL,
  status_code  INTEGER,
  error        TEXT
);

CREATE INDEX kyc_outbound_attempts_delivery ON kyc_outbound_attempts (delivery_row, id);
