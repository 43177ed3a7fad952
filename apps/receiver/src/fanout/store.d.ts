import type { NormalizedEvent, ProviderName } from "@kyc-webhooks/normalized";
import type { OutboundMessage } from "./message.js";
export type DeliveryState = "pending" | "succeeded" | "dead";
export declare const deliveryStates: readonly DeliveryState[];
/** A due delivery, claimed by one worker until `leaseUntil`. */
export interface ClaimedDelivery {
    readonly id: string;
    readonly endpoint: string;
    readonly messageId: string;
    readonly provider: string;
    readonly status: string;
    readonly eventType: string;
    readonly payload: string;
    /** Attempts made so far in this round (a manual retry starts a new round). */
    readonly attempts: number;
    readonly leaseToken: string;
    /** When the message was queued (for the end-to-end latency metric). */
    readonly queuedAt: number;
}
export interface AttemptRecord {
    readonly worker: string;
    readonly startedAt: number;
    readonly durationMs: number;
    readonly ok: boolean;
    readonly statusCode?: number;
    readonly error?: string;
}
export type NextState = {
    readonly state: "succeeded";
} | {
    readonly state: "pending";
    readonly nextAttemptAt: number;
} | {
    readonly state: "dead";
};
export interface OutboundDelivery {
    readonly id: string;
    readonly messageId: string;
    /** The receiver's id of the event, and its eventId. */
    readonly eventRow: string;
    readonly eventId: string;
    readonly endpoint: string;
    readonly state: DeliveryState;
    readonly attempts: number;
    readonly nextAttemptAt: number | null;
    readonly lastStatusCode: number | null;
    readonly lastError: string | null;
    readonly createdAt: number;
    readonly updatedAt: number;
    readonly deliveredAt: number | null;
}
export interface OutboundAttempt {
    readonly attempt: number;
    readonly worker: string;
    readonly startedAt: number;
    readonly durationMs: number;
    readonly ok: boolean;
    readonly statusCode: number | null;
    readonly error: string | null;
}
export interface DeliveryQuery {
    readonly endpoint?: readonly string[];
    readonly state?: readonly DeliveryState[];
    /** The receiver's id of an event, or its eventId. */
    readonly event?: string;
    readonly limit?: number;
    readonly cursor?: string;
}
export interface DeliveryPage {
    readonly deliveries: readonly OutboundDelivery[];
    readonly nextCursor: string | null;
}
/** The stored event a message is built from (for a redelivery of an event that was not queued when it arrived). */
export interface StoredEventForMessage {
    readonly id: string;
    readonly eventId: string;
    readonly provider: ProviderName;
    readonly receivedAt: number;
    readonly normalized: NormalizedEvent;
}
/** What to queue for an event: its message and the targets it goes to. */
export interface OutboxPlan {
    readonly message: OutboundMessage;
    readonly targets: readonly string[];
}
export type RetryResult = {
    readonly ok: true;
    readonly delivery: OutboundDelivery;
} | {
    readonly ok: false;
    readonly reason: "not_found" | "already_delivered";
};
export type RedeliverResult = {
    readonly ok: true;
    readonly deliveries: readonly OutboundDelivery[];
} | {
    readonly ok: false;
    readonly reason: "not_found" | "quarantined" | "no_targets";
};
export interface QueueDepth {
    /** Waiting to be sent (due or scheduled for a retry, leased ones included). */
    readonly pending: number;
    readonly dead: number;
}
export interface OutboxStore {
    /** Claims up to `limit` due deliveries for `worker`, leased for `leaseMs`. Concurrent claimers never get the same delivery. */
    claimDue(options: {
        readonly worker: string;
        readonly now: number;
        readonly leaseMs: number;
        readonly limit: number;
    }): Promise<ClaimedDelivery[]>;
    /** Records an attempt and, while the claim still holds its lease, the delivery's next state. False when the lease was lost. */
    completeAttempt(claim: ClaimedDelivery, attempt: AttemptRecord, next: NextState): Promise<boolean>;
    listDeliveries(query: DeliveryQuery): Promise<DeliveryPage>;
    getDelivery(id: string): Promise<{
        readonly delivery: OutboundDelivery;
        readonly attempts: readonly OutboundAttempt[];
    } | undefined>;
    /** A dead (or waiting) delivery becomes due now, with a fresh round of attempts. */
    retryDelivery(id: string, now: number): Promise<RetryResult>;
    /** Queues the event again for the targets `plan` gives (its message is reused when it has one). */
    redeliverEvent(idOrEventId: string, plan: (event: StoredEventForMessage) => OutboxPlan | undefined, now: number): Promise<RedeliverResult>;
    queueDepth(): Promise<QueueDepth>;
}
//# sourceMappingURL=store.d.ts.map