import type { Store, StoreOutboxOptions } from "./types.js";
import type { StoredValues } from "../privacy/stored-values.js";
export { PostgresStore, redactDatabaseUrl } from "./postgres.js";
export { SqliteStore } from "./sqlite.js";
export type { DeliveryInput, DeliveryOutcome, PurgeRequest, PurgeResult, RekeyResult, Store, StoreBackend, StoreOutboxOptions } from "./types.js";
export type { EventFilter, EventPage, StoredDelivery, StoredEvent, StoredEventDetail, StoredHistoryEntry, StoredVerification, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
export { enqueuePostgres, enqueueSqlite, PostgresOutbox, SqliteOutbox } from "./outbox/index.js";
export interface StoreOptions {
    /** `sqlite:<file>` (relative to the working directory), `sqlite::memory:`, or `postgres://…`/`postgresql://…`. */
    readonly databaseUrl: string;
    /** PostgreSQL: the schema for the receiver's tables, created when missing. */
    readonly schema?: string;
    /** PostgreSQL: connections in the pool (default 10). */
    readonly poolSize?: number;
    /** Fan-out: what to queue in the outbox for each new event. */
    readonly outbox?: StoreOutboxOptions;
    /** Seals personal values before they are written (encryption at rest), and opens them when read. */
    readonly values?: StoredValues;
}
/** Opens the store a database URL names and applies its migrations. */
export declare function createStore(options: StoreOptions): Promise<Store>;
//# sourceMappingURL=index.d.ts.map