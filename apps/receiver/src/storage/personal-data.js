import { decisionOnly } from "../privacy/stored-values.js";
/**
 * The held events of a provider + reference: its verification's events, events that name it as their reference
 * without belonging to a verification, and quarantined bodies whose best-effort reference it is. Parameters:
 * provider, then the reference three times.
 */
export const heldEventsOfVerificationSql = "SELECT id, normalized FROM kyc_events WHERE provider = ? AND (verification_reference = ? OR reference = ? OR quarantined_reference = ?) AND personal_data_removed_at IS NULL ORDER BY id";
/** The tombstone of a provider + reference, if it was purged. */
export const tombstoneOfSql = "SELECT requested_by, reason, requested_at, last_purged_at FROM kyc_purges WHERE provider = ? AND reference = ?";
function toMs(value) {
    return value instanceof Date ? value.getTime() : Number(value);
}
/** A tombstone row as the stores return it. */
export function toStoredTombstone(row) {
    return { requestedBy: row.requested_by, reason: row.reason, requestedAt: toMs(row.requested_at), lastPurgedAt: toMs(row.last_purged_at) };
}
/** A tombstone as the HTTP API shows it (ISO 8601 times). */
export function toTombstone(tombstone) {
    const iso = (ms) => new Date(ms).toISOString();
    return { requestedBy: tombstone.requestedBy, reason: tombstone.reason, requestedAt: iso(tombstone.requestedAt), lastPurgedAt: iso(tombstone.lastPurgedAt) };
}
/** The reference an event's tombstone is filed under: its verification's, else its own, else a quarantined body's best effort. */
export function tombstoneReferenceOf(row) {
    return row.verification_reference ?? row.reference ?? row.quarantined_reference;
}
export const heldEventsBeforeSql = "SELECT id, normalized FROM kyc_events WHERE received_at < ? AND personal_data_removed_at IS NULL ORDER BY id LIMIT 200";
export const removeEventSql = "UPDATE kyc_events SET raw_body = ?, decoded = NULL, normalized = ?, personal_data_removed_at = ?, personal_data_removed_by = ? WHERE id = ?";
export const removeDeliveryBodiesSql = "UPDATE kyc_deliveries SET raw_body = NULL WHERE event_row = ? AND raw_body IS NOT NULL";
export const removeOutboxPayloadSql = "UPDATE kyc_outbox SET payload = '' WHERE event_row = ?";
export const cancelPendingSql = `UPDATE kyc_outbound_deliveries SET state = 'dead', last_error = 'personal data removed before delivery', lease_owner = NULL,
    lease_token = NULL, updated_at = ? WHERE state = 'pending' AND message_row IN (SELECT id FROM kyc_outbox WHERE event_row = ?)`;
export const tombstoneSql = `INSERT INTO kyc_purges (provider, reference, requested_by, reason, requested_at, last_purged_at, purge_count) VALUES (?, ?, ?, ?, ?, ?, 1)
  ON CONFLICT (provider, reference) DO UPDATE SET last_purged_at = excluded.last_purged_at, purge_count = kyc_purges.purge_count + 1
  RETURNING requested_by, reason, requested_at, last_purged_at`;
/** The parameters of {@link removeEventSql} for one row. */
export function removeEventParams(row, at, by) {
    return [Buffer.alloc(0), decisionOnly(row.normalized), at, by, row.id];
}
export function toPurgeResult(provider, reference, counts, tombstone) {
    return { provider, reference, purgedEvents: counts.events, cancelledDeliveries: counts.cancelled, tombstone: toTombstone(toStoredTombstone(tombstone)) };
}
/** The sealed columns, per table, that `rekey` walks (in id order, a batch per transaction). */
export const sealedColumns = [
    { table: "kyc_events", columns: [["raw_body", "body"], ["decoded", "text"], ["normalized", "normalized"]] },
    { table: "kyc_deliveries", columns: [["raw_body", "body"]] },
    { table: "kyc_outbox", columns: [["payload", "text"]] },
];
export const rekeyBatch = 200;
export function rekeySelectSql(table, columns, lock = "") {
    return `SELECT id, ${columns.map(([name]) => name).join(", ")} FROM ${table} WHERE id > ? ORDER BY id LIMIT ${rekeyBatch}${lock}`;
}
/** For one row: the UPDATE that re-seals what needs it, or undefined. Counts the values it re-seals. */
export function rekeyRow(values, table, columns, row) {
    const sets = [];
    const params = [];
    for (const [name, kind] of columns) {
        const stored = row[name];
        const next = kind === "body" ? values.resealBody(stored) : kind === "text" ? values.resealText(stored) : stored === null ? undefined : values.resealNormalized(stored);
        if (next === undefined)
            continue;
        sets.push(`${name} = ?`);
        params.push(next);
    }
    if (sets.length === 0)
        return undefined;
    return { sql: `UPDATE ${table} SET ${sets.join(", ")} WHERE id = ?`, params: [...params, row.id] };
}
export function requireKey(values) {
    const id = values.cipher.writeKeyId;
    if (id === undefined)
        throw new RekeyUnavailableError("Rekey needs KYC_ENCRYPTION_KEYS: there is no key to seal with");
    return id;
}
export class RekeyUnavailableError extends Error {
    name = "RekeyUnavailableError";
}
//# sourceMappingURL=personal-data.js.map