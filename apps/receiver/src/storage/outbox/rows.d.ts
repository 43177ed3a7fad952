import type { DeliveryPage, DeliveryQuery, OutboundAttempt, OutboundDelivery } from "../../fanout/store.js";
export interface DeliveryRowValues {
    readonly id: string;
    readonly message_id: string;
    readonly event_row: string;
    readonly event_id: string;
    readonly endpoint: string;
    readonly state: string;
    readonly attempts: number;
    readonly next_attempt_at: number | null;
    readonly last_status: number | null;
    readonly last_error: string | null;
    readonly created_at: number;
    readonly updated_at: number;
    readonly delivered_at: number | null;
}
export interface AttemptRowValues {
    readonly attempt: number;
    readonly worker: string;
    readonly started_at: number;
    readonly duration_ms: number;
    readonly ok: boolean;
    readonly status_code: number | null;
    readonly error: string | null;
}
/** Delivery columns, joined with its message (`m`) and event (`e`). */
export declare const deliveryColumns = "d.id, m.message_id, m.event_row, e.event_id, d.endpoint, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at, d.updated_at, d.delivered_at";
export declare const deliveryFrom = "kyc_outbound_deliveries d JOIN kyc_outbox m ON m.id = d.message_row JOIN kyc_events e ON e.id = m.event_row";
export declare function toDelivery(row: DeliveryRowValues): OutboundDelivery;
export declare function toAttempt(row: AttemptRowValues): OutboundAttempt;
/** GET /deliveries as SQL, newest first; `param(n)` renders the n-th placeholder. Throws RangeError for a bad cursor. */
export declare function buildDeliveryListQuery(query: DeliveryQuery, param: (index: number) => string, byRowId: (id: string) => unknown): {
    sql: string;
    params: unknown[];
    limit: number;
};
export declare function toPage(rows: readonly DeliveryRowValues[], limit: number): DeliveryPage;
/** A last error is kept short: it is shown in GET /deliveries and must never carry a payload. */
export declare function shortError(error: string | undefined): string | null;
//# sourceMappingURL=rows.d.ts.map