import type { ProviderName, VerificationOutcome, VerificationState } from "@kyc-webhooks/normalized";
import type { DeliveryInput } from "./types.js";
import type { StoredTombstone, StoredVerification, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { StoredValues } from "../privacy/stored-values.js";
/** How a backend writes times and booleans. */
export interface Dialect {
    readonly time: (ms: number) => unknown;
    readonly bool: (value: boolean) => unknown;
}
/** `?` placeholders as `$1`, `$2`, … (PostgreSQL). */
export declare function numbered(sql: string): string;
/** A stored event as the identity decision reads it. */
export interface StoredEventRow {
    readonly event_id: string;
    readonly content_key: string | null;
    readonly received_at: unknown;
}
export declare const latestEventSql = "SELECT event_id, content_key, received_at FROM kyc_events WHERE provider = ? AND verification_reference = ? ORDER BY id DESC LIMIT 1";
export declare const eventByKeySql = "SELECT event_id, content_key, received_at FROM kyc_events WHERE event_id = ?";
export declare const countByContentKeySql = "SELECT COUNT(*) AS n FROM kyc_events WHERE content_key = ?";
export declare const verificationColumns = "id, provider, reference, status, provider_status, final, needs_refresh, event_row, event_id, event_kind, event_occurred_at, order_instant, order_tiebreak, set_at, updated_at, event_count, conflict_count";
export declare const verificationSql = "SELECT id, provider, reference, status, provider_status, final, needs_refresh, event_row, event_id, event_kind, event_occurred_at, order_instant, order_tiebreak, set_at, updated_at, event_count, conflict_count FROM kyc_verifications WHERE provider = ? AND reference = ?";
export declare const historySql = "SELECT id, event_id, kind, status, provider_status, occurred_at, received_at, delivery_count, outcome FROM kyc_events WHERE provider = ? AND verification_reference = ? ORDER BY id";
export declare const upsertVerificationSql = "INSERT INTO kyc_verifications (provider, reference, status, provider_status, final, needs_refresh, event_row, event_id, event_kind,\n    event_occurred_at, order_instant, order_tiebreak, set_at, updated_at, event_count, conflict_count)\n  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\n  ON CONFLICT (provider, reference) DO UPDATE SET status = excluded.status, provider_status = excluded.provider_status, final = excluded.final,\n    needs_refresh = excluded.needs_refresh, event_row = excluded.event_row, event_id = excluded.event_id, event_kind = excluded.event_kind,\n    event_occurred_at = excluded.event_occurred_at, order_instant = excluded.order_instant, order_tiebreak = excluded.order_tiebreak,\n    set_at = excluded.set_at, updated_at = excluded.updated_at, event_count = excluded.event_count, conflict_count = excluded.conflict_count";
/** Stores a new event (`RETURNING id`; nothing when its event_id is stored already). */
export declare const insertEventSql = "INSERT INTO kyc_events (event_id, content_key, provider, kind, received_at, last_received_at, delivery_count, request_id, source_ip,\n    content_type, headers, raw_body, body_sha256, quarantined, issue_count, issues, decoded, normalized, status, type, reference, merchant_reference,\n    occurred_at, verification_reference, provider_status, outcome, quarantined_reference)\n  VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\n  ON CONFLICT (event_id) DO NOTHING RETURNING id";
/** The parameters of {@link insertEventSql}: the delivery stored as the event `eventId`, with what it did to its verification. */
export declare function insertEventParams(input: DeliveryInput, eventId: string, verification: NewEventVerification | undefined, dialect: Dialect, values?: StoredValues): unknown[];
/** A quarantined delivery's best-effort reference as stored (indexable, never empty), or null. */
export declare function quarantinedReferenceOf(input: Pick<DeliveryInput, "quarantined" | "quarantinedReference">): string | null;
/** A kyc_verifications row as a backend returns it (times and booleans in the backend's types). */
export type RawVerificationRow = Readonly<Record<string, unknown>>;
/** The verification a delivery belongs to, if it names one (a valid, normalized event with a reference). */
export declare function verificationTarget(input: DeliveryInput): {
    readonly provider: ProviderName;
    readonly reference: string;
} | undefined;
export interface DeliveryLookups {
    readonly latest: StoredEventRow | undefined;
    readonly sameKey: StoredEventRow | undefined;
    readonly sameKeyCount: number;
    readonly current: RawVerificationRow | undefined;
}
export interface NewEventVerification {
    readonly reference: string;
    readonly providerStatus: string | null;
    readonly outcome: VerificationOutcome;
    readonly state: VerificationState;
    /** Whether this event set the state (its row becomes the verification's event_row). */
    readonly setsState: boolean;
    /** The current event_row, kept when this event does not set the state. */
    readonly currentEventRow: string | undefined;
}
export type DeliveryPlan = {
    readonly redelivery: true;
    readonly eventId: string;
} | {
    readonly redelivery: false;
    readonly eventId: string;
    readonly verification?: NewEventVerification;
};
/** Redelivery or new event (and its id), and for a new event of a verification, what it does to it. */
export declare function planDelivery(input: DeliveryInput, lookups: DeliveryLookups): DeliveryPlan;
/** The parameters of {@link upsertVerificationSql}. */
export declare function upsertVerificationParams(verification: NewEventVerification, eventRow: string, dialect: Dialect): unknown[];
export declare function stateFromRow(row: RawVerificationRow): VerificationState;
export declare function toStoredVerification(row: RawVerificationRow): StoredVerification;
export declare function toStoredVerificationDetail(row: RawVerificationRow, history: readonly RawVerificationRow[], tombstone?: StoredTombstone | null): StoredVerificationDetail;
/** GET /verifications as SQL, most recently updated first, one row more than the page to tell if another page follows. */
export declare function buildVerificationListQuery(query: VerificationFilter, dialect: Dialect): {
    sql: string;
    params: unknown[];
    limit: number;
};
/** A page of rows (one more than the page, as queried), with the cursor of the next page. */
export declare function toVerificationPage(rows: readonly RawVerificationRow[], limit: number): VerificationPage;
//# sourceMappingURL=verifications.d.ts.map