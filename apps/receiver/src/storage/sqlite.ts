import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type BetterSqlite3 from "better-sqlite3";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { loadMigrations, migrationsTableSql } from "./migrations.js";
import { buildListQuery, detailColumns, toStoredEvent, toStoredEventDetail } from "./rows.js";
import type { DeliveryRow, EventDetailRow, EventRow } from "./rows.js";
import { encodeCursor, indexable } from "./types.js";
import { SqliteOutbox } from "./outbox/sqlite.js";
import { configure, Database } from "./sqlite-driver.js";
import { statement } from "./sqlite-statements.js";
import { isBusy, writeBusyTimeoutMs, writeTransaction } from "./sqlite-lock.js";
import { DatabaseFile, defaultMaxBatch, dialect, SqliteWriter } from "./sqlite-writer.js";
import { checkpointPolicy, SqliteCheckpointer } from "./sqlite-checkpointer.js";
import { SqliteWriterThread } from "./sqlite-writer-thread.js";
import type { WriterThreadOptions } from "./sqlite-writer-thread.js";
import type { DeliveryInput, DeliveryOutcome, PurgeRequest, PurgeResult, RekeyResult, Store, StoreOutboxOptions } from "./types.js";
import { StoredValues } from "../privacy/stored-values.js";
import {
  cancelPendingSql,
  heldEventsBeforeSql,
  heldEventsOfVerificationSql,
  rekeyRow,
  rekeySelectSql,
  removeDeliveryBodiesSql,
  removeEventParams,
  removeEventSql,
  removeOutboxPayloadSql,
  requireKey,
  sealedColumns,
  toPurgeResult,
  toStoredTombstone,
  tombstoneOfSql,
  tombstoneReferenceOf,
  tombstoneSql,
} from "./personal-data.js";
import type { HeldEventRow, TombstoneRow } from "./personal-data.js";

import {
  buildVerificationListQuery,
  historySql,
  toStoredVerificationDetail,
  toVerificationPage,
  verificationSql,
} from "./verifications.js";
import type { RawVerificationRow } from "./verifications.js";


type RawEventRow = Omit<EventRow, "quarantined" | "id"> & { id: number; quarantined: number };
type RawDetailRow = Omit<EventDetailRow, "quarantined" | "id"> & { id: number; quarantined: number };
type RawDeliveryRow = Omit<DeliveryRow, "duplicate"> & { duplicate: number };

function fromRaw<T extends { id: number; quarantined: number }>(row: T): Omit<T, "id" | "quarantined"> & { id: string; quarantined: boolean } {
  return { ...row, id: String(row.id), quarantined: row.quarantined === 1 };
}


export interface SqliteStoreOptions {
  /** Group commit: the most deliveries in one transaction (default 64). */
  readonly maxBatch?: number;
  /** Seals personal values (encryption at rest); without it they are stored clear. */
  readonly values?: StoredValues;
  /**
   * Writes callbacks from a worker thread, on a connection of its own (a file only; in memory they are written
   * inline). The thread builds its outbox policy and its cipher from these (the same as `fanout` and `values`).
   */
  readonly thread?: WriterThreadOptions;
}

/** Where deliveries go to be stored: inline on the store's connection, or through the writer thread. */
interface DeliveryWriter {
  write(input: DeliveryInput): Promise<DeliveryOutcome>;
  /** Resolves once it can write (the writer thread has opened its connection). */
  ready(): Promise<void>;
  /** Writes (or refuses) what is queued, then stops. */
  close(): Promise<void> | void;
}

function migrate(db: BetterSqlite3.Database): void {
  const migrations = loadMigrations("sqlite");
  const apply = db.transaction(() => {
    db.exec(migrationsTableSql);
    const applied = new Set((db.prepare("SELECT version FROM kyc_schema_migrations").all() as { version: number }[]).map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare("INSERT INTO kyc_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(migration.version, migration.name, new Date().toISOString());
    }
  });
  // IMMEDIATE takes the write lock up front, so two processes starting together migrate one after the other.
  apply.immediate();
}
/**
 * SQLite through better-sqlite3: WAL journal, synchronous=FULL (a committed callback survives a power
 * loss, which is what the 2xx promises), and a busy timeout so that several processes can share a file.
 * better-sqlite3 is synchronous, so each transaction runs to completion without interleaving.
 */
export class SqliteStore implements Store {
  readonly backend = "sqlite" as const;
  readonly location: string;
  readonly outbox: SqliteOutbox;
  readonly #db: BetterSqlite3.Database;
  readonly #values: StoredValues;
  readonly #writer: DeliveryWriter;
  /** The database file and its identity when opened (undefined in memory). */
  readonly #file: DatabaseFile | undefined;
  /** Checkpoints beside the writer thread (sqlite-checkpointer.ts); undefined when callbacks are written inline. */
  readonly #checkpointer: SqliteCheckpointer | undefined;

  private constructor(
    db: BetterSqlite3.Database,
    location: string,
    file: DatabaseFile | undefined,
    writer: (values: StoredValues) => DeliveryWriter,
    options: SqliteStoreOptions,
    checkpointer: SqliteCheckpointer | undefined,
  ) {
    this.#db = db;
    this.#checkpointer = checkpointer;
    this.location = location;
    this.#file = file;
    this.#values = options.values ?? new StoredValues();
    this.outbox = new SqliteOutbox(db, this.#values);
    this.#writer = writer(this.#values);
  }

  /** Opens (creating the file and its folder on first start) and migrates. `file` may be `:memory:`. */
  static open(file: string, fanout?: StoreOutboxOptions, options: SqliteStoreOptions = {}): SqliteStore {
    const memory = file === ":memory:";
    const path = memory ? file : resolve(file);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    configure(db);
    // Start-up may wait for another process's migration: busy_timeout is 5 s until then.
    migrate(db);
    // From now on a write waits for another process's lock without blocking (the writer's retries).
    db.pragma(`busy_timeout = ${writeBusyTimeoutMs}`);
    const databaseFile = memory ? undefined : new DatabaseFile(path);
    const maxBatch = options.maxBatch ?? defaultMaxBatch;
    const threaded = databaseFile !== undefined && options.thread !== undefined;
    // With the writer thread, checkpoints run on a thread of their own (its compiled entry beside the writer's), and
    // the connections that write only checkpoint past the backstop: a COMMIT no longer waits for one.
    const checkpointEntry = new URL("./sqlite-checkpoint-worker.js", options.thread?.entry ?? import.meta.url);
    const checkpointer = threaded && existsSync(fileURLToPath(checkpointEntry)) ? SqliteCheckpointer.start(path, checkpointEntry) : undefined;
    const autocheckpointPages = checkpointer ? checkpointPolicy.backstopPages : undefined;
    if (autocheckpointPages !== undefined) db.pragma(`wal_autocheckpoint = ${autocheckpointPages}`);
    const writer = (values: StoredValues): DeliveryWriter => {
      if (databaseFile && options.thread) return new SqliteWriterThread({ path, maxBatch, ...options.thread, ...(autocheckpointPages === undefined ? {} : { autocheckpointPages }) }, fanout?.onQueued);
      const inline = new SqliteWriter(db, { fanout, values, maxBatch, file: databaseFile });
      return { write: (input) => inline.write(input), ready: () => Promise.resolve(), close: () => inline.drain() };
    };
    return new SqliteStore(db, `sqlite ${memory ? "(in memory)" : path}${threaded ? " (writer thread)" : ""}`, databaseFile, writer, options, checkpointer);
  }

  /** Resolves once callbacks can be written: at once inline, when the writer thread has opened the file otherwise. */
  ready(): Promise<void> {
    return this.#writer.ready();
  }

  /**
   * Stores a delivery with group commit (sqlite-writer.ts): the ones that arrive together are written in one
   * transaction, each in its own savepoint, and the promise resolves after that transaction's COMMIT.
   */
  recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome> {
    return this.#writer.write(input);
  }

  listVerifications(query: VerificationFilter): Promise<VerificationPage> {
    const { sql, params, limit } = buildVerificationListQuery(query, dialect);
    return Promise.resolve(toVerificationPage(this.#db.prepare(sql).all(...params) as RawVerificationRow[], limit));
  }

  getVerification(provider: ProviderName, reference: string): Promise<StoredVerificationDetail | undefined> {
    const row = statement(this.#db, verificationSql).get(provider, indexable(reference)) as RawVerificationRow | undefined;
    if (!row) return Promise.resolve(undefined);
    const history = statement(this.#db, historySql).all(provider, indexable(reference)) as RawVerificationRow[];
    const tombstone = statement(this.#db, tombstoneOfSql).get(provider, indexable(reference)) as TombstoneRow | undefined;
    return Promise.resolve(toStoredVerificationDetail(row, history, tombstone ? toStoredTombstone(tombstone) : null));
  }

  listEvents(query: EventFilter): Promise<EventPage> {
    const { sql, params, limit } = buildListQuery(query, { param: () => "?", ...dialect });
    const rows = (this.#db.prepare(sql).all(...params) as RawEventRow[]).map(fromRaw);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return Promise.resolve({ events: page.map(toStoredEvent), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null });
  }

  getEvent(idOrEventId: string): Promise<StoredEventDetail | undefined> {
    const byId = /^\d{1,18}$/.test(idOrEventId);
    const raw = statement(this.#db, `SELECT ${detailColumns} FROM kyc_events WHERE ${byId ? "id" : "event_id"} = ?`).get(byId ? Number(idOrEventId) : idOrEventId) as
      | RawDetailRow
      | undefined;
    if (!raw) return Promise.resolve(undefined);
    const deliveries = (
      statement(this.#db, "SELECT request_id, received_at, source_ip, body_sha256, duplicate FROM kyc_deliveries WHERE event_row = ? ORDER BY id").all(raw.id) as RawDeliveryRow[]
    ).map((row) => ({ ...row, duplicate: row.duplicate === 1 }));
    const filedUnder = tombstoneReferenceOf(raw);
    const tombstone = filedUnder === null ? undefined : (statement(this.#db, tombstoneOfSql).get(raw.provider, filedUnder) as TombstoneRow | undefined);
    return Promise.resolve(toStoredEventDetail(fromRaw(raw), deliveries, this.#values, tombstone ? toStoredTombstone(tombstone) : null));
  }

  /**
   * A write that commits, to the file this store opened: a database that answers but cannot write (a full disk, a
   * read-only or deleted file) is not ready. Busy (another process writing) is ready: the write lock is there.
   */
  ping(): Promise<void> {
    const fileProblem = this.#file?.problem();
    if (fileProblem) return Promise.reject(new Error(fileProblem));
    try {
      // SQLite skips rewriting a row to the value it holds; the header's user_version (unused by the receiver,
      // which keeps its migrations in a table) is a write that always reaches the file.
      const version = this.#db.pragma("user_version", { simple: true }) as number;
      this.#db.pragma(`user_version = ${(version + 1) % 1_000_000}`);
      return Promise.resolve();
    } catch (error) {
      return isBusy(error) ? Promise.resolve() : Promise.reject(error as Error);
    }
  }

  async saveAccessToken(tokenSha256: string, expiresAt: number): Promise<void> {
    await writeTransaction(this.#db, () => {
      statement(this.#db, "DELETE FROM kyc_oauth_tokens WHERE expires_at < ?").run(Date.now());
      statement(this.#db, "INSERT OR REPLACE INTO kyc_oauth_tokens (token_sha256, expires_at) VALUES (?, ?)").run(tokenSha256, expiresAt);
    });
  }

  isAccessTokenValid(tokenSha256: string, now: number): Promise<boolean> {
    const row = statement(this.#db, "SELECT expires_at FROM kyc_oauth_tokens WHERE token_sha256 = ?").get(tokenSha256) as { expires_at: number } | undefined;
    return Promise.resolve(row !== undefined && now < row.expires_at);
  }

  /** Removes the personal values of these rows (inside the caller's transaction); returns the pending deliveries given up. */
  #remove(rows: readonly HeldEventRow[], at: number, by: "retention" | "request" | "provider"): number {
    const db = this.#db;
    let cancelled = 0;
    for (const row of rows) {
      db.prepare(removeEventSql).run(...removeEventParams(row, at, by));
      db.prepare(removeDeliveryBodiesSql).run(row.id);
      cancelled += db.prepare(cancelPendingSql).run(at, row.id).changes;
      db.prepare(removeOutboxPayloadSql).run(row.id);
    }
    return cancelled;
  }

  /**
   * Moves the WAL's pages into the file and empties the WAL, so that old page versions leave the disk. Held up (the
   * checkpoint thread's checkpoint, a reader on an old snapshot), it is left to the checkpoint thread, which tries
   * again until it is done; inline, the next one does it.
   */
  #checkpoint(): void {
    const [result] = this.#db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    if (result?.busy === 1) this.#checkpointer?.truncate();
  }

  async purgeVerification(request: PurgeRequest): Promise<PurgeResult> {
    const db = this.#db;
    const reference = indexable(request.reference) ?? "";
    const result = await writeTransaction(db, () => {
      const rows = (db.prepare(heldEventsOfVerificationSql).all(request.provider, reference, reference, reference) as HeldEventRow[]).filter((row) => String(row.id) !== request.keepEventRow);
      const cancelled = this.#remove(rows, request.at, request.reason);
      const tombstone = db.prepare(tombstoneSql).get(request.provider, reference, request.requestedBy, request.reason, request.at, request.at) as Parameters<typeof toPurgeResult>[3];
      return toPurgeResult(request.provider, reference, { events: rows.length, cancelled }, tombstone);
    });
    this.#checkpoint();
    return result;
  }

  async removeExpiredPersonalData(before: number, now: number): Promise<{ readonly events: number }> {
    const db = this.#db;
    let events = 0;
    for (;;) {
      // A batch per transaction, so that callbacks are not held up behind a long retention run.
      const removed = await writeTransaction(db, () => {
        const rows = db.prepare(heldEventsBeforeSql).all(before) as HeldEventRow[];
        this.#remove(rows, now, "retention");
        return rows.length;
      });
      events += removed;
      if (removed === 0) break;
    }
    if (events > 0) this.#checkpoint();
    return { events };
  }

  async rekey(): Promise<RekeyResult> {
    const db = this.#db;
    const keyId = requireKey(this.#values);
    let count = 0;
    for (const { table, columns } of sealedColumns) {
      let after = 0;
      for (;;) {
        const last = await writeTransaction(db, () => {
          const rows = db.prepare(rekeySelectSql(table, columns)).all(after) as Record<string, unknown>[];
          for (const row of rows) {
            const update = rekeyRow(this.#values, table, columns, row);
            if (!update) continue;
            db.prepare(update.sql).run(...update.params);
            count += update.params.length - 1;
          }
          return rows.length === 0 ? undefined : Number(rows[rows.length - 1]?.id);
        });
        if (last === undefined) break;
        after = last;
      }
    }
    this.#checkpoint();
    return { keyId, values: count };
  }

  async close(): Promise<void> {
    // Deliveries waiting for their group's transaction are written (and answered) before the file closes.
    if (!this.#db.open) return;
    await this.#writer.close();
    await this.#checkpointer?.stop();
    this.#db.close();
  }

}
