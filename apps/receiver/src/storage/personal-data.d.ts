import type { ProviderName } from "@kyc-webhooks/normalized";
import type { Tombstone } from "@kyc-webhooks/receiver-api";
import type { StoredValues } from "../privacy/stored-values.js";
import type { StoredTombstone } from "./records.js";
import type { PurgeResult, RekeyResult } from "./types.js";
/** An event row a removal reads: its id and stored normalized event. */
export interface HeldEventRow {
    readonly id: unknown;
    readonly normalized: string | null;
}
/**
 * The held events of a provider + reference: its verification's events, events that name it as their reference
 * without belonging to a verification, and quarantined bodies whose best-effort reference it is. Parameters:
 * provider, then the reference three times.
 */
export declare const heldEventsOfVerificationSql = "SELECT id, normalized FROM kyc_events WHERE provider = ? AND (verification_reference = ? OR reference = ? OR quarantined_reference = ?) AND personal_data_removed_at IS NULL ORDER BY id";
/** The tombstone of a provider + reference, if it was purged. */
export declare const tombstoneOfSql = "SELECT requested_by, reason, requested_at, last_purged_at FROM kyc_purges WHERE provider = ? AND reference = ?";
/** A kyc_purges row as a backend returns it (times as epoch ms or Date). */
export interface TombstoneRow {
    readonly requested_by: string;
    readonly reason: string;
    readonly requested_at: unknown;
    readonly last_purged_at: unknown;
}
/** A tombstone row as the stores return it. */
export declare function toStoredTombstone(row: TombstoneRow): StoredTombstone;
/** A tombstone as the HTTP API shows it (ISO 8601 times). */
export declare function toTombstone(tombstone: StoredTombstone): Tombstone;
/** The reference an event's tombstone is filed under: its verification's, else its own, else a quarantined body's best effort. */
export declare function tombstoneReferenceOf(row: {
    readonly verification_reference: string | null;
    readonly reference: string | null;
    readonly quarantined_reference: string | null;
}): string | null;
export declare const heldEventsBeforeSql = "SELECT id, normalized FROM kyc_events WHERE received_at < ? AND personal_data_removed_at IS NULL ORDER BY id LIMIT 200";
export declare const removeEventSql = "UPDATE kyc_events SET raw_body = ?, decoded = NULL, normalized = ?, personal_data_removed_at = ?, personal_data_removed_by = ? WHERE id = ?";
export declare const removeDeliveryBodiesSql = "UPDATE kyc_deliveries SET raw_body = NULL WHERE event_row = ? AND raw_body IS NOT NULL";
export declare const removeOutboxPayloadSql = "UPDATE kyc_outbox SET payload = '' WHERE event_row = ?";
export declare const cancelPendingSql = "UPDATE kyc_outbound_deliveries SET state = 'dead', last_error = 'personal data removed before delivery', lease_owner = NULL,\n    lease_token = NULL, updated_at = ? WHERE state = 'pending' AND message_row IN (SELECT id FROM kyc_outbox WHERE event_row = ?)";
export declare const tombstoneSql = "INSERT INTO kyc_purges (provider, reference, requested_by, reason, requested_at, last_purged_at, purge_count) VALUES (?, ?, ?, ?, ?, ?, 1)\n  ON CONFLICT (provider, reference) DO UPDATE SET last_purged_at = excluded.last_purged_at, purge_count = kyc_purges.purge_count + 1\n  RETURNING requested_by, reason, requested_at, last_purged_at";
/** The parameters of {@link removeEventSql} for one row. */
export declare function removeEventParams(row: HeldEventRow, at: unknown, by: "retention" | "request" | "provider"): unknown[];
export declare function toPurgeResult(provider: ProviderName, reference: string, counts: {
    readonly events: number;
    readonly cancelled: number;
}, tombstone: TombstoneRow): PurgeResult;
type ColumnKind = "body" | "text" | "normalized";
/** The sealed columns, per table, that `rekey` walks (in id order, a batch per transaction). */
export declare const sealedColumns: readonly {
    readonly table: string;
    readonly columns: readonly (readonly [string, ColumnKind])[];
}[];
export declare const rekeyBatch = 200;
export declare function rekeySelectSql(table: string, columns: readonly (readonly [string, ColumnKind])[], lock?: string): string;
/** For one row: the UPDATE that re-seals what needs it, or undefined. Counts the values it re-seals. */
export declare function rekeyRow(values: StoredValues, table: string, columns: readonly (readonly [string, ColumnKind])[], row: Readonly<Record<string, unknown>>): {
    readonly sql: string;
    readonly params: unknown[];
} | undefined;
export declare function requireKey(values: StoredValues): string;
export declare class RekeyUnavailableError extends Error {
    readonly name = "RekeyUnavailableError";
}
export type { RekeyResult };
//# sourceMappingURL=personal-data.d.ts.map