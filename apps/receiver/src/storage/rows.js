import { StoredValues } from "../privacy/stored-values.js";
import { decodeCursor, defaultPageSize, maxPageSize } from "./types.js";
/** The columns GET /events needs (no bodies). */
export const summaryColumns = "id, event_id, provider, kind, received_at, last_received_at, delivery_count, quarantined, issue_count, status, type, reference, merchant_reference, occurred_at, personal_data_removed_at, personal_data_removed_by";
export const detailColumns = `${summaryColumns}, request_id, source_ip, content_type, headers, raw_body, body_sha256, issues, decoded, normalized, verification_reference, quarantined_reference`;
export function toStoredEvent(row) {
    return {
        id: String(row.id),
        eventId: row.event_id,
        provider: row.provider,
        kind: row.kind,
        receivedAt: row.received_at,
        lastReceivedAt: row.last_received_at,
        deliveryCount: row.delivery_count,
        quarantined: row.quarantined,
        // The issues column holds a quarantined body's issues or a stored event's warnings.
        issueCount: row.quarantined ? row.issue_count : 0,
        warningCount: row.quarantined ? 0 : row.issue_count,
        status: row.status,
        type: row.type,
        reference: row.reference,
        merchantReference: row.merchant_reference,
        occurredAt: row.occurred_at,
        personalDataRemoved: row.personal_data_removed_at === null || row.personal_data_removed_at === undefined
            ? null
            : { at: toMs(row.personal_data_removed_at), reason: (row.personal_data_removed_by ?? "request") },
    };
}
function toMs(value) {
    return value instanceof Date ? value.getTime() : Number(value);
}
const plainValues = new StoredValues();
/** A stored event with its bodies and deliveries; personal values are opened (decrypted) with the store's keys. */
export function toStoredEventDetail(row, deliveries, values = plainValues, tombstone = null) {
    const findings = JSON.parse(row.issues);
    return {
        ...toStoredEvent(row),
        requestId: row.request_id,
        sourceIp: row.source_ip,
        contentType: row.content_type,
        headers: JSON.parse(row.headers),
        body: values.openBody(row.raw_body),
        bodySha256: row.body_sha256,
        issues: row.quarantined ? findings : [],
        warnings: row.quarantined ? [] : findings,
        decoded: row.decoded === null ? null : JSON.parse(values.openText(row.decoded)),
        normalized: row.normalized === null ? null : values.openNormalized(row.normalized),
        deliveries: deliveries.map((delivery) => ({
            requestId: delivery.request_id,
            receivedAt: delivery.received_at,
            sourceIp: delivery.source_ip,
            bodySha256: delivery.body_sha256,
            duplicate: delivery.duplicate,
        })),
        tombstone,
    };
}
/**
 * The WHERE clause and parameters of a list query, newest first. `param(n)` renders the n-th (1-based)
 * placeholder (`?` for SQLite, `$n` for PostgreSQL); `time(ms)` and `bool(b)` convert values for the backend.
 */
export function buildListQuery(query, dialect) {
    const where = [];
    const params = [];
    const add = (value) => {
        params.push(value);
        return dialect.param(params.length);
    };
    const anyOf = (column, values) => {
        if (!values || values.length === 0)
            return;
        where.push(`${column} IN (${values.map((value) => add(value)).join(", ")})`);
    };
    anyOf("provider", query.provider);
    anyOf("status", query.status);
    anyOf("type", query.type);
    if (query.kind !== undefined)
        where.push(`kind = ${add(query.kind)}`);
    if (query.reference !== undefined)
        where.push(`reference = ${add(query.reference)}`);
    if (query.merchantReference !== undefined)
        where.push(`merchant_reference = ${add(query.merchantReference)}`);
    if (query.eventId !== undefined)
        where.push(`event_id = ${add(query.eventId)}`);
    if (query.from !== undefined)
        where.push(`received_at >= ${add(dialect.time(query.from))}`);
    if (query.to !== undefined)
        where.push(`received_at < ${add(dialect.time(query.to))}`);
    if (query.quarantined !== undefined)
        where.push(`quarantined = ${add(dialect.bool(query.quarantined))}`);
    if (query.cursor !== undefined) {
        const before = decodeCursor(query.cursor);
        if (before === undefined)
            throw new RangeError("invalid cursor");
        where.push(`id < ${add(before)}`);
    }
    const limit = Math.min(Math.max(query.limit ?? defaultPageSize, 1), maxPageSize);
    const sql = `SELECT ${summaryColumns} FROM kyc_events${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ${add(limit + 1)}`;
    return { sql, params, limit };
}
//# sourceMappingURL=rows.js.map