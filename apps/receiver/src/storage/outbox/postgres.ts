import { randomUUID } from "node:crypto";
import type pg from "pg";
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
import { StoredValues } from "../../privacy/stored-values.js";
import type { AttemptRowValues, DeliveryRowValues } from "./rows.js";
import { prepared } from "../postgres-statements.js";

/*
 * The outbox on PostgreSQL, shared by any number of receivers. A claim is one statement: the due rows are
 * locked with FOR UPDATE SKIP LOCKED (a row another receiver is claiming at the same moment is skipped,
 * not waited for) and leased by moving next_attempt_at to the lease's end, in the same UPDATE. A completion
 * only changes the delivery while the claim's lease token is still on it, so that a receiver that outlived
 * its lease cannot overwrite what the next one recorded.
 */

type Time = Date | null;
type RawDeliveryRow = Omit<DeliveryRowValues, "next_attempt_at" | "created_at" | "updated_at" | "delivered_at"> & {
  next_attempt_at: Time;
  created_at: Date;
  updated_at: Date;
  delivered_at: Time;
};
type RawAttemptRow = Omit<AttemptRowValues, "started_at"> & { started_at: Date };

const ms = (time: Time): number | null => (time === null ? null : time.getTime());
const fromRaw = (row: RawDeliveryRow): DeliveryRowValues => ({
  ...row,
  id: String(row.id),
  event_row: String(row.event_row),
  next_attempt_at: ms(row.next_attempt_at),
  created_at: row.created_at.getTime(),
  updated_at: row.updated_at.getTime(),
  delivered_at: ms(row.delivered_at),
});

export type Queryable = Pick<pg.PoolClient, "query">;

/** Queues a message and its deliveries; runs inside the caller's transaction (the one storing the event). */
export async function enqueuePostgres(client: Queryable, eventRow: string, plan: OutboxPlan, now: number, values: StoredValues = new StoredValues()): Promise<string> {
  const at = new Date(now);
  const message = await client.query<{ id: string }>(
    prepared(
      `INSERT INTO kyc_outbox (message_id, event_row, provider, event_type, status, payload, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (event_row) DO UPDATE SET payload = CASE WHEN kyc_outbox.payload = '' THEN EXCLUDED.payload ELSE kyc_outbox.payload END RETURNING id`,
      [plan.message.messageId, eventRow, plan.message.provider, plan.message.eventType, plan.message.status, values.text(plan.message.payload), at],
    ),
  );
  const messageRow = message.rows[0]?.id as string;
  if (plan.targets.length > 0) {
    await client.query(
      prepared(
        `INSERT INTO kyc_outbound_deliveries (message_row, endpoint, state, attempts, next_attempt_at, created_at, updated_at)
       SELECT $1, endpoint, 'pending', 0, $3, $3, $3 FROM unnest($2::text[]) AS endpoint
       ON CONFLICT (message_row, endpoint) DO UPDATE SET state = 'pending', attempts = 0, updated_at = EXCLUDED.updated_at,
         next_attempt_at = CASE WHEN kyc_outbound_deliveries.lease_token IS NULL THEN EXCLUDED.next_attempt_at ELSE kyc_outbound_deliveries.next_attempt_at END`,
        [messageRow, [...plan.targets], at],
      ),
    );
  }
  return messageRow;
}

export class PostgresOutbox implements OutboxStore {
  readonly #pool: pg.Pool;
  readonly #transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;
  readonly #values: StoredValues;

  constructor(pool: pg.Pool, transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>, values: StoredValues = new StoredValues()) {
    this.#pool = pool;
    this.#transaction = transaction;
    this.#values = values;
  }

  async claimDue(options: { readonly worker: string; readonly now: number; readonly leaseMs: number; readonly limit: number }): Promise<ClaimedDelivery[]> {
    const token = randomUUID();
    const now = new Date(options.now);
    const result = await this.#pool.query<{ id: string; endpoint: string; attempts: number; message_id: string; provider: string; status: string; event_type: string; payload: string; created_at: Date }>(
      `WITH due AS (
         SELECT id FROM kyc_outbound_deliveries WHERE state = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE kyc_outbound_deliveries d SET next_attempt_at = $3, lease_owner = $4, lease_token = $5, updated_at = $1
       FROM due, kyc_outbox m WHERE d.id = due.id AND m.id = d.message_row
       RETURNING d.id, d.endpoint, d.attempts, m.message_id, m.provider, m.status, m.event_type, m.payload, m.created_at`,
      [now, options.limit, new Date(options.now + options.leaseMs), options.worker, token],
    );
    return result.rows.map((row) => ({
      id: String(row.id),
      endpoint: row.endpoint,
      messageId: row.message_id,
      provider: row.provider,
      status: row.status,
      eventType: row.event_type,
      payload: this.#values.openText(row.payload),
      attempts: row.attempts,
      leaseToken: token,
      queuedAt: row.created_at.getTime(),
    }));
  }

  completeAttempt(claim: ClaimedDelivery, attempt: AttemptRecord, next: NextState): Promise<boolean> {
    return this.#transaction(async (client) => {
      await client.query(
        `INSERT INTO kyc_outbound_attempts (delivery_row, attempt, worker, started_at, duration_ms, ok, status_code, error)
         SELECT $1, COALESCE(MAX(attempt), 0) + 1, $2, $3, $4, $5, $6, $7 FROM kyc_outbound_attempts WHERE delivery_row = $1`,
        [claim.id, attempt.worker, new Date(attempt.startedAt), attempt.durationMs, attempt.ok, attempt.statusCode ?? null, shortError(attempt.error)],
      );
      const finishedAt = new Date(attempt.startedAt + Math.round(attempt.durationMs));
      const updated = await client.query(
        `UPDATE kyc_outbound_deliveries SET state = $1, attempts = attempts + 1, next_attempt_at = $2, last_status = $3, last_error = $4, updated_at = $5,
           delivered_at = CASE WHEN $1 = 'succeeded' THEN $5 ELSE delivered_at END, lease_owner = NULL, lease_token = NULL
         WHERE id = $6 AND lease_token = $7`,
        [next.state, next.state === "pending" ? new Date(next.nextAttemptAt) : null, attempt.statusCode ?? null, attempt.ok ? null : shortError(attempt.error), finishedAt, claim.id, claim.leaseToken],
      );
      return updated.rowCount === 1;
    });
  }

  async listDeliveries(query: DeliveryQuery): Promise<DeliveryPage> {
    const { sql, params, limit } = buildDeliveryListQuery(query, (index) => `$${index}`, (id) => id);
    return toPage((await this.#pool.query<RawDeliveryRow>(sql, params)).rows.map(fromRaw), limit);
  }

  async #delivery(client: Queryable, id: string): Promise<OutboundDelivery | undefined> {
    const row = (await client.query<RawDeliveryRow>(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.id = $1`, [id])).rows[0];
    return row ? toDelivery(fromRaw(row)) : undefined;
  }

  async getDelivery(id: string): Promise<{ readonly delivery: OutboundDelivery; readonly attempts: readonly OutboundAttempt[] } | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const delivery = await this.#delivery(this.#pool, id);
    if (!delivery) return undefined;
    const attempts = (
      await this.#pool.query<RawAttemptRow>("SELECT attempt, worker, started_at, duration_ms, ok, status_code, error FROM kyc_outbound_attempts WHERE delivery_row = $1 ORDER BY id", [id])
    ).rows.map((row) => toAttempt({ ...row, started_at: row.started_at.getTime() }));
    return { delivery, attempts };
  }

  async retryDelivery(id: string, now: number): Promise<RetryResult> {
    if (!/^\d{1,18}$/.test(id)) return { ok: false, reason: "not_found" };
    return this.#transaction(async (client): Promise<RetryResult> => {
      const row = (await client.query<{ state: string }>("SELECT state FROM kyc_outbound_deliveries WHERE id = $1 FOR UPDATE", [id])).rows[0];
      if (!row) return { ok: false, reason: "not_found" };
      if (row.state === "succeeded") return { ok: false, reason: "already_delivered" };
      await client.query(
        "UPDATE kyc_outbound_deliveries SET state = 'pending', attempts = 0, updated_at = $2, next_attempt_at = CASE WHEN lease_token IS NULL THEN $2 ELSE next_attempt_at END WHERE id = $1",
        [id, new Date(now)],
      );
      return { ok: true, delivery: (await this.#delivery(client, id)) as OutboundDelivery };
    });
  }

  redeliverEvent(idOrEventId: string, plan: (event: StoredEventForMessage) => OutboxPlan | undefined, now: number): Promise<RedeliverResult> {
    return this.#transaction(async (client): Promise<RedeliverResult> => {
      const byId = /^\d{1,18}$/.test(idOrEventId);
      const event = (
        await client.query<{ id: string; event_id: string; provider: string; received_at: Date; quarantined: boolean; normalized: string | null }>(
          `SELECT id, event_id, provider, received_at, quarantined, normalized FROM kyc_events WHERE ${byId ? "id" : "event_id"} = $1`,
          [idOrEventId],
        )
      ).rows[0];
      if (!event) return { ok: false, reason: "not_found" };
      if (event.quarantined || event.normalized === null) return { ok: false, reason: "quarantined" };
      const planned = plan({ id: String(event.id), eventId: event.event_id, provider: event.provider as ProviderName, receivedAt: event.received_at.getTime(), normalized: this.#values.openNormalized(event.normalized) });
      if (!planned || planned.targets.length === 0) return { ok: false, reason: "no_targets" };
      const messageRow = await enqueuePostgres(client, String(event.id), planned, now, this.#values);
      const rows = (await client.query<RawDeliveryRow>(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.message_row = $1 AND d.endpoint = ANY($2::text[]) ORDER BY d.id`, [messageRow, [...planned.targets]])).rows;
      return { ok: true, deliveries: rows.map(fromRaw).map(toDelivery) };
    });
  }

  async queueDepth(): Promise<QueueDepth> {
    const rows = (await this.#pool.query<{ state: string; count: string }>("SELECT state, COUNT(*) AS count FROM kyc_outbound_deliveries WHERE state IN ('pending', 'dead') GROUP BY state")).rows;
    return { pending: Number(rows.find((row) => row.state === "pending")?.count ?? 0), dead: Number(rows.find((row) => row.state === "dead")?.count ?? 0) };
  }
}
