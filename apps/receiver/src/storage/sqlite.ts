import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { loadMigrations, migrationsTableSql } from "./migrations.js";
import { buildListQuery, detailColumns, toStoredEvent, toStoredEventDetail } from "./rows.js";
import type { DeliveryRow, EventDetailRow, EventRow } from "./rows.js";
import { encodeCursor, indexable, toJson } from "./types.js";
import { enqueueSqlite, SqliteOutbox } from "./outbox/sqlite.js";
import { Database } from "./sqlite-driver.js";
import { statement } from "./sqlite-statements.js";
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
  countByContentKeySql,
  eventByKeySql,
  historySql,
  insertEventParams,
  insertEventSql,
  latestEventSql,
  planDelivery,
  toStoredVerificationDetail,
  toVerificationPage,
  upsertVerificationParams,
  upsertVerificationSql,
  verificationSql,
  verificationTarget,
} from "./verifications.js";
import type { Dialect, RawVerificationRow, StoredEventRow } from "./verifications.js";

const dialect: Dialect = { time: (ms) => ms, bool: (value) => (value ? 1 : 0) };

type RawEventRow = Omit<EventRow, "quarantined" | "id"> & { id: number; quarantined: number };
type RawDetailRow = Omit<EventDetailRow, "quarantined" | "id"> & { id: number; quarantined: number };
type RawDeliveryRow = Omit<DeliveryRow, "duplicate"> & { duplicate: number };

function fromRaw<T extends { id: number; quarantined: number }>(row: T): Omit<T, "id" | "quarantined"> & { id: string; quarantined: boolean } {
  return { ...row, id: String(row.id), quarantined: row.quarantined === 1 };
}

interface PendingDelivery {
  readonly input: DeliveryInput;
  /** When it was queued (epoch ms): it waits for another process's write lock up to {@link writeWaitMs} from then. */
  readonly since: number;
  readonly resolve: (outcome: DeliveryOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** How long a write waits in all for another process's write lock (SQLite's busy timeout before). */
const writeWaitMs = 5_000;
/**
 * How long one attempt at the write lock may block the event loop (better-sqlite3 is synchronous): past it, the
 * deliveries wait for the lock with timers, so that every other request is served meanwhile.
 */
const writeBusyTimeoutMs = 20;

function isBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "SQLITE_BUSY";
}

/** The most deliveries committed together (group commit); more wait for the next transaction. */
const defaultMaxBatch = 64;

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
export class SqliteStore implements Store {
  readonly backend = "sqlite" as const;
  readonly location: string;
  readonly outbox: SqliteOutbox;
  readonly #db: BetterSqlite3.Database;
  readonly #fanout: StoreOutboxOptions | undefined;
  readonly #values: StoredValues;
  readonly #maxBatch: number;
  readonly #pending: PendingDelivery[] = [];
  #flushScheduled = false;
  /** Set while the deliveries wait for another process's write lock. */
  #retry: { timer: NodeJS.Timeout; pause: number } | undefined;
  /** The database file and its identity when opened (undefined in memory): a file deleted or replaced later is noticed. */
  #file: { readonly path: string; readonly dev: number; readonly ino: number } | undefined;
  /** A group of deliveries in one transaction, each in a savepoint (a nested better-sqlite3 transaction). */
  readonly #writeBatch: BetterSqlite3.Transaction<(batch: readonly PendingDelivery[]) => ({ ok: true; outcome: DeliveryOutcome } | { ok: false; error: unknown })[]>;
  readonly #writeOne: BetterSqlite3.Transaction<(input: DeliveryInput) => DeliveryOutcome>;

  private constructor(db: BetterSqlite3.Database, location: string, fanout: StoreOutboxOptions | undefined, options: SqliteStoreOptions) {
    this.#db = db;
    this.location = location;
    this.#fanout = fanout;
    this.#maxBatch = Math.max(1, options.maxBatch ?? defaultMaxBatch);
    this.#values = options.values ?? new StoredValues();
    this.outbox = new SqliteOutbox(db, this.#values);
    this.#writeOne = db.transaction((input: DeliveryInput) => this.#recordOne(input));
    this.#writeBatch = db.transaction((batch: readonly PendingDelivery[]) =>
      batch.map((entry) => {
        try {
          return { ok: true as const, outcome: this.#writeOne(entry.input) };
        } catch (error) {
          // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction, not just the
          // savepoint: then nothing of the group is kept, and the group as a whole is tried again one by one.
          if (!db.inTransaction) throw error;
          return { ok: false as const, error };
        }
      }),
    );
  }

  /** Opens (creating the file and its folder on first start) and migrates. `file` may be `:memory:`. */
  static open(file: string, fanout?: StoreOutboxOptions, options: SqliteStoreOptions = {}): SqliteStore {
    const memory = file === ":memory:";
    const path = memory ? file : resolve(file);
    if (!memory) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("busy_timeout = 5000");
    db.pragma("foreign_keys = ON");
    // Freed space (an updated row's old cell, dropped overflow pages) is overwritten with zeros, so that a
    // purged value does not linger in the file's free pages.
    db.pragma("secure_delete = ON");
    const store = new SqliteStore(db, memory ? "sqlite (in memory)" : `sqlite ${path}`, fanout, options);
    store.migrate();
    // Start-up may wait for another process's migration; from now on a write waits without blocking (#flush).
    db.pragma(`busy_timeout = ${writeBusyTimeoutMs}`);
    if (!memory) {
      const stat = statSync(path);
      store.#file = { path, dev: stat.dev, ino: stat.ino };
    }
    return store;
  }

  private migrate(): void {
    const migrations = loadMigrations("sqlite");
    const apply = this.#db.transaction(() => {
      this.#db.exec(migrationsTableSql);
      const applied = new Set((this.#db.prepare("SELECT version FROM kyc_schema_migrations").all() as { version: number }[]).map((row) => row.version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        this.#db.exec(migration.sql);
        this.#db.prepare("INSERT INTO kyc_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(migration.version, migration.name, new Date().toISOString());
      }
    });
    // IMMEDIATE takes the write lock up front, so two processes starting together migrate one after the other.
    apply.immediate();
  }

  /**
   * Stores deliveries with group commit: the ones that arrive in one turn of the event loop (up to
   * `maxBatch`) are written in one IMMEDIATE transaction, each inside its own savepoint, and each promise
   * resolves after that transaction's COMMIT (one fsync for the group, synchronous=FULL). A delivery whose
   * statements fail is rolled back to its savepoint and rejected alone; if the group's transaction itself
   * fails (BEGIN or COMMIT), each of its deliveries is tried again in a transaction of its own.
   */
  recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome> {
    return new Promise<DeliveryOutcome>((resolve, reject) => {
      this.#pending.push({ input, since: Date.now(), resolve, reject });
      // Waiting for another process's write lock: the next try takes this one too.
      if (this.#retry) return;
      if (this.#pending.length >= this.#maxBatch) this.#flush();
      else if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#flushScheduled = false;
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0, this.#maxBatch);
      let settled: ({ ok: true; outcome: DeliveryOutcome } | { ok: false; error: unknown })[];
      try {
        settled = this.#writeBatch.immediate(batch);
        if (this.#retry) this.#retry = undefined;
      } catch (error) {
        // Another process holds the write lock: wait for it with a timer, not in better-sqlite3's busy handler
        // (which would block every request), until the oldest delivery has waited writeWaitMs.
        if (isBusy(error) && Date.now() - (batch[0]?.since ?? 0) < writeWaitMs) {
          this.#pending.unshift(...batch);
          const pause = Math.min((this.#retry?.pause ?? 2) * 2, 100);
          this.#retry = { pause, timer: setTimeout(() => this.#flush(), pause) };
          return;
        }
        this.#retry = undefined;
        // The group's BEGIN or COMMIT failed (a lock held too long by another process, a full disk): nothing
        // of it is committed. Each delivery is tried again alone, so that one cannot fail another.
        settled = batch.map((entry) => {
          try {
            return { ok: true as const, outcome: this.#writeOne.immediate(entry.input) };
          } catch (error) {
            return { ok: false as const, error };
          }
        });
      }
      // Committed to a file that is no longer the database (deleted or replaced under the receiver): lost at the
      // next start, so not acknowledged.
      const fileProblem = this.#fileProblem();
      if (fileProblem) settled = batch.map(() => ({ ok: false as const, error: new Error(fileProblem) }));
      let queued = false;
      settled.forEach((result, index) => {
        const entry = batch[index] as PendingDelivery;
        if (result.ok) {
          queued ||= result.outcome.queued > 0;
          entry.resolve(result.outcome);
        } else entry.reject(result.error instanceof Error ? result.error : new Error(String(result.error)));
      });
      if (queued) this.#fanout?.onQueued?.();
    }
  }

  /** Why the database file is not the one this store opened, or undefined when it still is. */
  #fileProblem(): string | undefined {
    if (this.#file === undefined) return undefined;
    let stat: { dev: number; ino: number };
    try {
      stat = statSync(this.#file.path);
    } catch {
      return "The SQLite database file was deleted under the running receiver; restart it to open a new one";
    }
    return stat.dev === this.#file.dev && stat.ino === this.#file.ino ? undefined : "The SQLite database file was replaced under the running receiver; restart it to open the new one";
  }

  /** One delivery's statements; inside a transaction (the group's, or its own). */
  #recordOne(input: DeliveryInput): DeliveryOutcome {
    const db = this.#db;
    const headers = toJson(input.headers);
    const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
    // The write lock is held (BEGIN IMMEDIATE): these lookups and the writes below see one state.
    const target = verificationTarget(input);
    const plan = planDelivery(input, {
      latest: target ? (statement(db, latestEventSql).get(target.provider, target.reference) as StoredEventRow | undefined) : undefined,
      sameKey: statement(db, eventByKeySql).get(input.eventId) as StoredEventRow | undefined,
      sameKeyCount: (statement(db, countByContentKeySql).get(input.eventId) as { n: number }).n,
      current: target ? (statement(db, verificationSql).get(target.provider, target.reference) as RawVerificationRow | undefined) : undefined,
    });
    const verification = plan.redelivery ? undefined : plan.verification;
    const inserted = plan.redelivery ? undefined : (statement(db, insertEventSql).get(...insertEventParams(input, plan.eventId, verification, dialect, this.#values)) as { id: number } | undefined);

    let id: number;
    let duplicate = false;
    let quarantined = input.quarantined;
    let storedSha = input.bodySha256;
    if (inserted) {
      id = inserted.id;
      if (verification) statement(db, upsertVerificationSql).run(...upsertVerificationParams(verification, String(id), dialect));
    } else {
      const existing = statement(db, "SELECT id, quarantined, body_sha256 FROM kyc_events WHERE event_id = ?").get(plan.eventId) as { id: number; quarantined: number; body_sha256: string };
      id = existing.id;
      duplicate = true;
      quarantined = existing.quarantined === 1;
      storedSha = existing.body_sha256;
      statement(db, "UPDATE kyc_events SET delivery_count = delivery_count + 1, last_received_at = MAX(last_received_at, ?) WHERE id = ?").run(input.receivedAt, id);
    }
    statement(db, "INSERT INTO kyc_deliveries (event_row, request_id, received_at, source_ip, headers, body_sha256, raw_body, duplicate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(
      id, input.requestId, input.receivedAt, input.sourceIp ?? null, headers, input.bodySha256, storedSha === input.bodySha256 ? null : this.#values.body(body), duplicate ? 1 : 0,
    );
    let queued = 0;
    const outbox = inserted && input.normalized && this.#fanout
      ? this.#fanout.policy({
          id: String(id),
          eventId: plan.eventId,
          provider: input.provider,
          receivedAt: input.receivedAt,
          normalized: input.normalized,
          outcome: verification?.outcome ?? "applied",
          changed: verification ? verification.setsState : true,
          ...(verification ? { verification: verification.state as unknown as Readonly<Record<string, unknown>> } : {}),
        })
      : undefined;
    if (outbox && outbox.targets.length > 0) {
      enqueueSqlite(db, id, outbox, input.receivedAt, this.#values);
      queued = outbox.targets.length;
    }
    return {
      id: String(id),
      eventId: plan.eventId,
      duplicate,
      quarantined,
      queued,
      ...(inserted && verification ? { verification: { reference: verification.reference, outcome: verification.outcome } } : {}),
    };
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
    const fileProblem = this.#fileProblem();
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

  saveAccessToken(tokenSha256: string, expiresAt: number): Promise<void> {
    statement(this.#db, "DELETE FROM kyc_oauth_tokens WHERE expires_at < ?").run(Date.now());
    statement(this.#db, "INSERT OR REPLACE INTO kyc_oauth_tokens (token_sha256, expires_at) VALUES (?, ?)").run(tokenSha256, expiresAt);
    return Promise.resolve();
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

  /** Moves the WAL's pages into the file and empties the WAL, so that old page versions leave the disk. */
  #checkpoint(): void {
    this.#db.pragma("wal_checkpoint(TRUNCATE)");
  }

  purgeVerification(request: PurgeRequest): Promise<PurgeResult> {
    const db = this.#db;
    const reference = indexable(request.reference) ?? "";
    try {
      const result = db
        .transaction(() => {
          const rows = (db.prepare(heldEventsOfVerificationSql).all(request.provider, reference, reference, reference) as HeldEventRow[]).filter((row) => String(row.id) !== request.keepEventRow);
          const cancelled = this.#remove(rows, request.at, request.reason);
          const tombstone = db.prepare(tombstoneSql).get(request.provider, reference, request.requestedBy, request.reason, request.at, request.at) as Parameters<typeof toPurgeResult>[3];
          return toPurgeResult(request.provider, reference, { events: rows.length, cancelled }, tombstone);
        })
        .immediate();
      this.#checkpoint();
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  removeExpiredPersonalData(before: number, now: number): Promise<{ readonly events: number }> {
    const db = this.#db;
    let events = 0;
    try {
      for (;;) {
        // A batch per transaction, so that callbacks are not held up behind a long retention run.
        const removed = db
          .transaction(() => {
            const rows = db.prepare(heldEventsBeforeSql).all(before) as HeldEventRow[];
            this.#remove(rows, now, "retention");
            return rows.length;
          })
          .immediate();
        events += removed;
        if (removed === 0) break;
      }
      if (events > 0) this.#checkpoint();
      return Promise.resolve({ events });
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  rekey(): Promise<RekeyResult> {
    const db = this.#db;
    try {
      const keyId = requireKey(this.#values);
      let count = 0;
      for (const { table, columns } of sealedColumns) {
        let after = 0;
        for (;;) {
          const last = db
            .transaction(() => {
              const rows = db.prepare(rekeySelectSql(table, columns)).all(after) as Record<string, unknown>[];
              for (const row of rows) {
                const update = rekeyRow(this.#values, table, columns, row);
                if (!update) continue;
                db.prepare(update.sql).run(...update.params);
                count += update.params.length - 1;
              }
              return rows.length === 0 ? undefined : Number(rows[rows.length - 1]?.id);
            })
            .immediate();
          if (last === undefined) break;
          after = last;
        }
      }
      this.#checkpoint();
      return Promise.resolve({ keyId, values: count });
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  close(): Promise<void> {
    // Deliveries waiting for their group's transaction are written (and answered) before the file closes.
    if (this.#db.open) {
      // At shutdown, waiting for another process's lock may block: the deliveries queued are written or refused.
      if (this.#retry) clearTimeout(this.#retry.timer);
      this.#retry = undefined;
      this.#db.pragma(`busy_timeout = ${writeWaitMs}`);
      this.#flush();
      this.#db.close();
    }
    return Promise.resolve();
  }
}
