import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { Store, StoreOutboxOptions } from "./types.js";
import type { StoredValues } from "../privacy/stored-values.js";
import type { WriterThreadOptions } from "./sqlite-writer-thread.js";

export { PostgresStore, redactDatabaseUrl } from "./postgres.js";
export { SqliteStore } from "./sqlite.js";
export type { SqliteStoreOptions } from "./sqlite.js";
export { writerThreadAvailable } from "./sqlite-writer-thread.js";
export type { WriterThreadOptions } from "./sqlite-writer-thread.js";
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
  /** SQLite file: write callbacks from a worker thread built from these (see SqliteStoreOptions.thread). */
  readonly sqliteWriterThread?: WriterThreadOptions;
}

/** Opens the store a database URL names and applies its migrations. */
export async function createStore(options: StoreOptions): Promise<Store> {
  const url = options.databaseUrl;
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return PostgresStore.open(url, {
      ...(options.schema === undefined ? {} : { schema: options.schema }),
      ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }),
      ...(options.outbox === undefined ? {} : { outbox: options.outbox }),
      ...(options.values === undefined ? {} : { values: options.values }),
    });
  }
  if (url.startsWith("sqlite:")) {
    // sqlite:./data/x.db, sqlite:/abs/x.db, sqlite:///abs/x.db, sqlite::memory:
    const file = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (file === "") throw new Error("DATABASE_URL sqlite: needs a file path");
    const store = SqliteStore.open(file, options.outbox, {
      ...(options.values === undefined ? {} : { values: options.values }),
      ...(options.sqliteWriterThread === undefined ? {} : { thread: options.sqliteWriterThread }),
    });
    try {
      await store.ready();
    } catch (error) {
      await store.close().catch(() => undefined);
      throw error;
    }
    return store;
  }
  throw new Error("DATABASE_URL must be sqlite:<file>, sqlite::memory: or postgres://…");
}
