import type { EventFilter, StoredEvent, StoredEventDetail, StoredTombstone } from "./records.js";
import { StoredValues } from "../privacy/stored-values.js";
/** A kyc_events row with backend types already converted (times as epoch ms, booleans as booleans). */
export interface EventRow {
    readonly id: string;
    readonly event_id: string;
    readonly provider: string;
    readonly kind: string | null;
    readonly received_at: number;
    readonly last_received_at: number;
    readonly delivery_count: number;
    readonly quarantined: boolean;
    readonly issue_count: number;
    readonly status: string | null;
    readonly type: string | null;
    readonly reference: string | null;
    readonly merchant_reference: string | null;
    readonly occurred_at: string | null;
    /** Epoch ms (SQLite) or a Date (PostgreSQL); null while the personal values are held. */
    readonly personal_data_removed_at: unknown;
    readonly personal_data_removed_by: string | null;
}
export interface EventDetailRow extends EventRow {
    readonly verification_reference: string | null;
    readonly quarantined_reference: string | null;
    readonly request_id: string;
    readonly source_ip: string | null;
    readonly content_type: string | null;
    readonly headers: string;
    readonly raw_body: Uint8Array;
    readonly body_sha256: string;
    readonly issues: string;
    readonly decoded: string | null;
    readonly normalized: string | null;
}
export interface DeliveryRow {
    readonly request_id: string;
    readonly received_at: number;
    readonly source_ip: string | null;
    readonly body_sha256: string;
    readonly duplicate: boolean;
}
/** The columns GET /events needs (no bodies). */
export declare const summaryColumns = "id, event_id, provider, kind, received_at, last_received_at, delivery_count, quarantined, issue_count, status, type, reference, merchant_reference, occurred_at, personal_data_removed_at, personal_data_removed_by";
export declare const detailColumns = "id, event_id, provider, kind, received_at, last_received_at, delivery_count, quarantined, issue_count, status, type, reference, merchant_reference, occurred_at, personal_data_removed_at, personal_data_removed_by, request_id, source_ip, content_type, headers, raw_body, body_sha256, issues, decoded, normalized, verification_reference, quarantined_reference";
export declare function toStoredEvent(row: EventRow): StoredEvent;
/** A stored event with its bodies and deliveries; personal values are opened (decrypted) with the store's keys. */
export declare function toStoredEventDetail(row: EventDetailRow, deliveries: readonly DeliveryRow[], values?: StoredValues, tombstone?: StoredTombstone | null): StoredEventDetail;
/**
 * The WHERE clause and parameters of a list query, newest first. `param(n)` renders the n-th (1-based)
 * placeholder (`?` for SQLite, `$n` for PostgreSQL); `time(ms)` and `bool(b)` convert values for the backend.
 */
export declare function buildListQuery(query: EventFilter, dialect: {
    readonly param: (index: number) => string;
    readonly time: (ms: number) => unknown;
    readonly bool: (value: boolean) => unknown;
}): {
    sql: string;
    params: unknown[];
    limit: number;
};
//# sourceMappingURL=rows.d.ts.map