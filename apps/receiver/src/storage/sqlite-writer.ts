import { statSync } from "node:fs";
import type BetterSqlite3 from "better-sqlite3";
import { enqueueSqlite } from "./outbox/sqlite.js";
import { isBusy, nextPause, writeWaitMs } from "./sqlite-lock.js";
import { statement } from "./sqlite-statements.js";
import { toJson } from "./types.js";
import type { DeliveryInput, DeliveryOutcome, StoreOutboxOptions } from "./types.js";
import type { StoredValues } from "../privacy/stored-values.js";
import {
  countByContentKeySqliteSql,
  eventByKeySql,
  insertDeliverySql,
  insertEventParams,
  insertEventSql,
  latestEventSql,
  outboxEventOf,
  planDelivery,
  upsertVerificationParams,
  upsertVerificationSql,
  verificationSql,
  verificationTarget,
} from "./verifications.js";
import type { Dialect, RawVerificationRow, StoredEventRow } from "./verifications.js";

/*
 * The callback path's writes to SQLite: group commit of deliveries on one connection. The store runs it on its own
 * connection (in memory, or when asked to), or on a connection of its own in a worker thread
 * (sqlite-writer-thread.ts), so that statements, COMMIT and fsync do not hold up the event loop that serves requests.
 */

export const dialect: Dialect = { time: (ms) => ms, bool: (value) => (value ? 1 : 0) };

interface PendingDelivery {
  readonly input: DeliveryInput;
  /** When it was queued (epoch ms): it waits for another process's write lock up to {@link writeWaitMs} from then. */
  readonly since: number;
  readonly resolve: (outcome: DeliveryOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** The most deliveries committed together (group commit); more wait for the next transaction. */
export const defaultMaxBatch = 64;

/** The database file and its identity when opened: a file deleted or replaced later is noticed. */
export class DatabaseFile {
  readonly path: string;
  readonly #dev: number;
  readonly #ino: number;

  constructor(path: string) {
    const stat = statSync(path);
    this.path = path;
    this.#dev = stat.dev;
    this.#ino = stat.ino;
  }

  /** Why the file is not the one opened, or undefined when it still is. */
  problem(): string | undefined {
    let stat: { dev: number; ino: number };
    try {
      stat = statSync(this.path);
    } catch {
      return "The SQLite database file was deleted under the running receiver; restart it to open a new one";
    }
    return stat.dev === this.#dev && stat.ino === this.#ino ? undefined : "The SQLite database file was replaced under the running receiver; restart it to open the new one";
  }
}

export interface SqliteWriterOptions {
  readonly fanout?: StoreOutboxOptions | undefined;
  readonly values: StoredValues;
  /** Group commit: the most deliveries in one transaction. */
  readonly maxBatch: number;
  /** The file written (undefined in memory): a delivery committed to a file deleted or replaced under it is refused. */
  readonly file?: DatabaseFile | undefined;
}

/** Deliveries in, outcomes out once committed: the group commit on one connection. */
export class SqliteWriter {
  readonly #db: BetterSqlite3.Database;
  readonly #fanout: StoreOutboxOptions | undefined;
  readonly #values: StoredValues;
  readonly #maxBatch: number;
  readonly #file: DatabaseFile | undefined;
  readonly #pending: PendingDelivery[] = [];
  #flushScheduled = false;
  /** Set while the deliveries wait for another process's write lock. */
  #retry: { timer: NodeJS.Timeout; pause: number } | undefined;
  /** A group of deliveries in one transaction, each in a savepoint (a nested better-sqlite3 transaction). */
  readonly #writeBatch: BetterSqlite3.Transaction<(batch: readonly PendingDelivery[]) => ({ ok: true; outcome: DeliveryOutcome } | { ok: false; error: unknown })[]>;
  readonly #writeOne: BetterSqlite3.Transaction<(input: DeliveryInput) => DeliveryOutcome>;

  constructor(db: BetterSqlite3.Database, options: SqliteWriterOptions) {
    this.#db = db;
    this.#fanout = options.fanout;
    this.#values = options.values;
    this.#maxBatch = Math.max(1, options.maxBatch);
    this.#file = options.file;
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

  /**
   * Stores deliveries with group commit: the ones that arrive in one turn of the event loop (up to
   * `maxBatch`) are written in one IMMEDIATE transaction, each inside its own savepoint, and each promise
   * resolves after that transaction's COMMIT (one fsync for the group, synchronous=FULL). A delivery whose
   * statements fail is rolled back to its savepoint and rejected alone; if the group's transaction itself
   * fails (BEGIN or COMMIT), each of its deliveries is tried again in a transaction of its own.
   */
  write(input: DeliveryInput): Promise<DeliveryOutcome> {
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
          const pause = nextPause(this.#retry?.pause);
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
      const fileProblem = this.#file?.problem();
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
      sameKeyCount: (statement(db, countByContentKeySqliteSql).get({ key: input.eventId }) as { n: number }).n,
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
    statement(db, insertDeliverySql).run(
      id, input.requestId, input.receivedAt, input.sourceIp ?? null, headers, input.bodySha256, storedSha === input.bodySha256 ? null : this.#values.body(body), duplicate ? 1 : 0,
    );
    let queued = 0;
    const outbox = inserted && input.normalized && this.#fanout ? this.#fanout.policy(outboxEventOf(input, input.normalized, String(id), plan.eventId, verification)) : undefined;
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

  /** Writes (or refuses) what is queued, waiting for another process's lock up to writeWaitMs: at shutdown. */
  drain(): void {
    if (this.#retry) clearTimeout(this.#retry.timer);
    this.#retry = undefined;
    this.#db.pragma(`busy_timeout = ${writeWaitMs}`);
    this.#flush();
  }
}
