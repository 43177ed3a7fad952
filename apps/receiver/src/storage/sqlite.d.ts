import type { ProviderName } from "@kyc-webhooks/normalized";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { SqliteOutbox } from "./outbox/sqlite.js";
import type { DeliveryInput, DeliveryOutcome, PurgeRequest, PurgeResult, RekeyResult, Store, StoreOutboxOptions } from "./types.js";
import { StoredValues } from "../privacy/stored-values.js";
export interface SqliteStoreOptions {
    /** Group commit: the most deliveries in one transaction (default 64). */
    readonly maxBatch?: number;
    /** Seals personal values (encryption at rest); without it they are stored clear. */
    readonly values?: StoredValues;
}
/**
 * SQLite through better-sqlite3: WAL journal, synchronous=FULL (a committed callback survives a power
 * loss, which is what the 2xx promises), and a busy timeout so that several processes can share a file.
 * better-sqlite3 is synchronous, so each transaction runs to completion without interleaving.
 */
export declare class SqliteStore implements Store {
    #private;
    readonly backend: "sqlite";
    readonly location: string;
    readonly outbox: SqliteOutbox;
    private constructor();
    /** Opens (creating the file and its folder on first start) and migrates. `file` may be `:memory:`. */
    static open(file: string, fanout?: StoreOutboxOptions, options?: SqliteStoreOptions): SqliteStore;
    private migrate;
    /**
     * Stores deliveries with group commit: the ones that arrive in one turn of the event loop (up to
     * `maxBatch`) are written in one IMMEDIATE transaction, each inside its own savepoint, and each promise
     * resolves after that transaction's COMMIT (one fsync for the group, synchronous=FULL). A delivery whose
     * statements fail is rolled back to its savepoint and rejected alone; if the group's transaction itself
     * fails (BEGIN or COMMIT), each of its deliveries is tried again in a transaction of its own.
     */
    recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome>;
    listVerifications(query: VerificationFilter): Promise<VerificationPage>;
    getVerification(provider: ProviderName, reference: string): Promise<StoredVerificationDetail | undefined>;
    listEvents(query: EventFilter): Promise<EventPage>;
    getEvent(idOrEventId: string): Promise<StoredEventDetail | undefined>;
    /**
     * A write that commits, to the file this store opened: a database that answers but cannot write (a full disk, a
     * read-only or deleted file) is not ready. Busy (another process writing) is ready: the write lock is there.
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
//# sourceMappingURL=sqlite.d.ts.map