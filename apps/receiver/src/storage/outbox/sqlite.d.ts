import type Database from "better-sqlite3";
import type { AttemptRecord, ClaimedDelivery, DeliveryPage, DeliveryQuery, NextState, OutboundAttempt, OutboundDelivery, OutboxPlan, OutboxStore, QueueDepth, RedeliverResult, RetryResult, StoredEventForMessage } from "../../fanout/store.js";
import { StoredValues } from "../../privacy/stored-values.js";
/** Queues a message and its deliveries; runs inside the caller's transaction (the one storing the event). */
export declare function enqueueSqlite(db: Database.Database, eventRow: number | string, plan: OutboxPlan, now: number, values?: StoredValues): number;
export declare class SqliteOutbox implements OutboxStore {
    #private;
    constructor(db: Database.Database, values?: StoredValues);
    claimDue(options: {
        readonly worker: string;
        readonly now: number;
        readonly leaseMs: number;
        readonly limit: number;
    }): Promise<ClaimedDelivery[]>;
    completeAttempt(claim: ClaimedDelivery, attempt: AttemptRecord, next: NextState): Promise<boolean>;
    listDeliveries(query: DeliveryQuery): Promise<DeliveryPage>;
    getDelivery(id: string): Promise<{
        readonly delivery: OutboundDelivery;
        readonly attempts: readonly OutboundAttempt[];
    } | undefined>;
    retryDelivery(id: string, now: number): Promise<RetryResult>;
    redeliverEvent(idOrEventId: string, plan: (event: StoredEventForMessage) => OutboxPlan | undefined, now: number): Promise<RedeliverResult>;
    queueDepth(): Promise<QueueDepth>;
}
//# sourceMappingURL=sqlite.d.ts.map