import { randomUUID } from "node:crypto";
import type Database from "better-sqlite3";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type {
  AttemptRecord,
  ClaimedDelivery,
  DeliveryPage,
  DeliveryQuery,
  NextState,
  OutboundAttempt,
  OutboundDelivery,
  OutboxPlan,
  OutboxStore,
  QueueDepth,
  RedeliverResult,
  RetryResult,
  StoredEventForMessage,
} from "../../fanout/store.js";
import { buildDeliveryListQuery, deliveryColumns, deliveryFrom, shortError, toAttempt, toDelivery, toPage } from "./rows.js";
import type { AttemptRowValues, DeliveryRowValues } from "./rows.js";
import { StoredValues } from "../../privacy/stored-values.js";
import { writeTransaction } from "../sqlite-lock.js";
import { statement } from "../sqlite-statements.js";

/*
 * The outbox on SQLite. Every write is an IMMEDIATE transaction, so claims are serialised by SQLite's write
 * lock: one process delivers at a time per claim, and several processes on one file still never claim the
 * same delivery (though SQLite is meant for one receiver process).
 */

type RawDeliveryRow = Omit<DeliveryRowValues, "id" | "event_row"> & { id: number; event_row: number };
type RawAttemptRow = Omit<AttemptRowValues, "ok"> & { ok: number };

const fromRaw = (row: RawDeliveryRow): DeliveryRowValues => ({ ...row, id: String(row.id), event_row: String(row.event_row) });

/** Queues a message and its deliveries; runs inside the caller's transaction (the one storing the event). */
export function enqueueSqlite(db: Database.Database, eventRow: number | string, plan: OutboxPlan, now: number, values: StoredValues = new StoredValues()): number {
  const message = statement(
    db,
    "INSERT INTO kyc_outbox (message_id, event_row, provider, event_type, status, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_row) DO UPDATE SET payload = CASE WHEN kyc_outbox.payload = '' THEN excluded.payload ELSE kyc_outbox.payload END RETURNING id",
  ).get(plan.message.messageId, Number(eventRow), plan.message.provider, plan.message.eventType, plan.message.status, values.text(plan.message.payload), now) as { id: number };
  const insert = statement(
    db,
    `INSERT INTO kyc_outbound_deliveries (message_row, endpoint, state, attempts, next_attempt_at, created_at, updated_at) VALUES (?, ?, 'pending', 0, ?, ?, ?)
     ON CONFLICT (message_row, endpoint) DO UPDATE SET state = 'pending', attempts = 0, updated_at = excluded.updated_at,
       next_attempt_at = CASE WHEN lease_token IS NULL THEN excluded.next_attempt_at ELSE next_attempt_at END`,
  );
  for (const target of plan.targets) insert.run(message.id, target, now, now, now);
  return message.id;
}

export class SqliteOutbox implements OutboxStore {
  readonly #db: Database.Database;
  readonly #values: StoredValues;

  constructor(db: Database.Database, values: StoredValues = new StoredValues()) {
    this.#db = db;
    this.#values = values;
  }

  #write<T>(work: () => T): Promise<T> {
    return writeTransaction(this.#db, work);
  }

  claimDue(options: { readonly worker: string; readonly now: number; readonly leaseMs: number; readonly limit: number }): Promise<ClaimedDelivery[]> {
    const db = this.#db;
    return this.#write(() => {
      const token = randomUUID();
      const rows = statement(
        db,
        `SELECT d.id, d.endpoint, d.attempts, m.message_id, m.provider, m.status, m.event_type, m.payload, m.created_at
           FROM kyc_outbound_deliveries d JOIN kyc_outbox m ON m.id = d.message_row
           WHERE d.state = 'pending' AND d.next_attempt_at <= ? ORDER BY d.next_attempt_at, d.id LIMIT ?`,
      ).all(options.now, options.limit) as { id: number; endpoint: string; attempts: number; message_id: string; provider: string; status: string; event_type: string; payload: string; created_at: number }[];
      const lease = statement(db, "UPDATE kyc_outbound_deliveries SET next_attempt_at = ?, lease_owner = ?, lease_token = ?, updated_at = ? WHERE id = ?");
      return rows.map((row): ClaimedDelivery => {
        lease.run(options.now + options.leaseMs, options.worker, token, options.now, row.id);
        return {
          id: String(row.id),
          endpoint: row.endpoint,
          messageId: row.message_id,
          provider: row.provider,
          status: row.status,
          eventType: row.event_type,
          payload: this.#values.openText(row.payload),
          attempts: row.attempts,
          leaseToken: token,
          queuedAt: row.created_at,
        };
      });
    });
  }

  completeAttempt(claim: ClaimedDelivery, attempt: AttemptRecord, next: NextState): Promise<boolean> {
    const db = this.#db;
    return this.#write(() => {
      const { number } = statement(db, "SELECT COALESCE(MAX(attempt), 0) + 1 AS number FROM kyc_outbound_attempts WHERE delivery_row = ?").get(Number(claim.id)) as { number: number };
      statement(db, "INSERT INTO kyc_outbound_attempts (delivery_row, attempt, worker, started_at, duration_ms, ok, status_code, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
        Number(claim.id),
        number,
        attempt.worker,
        attempt.startedAt,
        attempt.durationMs,
        attempt.ok ? 1 : 0,
        attempt.statusCode ?? null,
        shortError(attempt.error),
      );
      const finishedAt = attempt.startedAt + Math.round(attempt.durationMs);
      const updated = statement(
        db,
        `UPDATE kyc_outbound_deliveries SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_status = ?, last_error = ?, updated_at = ?,
             delivered_at = CASE WHEN ? = 'succeeded' THEN ? ELSE delivered_at END, lease_owner = NULL, lease_token = NULL
           WHERE id = ? AND lease_token = ?`,
      ).run(
          next.state,
          next.state === "pending" ? next.nextAttemptAt : null,
          attempt.statusCode ?? null,
          attempt.ok ? null : shortError(attempt.error),
          finishedAt,
          next.state,
          finishedAt,
          Number(claim.id),
          claim.leaseToken,
        );
      return updated.changes === 1;
    });
  }

  listDeliveries(query: DeliveryQuery): Promise<DeliveryPage> {
    try {
      const { sql, params, limit } = buildDeliveryListQuery(query, () => "?", Number);
      return Promise.resolve(toPage((this.#db.prepare(sql).all(...params) as RawDeliveryRow[]).map(fromRaw), limit));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  #delivery(id: number): OutboundDelivery | undefined {
    const row = this.#db.prepare(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.id = ?`).get(id) as RawDeliveryRow | undefined;
    return row ? toDelivery(fromRaw(row)) : undefined;
  }

  getDelivery(id: string): Promise<{ readonly delivery: OutboundDelivery; readonly attempts: readonly OutboundAttempt[] } | undefined> {
    if (!/^\d{1,18}$/.test(id)) return Promise.resolve(undefined);
    const delivery = this.#delivery(Number(id));
    if (!delivery) return Promise.resolve(undefined);
    const attempts = (
      this.#db.prepare("SELECT attempt, worker, started_at, duration_ms, ok, status_code, error FROM kyc_outbound_attempts WHERE delivery_row = ? ORDER BY id").all(Number(id)) as RawAttemptRow[]
    ).map((row) => toAttempt({ ...row, ok: row.ok === 1 }));
    return Promise.resolve({ delivery, attempts });
  }

  retryDelivery(id: string, now: number): Promise<RetryResult> {
    if (!/^\d{1,18}$/.test(id)) return Promise.resolve({ ok: false, reason: "not_found" });
    const db = this.#db;
    return this.#write((): RetryResult => {
      const row = db.prepare("SELECT state FROM kyc_outbound_deliveries WHERE id = ?").get(Number(id)) as { state: string } | undefined;
      if (!row) return { ok: false, reason: "not_found" };
      if (row.state === "succeeded") return { ok: false, reason: "already_delivered" };
      db.prepare(
        "UPDATE kyc_outbound_deliveries SET state = 'pending', attempts = 0, updated_at = ?, next_attempt_at = CASE WHEN lease_token IS NULL THEN ? ELSE next_attempt_at END WHERE id = ?",
      ).run(now, now, Number(id));
      return { ok: true, delivery: this.#delivery(Number(id)) as OutboundDelivery };
    });
  }

  redeliverEvent(idOrEventId: string, plan: (event: StoredEventForMessage) => OutboxPlan | undefined, now: number): Promise<RedeliverResult> {
    const db = this.#db;
    return this.#write((): RedeliverResult => {
      const byId = /^\d{1,18}$/.test(idOrEventId);
      const event = db
        .prepare(`SELECT id, event_id, provider, received_at, quarantined, normalized FROM kyc_events WHERE ${byId ? "id" : "event_id"} = ?`)
        .get(byId ? Number(idOrEventId) : idOrEventId) as { id: number; event_id: string; provider: string; received_at: number; quarantined: number; normalized: string | null } | undefined;
      if (!event) return { ok: false, reason: "not_found" };
      if (event.quarantined === 1 || event.normalized === null) return { ok: false, reason: "quarantined" };
      const planned = plan({ id: String(event.id), eventId: event.event_id, provider: event.provider as ProviderName, receivedAt: event.received_at, normalized: this.#values.openNormalized(event.normalized) });
      if (!planned || planned.targets.length === 0) return { ok: false, reason: "no_targets" };
      // An event queued when it arrived keeps its message (same id, same bytes): only the deliveries are queued again.
      const messageRow = enqueueSqlite(db, event.id, planned, now, this.#values);
      const rows = (db.prepare(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.message_row = ? ORDER BY d.id`).all(messageRow) as RawDeliveryRow[]).map(fromRaw);
      return { ok: true, deliveries: rows.filter((row) => planned.targets.includes(row.endpoint)).map(toDelivery) };
    });
  }

  queueDepth(): Promise<QueueDepth> {
    const rows = statement(this.#db, "SELECT state, COUNT(*) AS count FROM kyc_outbound_deliveries WHERE state IN ('pending', 'dead') GROUP BY state").all() as { state: string; count: number }[];
    return Promise.resolve({ pending: rows.find((row) => row.state === "pending")?.count ?? 0, dead: rows.find((row) => row.state === "dead")?.count ?? 0 });
  }
}
