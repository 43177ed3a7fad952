import { decodeCursor, defaultPageSize, encodeCursor, maxPageSize } from "../types.js";
/** Delivery columns, joined with its message (`m`) and event (`e`). */
export const deliveryColumns = "d.id, m.message_id, m.event_row, e.event_id, d.endpoint, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.updated_at, d.delivered_at";
export const deliveryFrom = "kyc_outbound_deliveries d JOIN kyc_outbox m ON m.id = d.message_row JOIN kyc_events e ON e.id = m.event_row";
export function toDelivery(row) {
    return {
        id: String(row.id),
        messageId: row.message_id,
        eventRow: String(row.event_row),
        eventId: row.event_id,
        endpoint: row.endpoint,
        state: row.state,
        attempts: row.attempts,
        nextAttemptAt: row.state === "pending" ? row.next_attempt_at : null,
        lastStatusCode: row.last_status,
        lastError: row.last_error,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        deliveredAt: row.delivered_at,
    };
}
export function toAttempt(row) {
    return { attempt: row.attempt, worker: row.worker, startedAt: row.started_at, durationMs: row.duration_ms, ok: row.ok, statusCode: row.status_code, error: row.error };
}
/** GET /deliveries as SQL, newest first; `param(n)` renders the n-th placeholder. Throws RangeError for a bad cursor. */
export function buildDeliveryListQuery(query, param, byRowId) {
    const where = [];
    const params = [];
    const add = (value) => {
        params.push(value);
        return param(params.length);
    };
    if (query.endpoint?.length)
        where.push(`d.endpoint IN (${query.endpoint.map(add).join(", ")})`);
    if (query.state?.length)
        where.push(`d.state IN (${query.state.map(add).join(", ")})`);
    if (query.event !== undefined) {
        where.push(/^\d{1,18}$/.test(query.event) ? `m.event_row = ${add(byRowId(query.event))}` : `e.event_id = ${add(query.event)}`);
    }
    if (query.cursor !== undefined) {
        const before = decodeCursor(query.cursor);
        if (before === undefined)
            throw new RangeError("invalid cursor");
        where.push(`d.id < ${add(byRowId(before))}`);
    }
    const limit = Math.min(Math.max(query.limit ?? defaultPageSize, 1), maxPageSize);
    const sql = `SELECT ${deliveryColumns} FROM ${deliveryFrom}${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY d.id DESC LIMIT ${add(limit + 1)}`;
    return { sql, params, limit };
}
export function toPage(rows, limit) {
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { deliveries: page.map(toDelivery), nextCursor: rows.length > limit && last ? encodeCursor(String(last.id)) : null };
}
/** A last error is kept short: it is shown in GET /deliveries and must never carry a payload. */
export function shortError(error) {
    return error === undefined ? null : error.slice(0, 500);
}
//# sourceMappingURL=rows.js.map