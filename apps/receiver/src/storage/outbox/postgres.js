import { randomUUID } from "node:crypto";
import { buildDeliveryListQuery, deliveryColumns, deliveryFrom, shortError, toAttempt, toDelivery, toPage } from "./rows.js";
import { StoredValues } from "../../privacy/stored-values.js";
const ms = (time) => (time === null ? null : time.getTime());
const fromRaw = (row) => ({
    ...row,
    id: String(row.id),
    event_row: String(row.event_row),
    next_attempt_at: ms(row.next_attempt_at),
    created_at: row.created_at.getTime(),
    updated_at: row.updated_at.getTime(),
    delivered_at: ms(row.delivered_at),
});
/** Queues a message and its deliveries; runs inside the caller's transaction (the one storing the event). */
export async function enqueuePostgres(client, eventRow, plan, now, values = new StoredValues()) {
    const at = new Date(now);
    const message = await client.query(`INSERT INTO kyc_outbox (message_id, event_row, provider, event_type, status, payload, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (event_row) DO UPDATE SET payload = CASE WHEN kyc_outbox.payload = '' THEN EXCLUDED.payload ELSE kyc_outbox.payload END RETURNING id`, [plan.message.messageId, eventRow, plan.message.provider, plan.message.eventType, plan.message.status, values.text(plan.message.payload), at]);
    const messageRow = message.rows[0]?.id;
    if (plan.targets.length > 0) {
        await client.query(`INSERT INTO kyc_outbound_deliveries (message_row, endpoint, state, attempts, next_attempt_at, created_at, updated_at)
       SELECT $1, endpoint, 'pending', 0, $3, $3, $3 FROM unnest($2::text[]) AS endpoint
       ON CONFLICT (message_row, endpoint) DO UPDATE SET state = 'pending', attempts = 0, updated_at = EXCLUDED.updated_at,
         next_attempt_at = CASE WHEN kyc_outbound_deliveries.lease_token IS NULL THEN EXCLUDED.next_attempt_at ELSE kyc_outbound_deliveries.next_attempt_at END`, [messageRow, [...plan.targets], at]);
    }
    return messageRow;
}
export class PostgresOutbox {
    #pool;
    #transaction;
    #values;
    constructor(pool, transaction, values = new StoredValues()) {
        this.#pool = pool;
        this.#transaction = transaction;
        this.#values = values;
    }
    async claimDue(options) {
        const token = randomUUID();
        const now = new Date(options.now);
        const result = await this.#pool.query(`WITH due AS (
         SELECT id FROM kyc_outbound_deliveries WHERE state = 'pending' AND next_attempt_at <= $1
         ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       )
       UPDATE kyc_outbound_deliveries d SET next_attempt_at = $3, lease_owner = $4, lease_token = $5, updated_at = $1
       FROM due, kyc_outbox m WHERE d.id = due.id AND m.id = d.message_row
       RETURNING d.id, d.endpoint, d.attempts, m.message_id, m.provider, m.status, m.event_type, m.payload, m.created_at`, [now, options.limit, new Date(options.now + options.leaseMs), options.worker, token]);
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
    completeAttempt(claim, attempt, next) {
        return this.#transaction(async (client) => {
            await client.query(`INSERT INTO kyc_outbound_attempts (delivery_row, attempt, worker, started_at, duration_ms, ok, status_code, error)
         SELECT $1, COALESCE(MAX(attempt), 0) + 1, $2, $3, $4, $5, $6, $7 FROM kyc_outbound_attempts WHERE delivery_row = $1`, [claim.id, attempt.worker, new Date(attempt.startedAt), attempt.durationMs, attempt.ok, attempt.statusCode ?? null, shortError(attempt.error)]);
            const finishedAt = new Date(attempt.startedAt + Math.round(attempt.durationMs));
            const updated = await client.query(`UPDATE kyc_outbound_deliveries SET state = $1, attempts = attempts + 1, next_attempt_at = $2, last_status = $3, last_error = $4, updated_at = $5,
           delivered_at = CASE WHEN $1 = 'succeeded' THEN $5 ELSE delivered_at END, lease_owner = NULL, lease_token = NULL
         WHERE id = $6 AND lease_token = $7`, [next.state, next.state === "pending" ? new Date(next.nextAttemptAt) : null, attempt.statusCode ?? null, attempt.ok ? null : shortError(attempt.error), finishedAt, claim.id, claim.leaseToken]);
            return updated.rowCount === 1;
        });
    }
    async listDeliveries(query) {
        const { sql, params, limit } = buildDeliveryListQuery(query, (index) => `$${index}`, (id) => id);
        return toPage((await this.#pool.query(sql, params)).rows.map(fromRaw), limit);
    }
    async #delivery(client, id) {
        const row = (await client.query(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.id = $1`, [id])).rows[0];
        return row ? toDelivery(fromRaw(row)) : undefined;
    }
    async getDelivery(id) {
        if (!/^\d{1,18}$/.test(id))
            return undefined;
        const delivery = await this.#delivery(this.#pool, id);
        if (!delivery)
            return undefined;
        const attempts = (await this.#pool.query("SELECT attempt, worker, started_at, duration_ms, ok, status_code, error FROM kyc_outbound_attempts WHERE delivery_row = $1 ORDER BY id", [id])).rows.map((row) => toAttempt({ ...row, started_at: row.started_at.getTime() }));
        return { delivery, attempts };
    }
    async retryDelivery(id, now) {
        if (!/^\d{1,18}$/.test(id))
            return { ok: false, reason: "not_found" };
        return this.#transaction(async (client) => {
            const row = (await client.query("SELECT state FROM kyc_outbound_deliveries WHERE id = $1 FOR UPDATE", [id])).rows[0];
            if (!row)
                return { ok: false, reason: "not_found" };
            if (row.state === "succeeded")
                return { ok: false, reason: "already_delivered" };
            await client.query("UPDATE kyc_outbound_deliveries SET state = 'pending', attempts = 0, updated_at = $2, next_attempt_at = CASE WHEN lease_token IS NULL THEN $2 ELSE next_attempt_at END WHERE id = $1", [id, new Date(now)]);
            return { ok: true, delivery: (await this.#delivery(client, id)) };
        });
    }
    redeliverEvent(idOrEventId, plan, now) {
        return this.#transaction(async (client) => {
            const byId = /^\d{1,18}$/.test(idOrEventId);
            const event = (await client.query(`SELECT id, event_id, provider, received_at, quarantined, normalized FROM kyc_events WHERE ${byId ? "id" : "event_id"} = $1`, [idOrEventId])).rows[0];
            if (!event)
                return { ok: false, reason: "not_found" };
            if (event.quarantined || event.normalized === null)
                return { ok: false, reason: "quarantined" };
            const planned = plan({ id: String(event.id), eventId: event.event_id, provider: event.provider, receivedAt: event.received_at.getTime(), normalized: this.#values.openNormalized(event.normalized) });
            if (!planned || planned.targets.length === 0)
                return { ok: false, reason: "no_targets" };
            const messageRow = await enqueuePostgres(client, String(event.id), planned, now, this.#values);
            const rows = (await client.query(`SELECT ${deliveryColumns} FROM ${deliveryFrom} WHERE d.message_row = $1 AND d.endpoint = ANY($2::text[]) ORDER BY d.id`, [messageRow, [...planned.targets]])).rows;
            return { ok: true, deliveries: rows.map(fromRaw).map(toDelivery) };
        });
    }
    async queueDepth() {
        const rows = (await this.#pool.query("SELECT state, COUNT(*) AS count FROM kyc_outbound_deliveries WHERE state IN ('pending', 'dead') GROUP BY state")).rows;
        return { pending: Number(rows.find((row) => row.state === "pending")?.count ?? 0), dead: Number(rows.find((row) => row.state === "dead")?.count ?? 0) };
    }
}
//# sourceMappingURL=postgres.js.map