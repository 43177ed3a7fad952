import type { ProviderName } from "@kyc-webhooks/normalized";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { PostgresOutbox } from "./outbox/postgres.js";
import type { DeliveryInput, DeliveryOutcome, PurgeRequest, PurgeResult, RekeyResult, Store, StoreOutboxOptions } from "./types.js";
import { StoredValues } from "../privacy/stored-values.js";
/** Group commit's bounds on PostgreSQL. */
export interface GroupCommitOptions {
    /** The most deliveries in one transaction (default 64). */
    readonly maxBatch?: number;
    /** Groups written at the same time, each on its own pooled connection (default 8, of the pool's 10). */
    readonly maxConcurrentBatches?: number;
}
/** The address of a postgres:// URL without its password, for logs. */
export declare function redactDatabaseUrl(url: string): string;
/**
 * PostgreSQL through a `pg` pool. Each delivery is one transaction; `INSERT … ON CONFLICT (event_id) DO
 * NOTHING` makes two racing deliveries of one event wait for each other, and the loser records a
 * redelivery. With a schema, every connection's search_path is that schema alone.
 */
export declare class PostgresStore implements Store {
    #private;
    readonly backend: "postgres";
    readonly location: string;
    readonly outbox: PostgresOutbox;
    private constructor();
    /** `values` seals personal values (encryption at rest); without it they are stored clear. */
    static open(url: string, options?: {
        readonly schema?: string;
        readonly poolSize?: number;
        readonly outbox?: StoreOutboxOptions;
        readonly values?: StoredValues;
    } & GroupCommitOptions): Promise<PostgresStore>;
    private transaction;
    private migrate;
    /**
     * Stores deliveries with group commit: the ones that arrive in one turn of the event loop (up to
     * `maxBatch`) are written in one transaction on one connection, each inside its own savepoint, and each
     * promise resolves after that transaction's COMMIT. Up to `maxConcurrentBatches` groups are in flight at
     * once; later deliveries wait for the next group. A delivery whose statements fail (a deadlock with another
     * group or instance included) is rolled back to its savepoint and tried again alone after the group's
     * commit; if the group's transaction itself fails, each of its deliveries is tried again alone.
     */
    recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome>;
    listVerifications(query: VerificationFilter): Promise<VerificationPage>;
    getVerification(provider: ProviderName, reference: string): Promise<StoredVerificationDetail | undefined>;
    listEvents(query: EventFilter): Promise<EventPage>;
    getEvent(idOrEventId: string): Promise<StoredEventDetail | undefined>;
    /**
     * A write that needs room on the disk: a database that answers but cannot write (read-only, a full disk where
     * the receiver's tables are) is not ready. TRUNCATE gives the probe table a new, empty file; the INSERT gives it
     * its first page (which a full disk refuses, where an update of an existing page would still fit); the ROLLBACK
     * keeps nothing, so the probe never grows.
     */
    ping(): Promise<void>;
    saveAccessToken(tokenSha256: string, expiresAt: number): Promise<void>;
    isAccessTokenValid(tokenSha256: string, now: number): Promise<boolean>;
    purgeVerification(request: PurgeRequest): Promise<PurgeResult>;
    removeExpiredPersonalData(before: number, now: number): Promise<{
        readonly events: number;
    }>;
    rekey(): Promise<RekeyResult>;
    close(): Promise<void>;
}
//# sourceMappingURL=postgres.d.ts.map