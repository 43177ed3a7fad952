import type pg from "pg";
import type { AttemptRecord, ClaimedDelivery, DeliveryPage, DeliveryQuery, NextState, OutboundAttempt, OutboundDelivery, OutboxPlan, OutboxStore, QueueDepth, RedeliverResult, RetryResult, StoredEventForMessage } from "../../fanout/store.js";
import { StoredValues } from "../../privacy/stored-values.js";
export type Queryable = Pick<pg.PoolClient, "query">;
/** Queues a message and its deliveries; runs inside the caller's transaction (the one storing the event). */
export declare function enqueuePostgres(client: Queryable, eventRow: string, plan: OutboxPlan, now: number, values?: StoredValues): Promise<string>;
export declare class PostgresOutbox implements OutboxStore {
    #private;
    constructor(pool: pg.Pool, transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>, values?: StoredValues);
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
//# sourceMappingURL=postgres.d.ts.map