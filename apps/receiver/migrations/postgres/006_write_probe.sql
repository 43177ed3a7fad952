-- kyc-webhooks receiver, PostgreSQL: what GET /readyz writes to know that the database takes writes where the
-- receiver's tables live. Each check empties the table (a new, empty file in its tablespace), writes a row to it
-- (a fresh page, which needs room on the disk) and rolls back: a full disk or a read-only database fails the
-- check, and nothing is ever kept.

CREATE TABLE kyc_write_probe (
  checked_at TIMESTAMPTZ NOT NULL
);
