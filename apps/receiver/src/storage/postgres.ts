import pg from "pg";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { EventFilter, EventPage, StoredEventDetail, StoredVerificationDetail, VerificationFilter, VerificationPage } from "./records.js";
import { loadMigrations, migrationsTableSql } from "./migrations.js";
import { buildListQuery, detailColumns, toStoredEvent, toStoredEventDetail } from "./rows.js";
import type { DeliveryRow, EventDetailRow, EventRow } from "./rows.js";
import { encodeCursor, indexable, toJson } from "./types.js";
import { enqueuePostgres, PostgresOutbox } from "./outbox/postgres.js";
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
  insertDeliveryColumns,
  insertDeliverySql,
  insertEventSql,
  latestEventSql,
  numbered,
  outboxEventOf,
  planDelivery,
  quarantinedReferenceOf,
  toStoredVerificationDetail,
  toVerificationPage,
  upsertVerificationColumns,
  upsertVerificationConflict,
  upsertVerificationParams,
  verificationSql,
  verificationTarget,
} from "./verifications.js";
import type { DeliveryLookups, Dialect, RawVerificationRow } from "./verifications.js";
import { prepared } from "./postgres-statements.js";

const dialect: Dialect = { time: (ms) => new Date(ms), bool: (value) => value };
/** upsertVerificationParams gives one value per column of upsertVerificationColumns. */
const verificationParamCount = upsertVerificationColumns.split(",").length;
const noVerification: readonly null[] = Array.from({ length: verificationParamCount }, () => null);

/** `sql` with its `?` placeholders, in order, as the PostgreSQL parameters named. */
function withParameters(sql: string, ...names: string[]): string {
  let index = 0;
  return sql.replace(/\?/g, () => names[index++] ?? "?");
}

/**
 * What planDelivery reads, in one statement (one round trip instead of four): the verification's latest event and
 * current row ($1 provider, $2 reference: none when they are null), the event with the content key ($3) and how many
 * events have it. The same lookups as SQLite's, which runs them one by one in process.
 */
const deliveryLookupsSql = `SELECT l.event_id AS latest_event_id, l.content_key AS latest_content_key, l.received_at AS latest_received_at,
  k.event_id AS key_event_id, k.content_key AS key_content_key, k.received_at AS key_received_at,
  (${withParameters(countByContentKeySql, "$3")}) AS key_count, v.*
FROM (SELECT 1) AS one
LEFT JOIN LATERAL (${withParameters(latestEventSql, "$1", "$2")}) AS l ON true
LEFT JOIN LATERAL (${withParameters(eventByKeySql, "$3")}) AS k ON true
LEFT JOIN LATERAL (${withParameters(verificationSql, "$1", "$2")}) AS v ON true`;

/**
 * A new event with its delivery and its verification's new state, in one statement (one round trip instead of
 * three): the event's insertEventSql ($1…), then upsertVerificationParams (all null for an event of no verification,
 * which the upsert then skips; a null event_row is the new event's), then the delivery's values after event_row.
 * The delivery and the verification are written only when the event is (its event_id was not stored already).
 */
const newEventSql = (() => {
  const first = (insertEventSql.match(/\?/g)?.length ?? 0) + 1;
  const verification = Array.from({ length: verificationParamCount }, (_, index) => (index === 6 ? `COALESCE($${first + index}, e.id)` : `$${first + index}`));
  const delivery = Array.from({ length: insertDeliveryColumns.split(",").length - 1 }, (_, index) => `$${first + verificationParamCount + index}`);
  return `WITH e AS (${numbered(insertEventSql)}),
  v AS (INSERT INTO kyc_verifications (${upsertVerificationColumns}) SELECT ${verification.join(", ")} FROM e WHERE $${first}::text IS NOT NULL
    ${upsertVerificationConflict}),
  d AS (INSERT INTO kyc_deliveries (${insertDeliveryColumns}) SELECT e.id, ${delivery.join(", ")} FROM e)
SELECT id FROM e`;
})();

/** The delivery's values after event_row (insertDeliveryColumns). A new event's delivery holds no body of its own. */
function deliveryParams(input: DeliveryInput, receivedAt: Date, headers: string, body: Buffer | string | null = null, duplicate = false): unknown[] {
  return [input.requestId, receivedAt, input.sourceIp ?? null, headers, input.bodySha256, body, duplicate];
}

type LookupsRow = Partial<RawVerificationRow> & {
  readonly latest_event_id: string | null;
  readonly latest_content_key: string | null;
  readonly latest_received_at: Date | null;
  readonly key_event_id: string | null;
  readonly key_content_key: string | null;
  readonly key_received_at: Date | null;
  readonly key_count: string;
};

function lookupsOf(row: LookupsRow | undefined): DeliveryLookups {
  if (!row) throw new Error("the delivery lookups returned no row");
  const { latest_event_id, latest_content_key, latest_received_at, key_event_id, key_content_key, key_received_at, key_count, ...verification } = row;
  return {
    latest: latest_event_id === null ? undefined : { event_id: latest_event_id, content_key: latest_content_key, received_at: latest_received_at },
    sameKey: key_event_id === null ? undefined : { event_id: key_event_id, content_key: key_content_key, received_at: key_received_at },
    sameKeyCount: Number(key_count),
    current: verification.id === null || verification.id === undefined ? undefined : (verification as RawVerificationRow),
  };
}

type RawEventRow = Omit<EventRow, "received_at" | "last_received_at"> & { received_at: Date; last_received_at: Date };
type RawDetailRow = Omit<EventDetailRow, "received_at" | "last_received_at"> & { received_at: Date; last_received_at: Date };
type RawDeliveryRow = Omit<DeliveryRow, "received_at"> & { received_at: Date };

function fromRaw<T extends { received_at: Date; last_received_at: Date }>(row: T): Omit<T, "received_at" | "last_received_at"> & { received_at: number; last_received_at: number } {
  return { ...row, received_at: row.received_at.getTime(), last_received_at: row.last_received_at.getTime() };
}

interface PendingDelivery {
  readonly input: DeliveryInput;
  readonly resolve: (outcome: DeliveryOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** Group commit's bounds on PostgreSQL. */
export interface GroupCommitOptions {
  /** The most deliveries in one transaction (default 64). */
  readonly maxBatch?: number;
  /** Groups written at the same time, each on its own pooled connection (default 8, of the pool's 10). */
  readonly maxConcurrentBatches?: number;
}

/** The address of a postgres:// URL without its password, for logs. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres (unparseable URL)";
  }
}

/** Quotes an identifier (the schema name was validated as a plain identifier; quoting is belt and braces). */
function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * PostgreSQL through a `pg` pool. Each delivery is one transaction; `INSERT … ON CONFLICT (event_id) DO
 * NOTHING` makes two racing deliveries of one event wait for each other, and the loser records a
 * redelivery. With a schema, every connection's search_path is that schema alone.
 */
export class PostgresStore implements Store {
  readonly backend = "postgres" as const;
  readonly location: string;
  readonly #pool: pg.Pool;
  readonly #schema: string | undefined;
  readonly #fanout: StoreOutboxOptions | undefined;
  readonly outbox: PostgresOutbox;
  readonly #values: StoredValues;
  readonly #maxBatch: number;
  readonly #maxConcurrentBatches: number;
  readonly #pending: PendingDelivery[] = [];
  #flushScheduled = false;
  #inFlight = 0;
  readonly #writing = new Set<Promise<void>>();

  private constructor(pool: pg.Pool, location: string, schema: string | undefined, fanout: StoreOutboxOptions | undefined, options: GroupCommitOptions & { readonly values?: StoredValues }) {
    this.#pool = pool;
    this.#maxBatch = Math.max(1, options.maxBatch ?? 64);
    this.#maxConcurrentBatches = Math.max(1, options.maxConcurrentBatches ?? 8);
    this.location = location;
    this.#schema = schema;
    this.#fanout = fanout;
    this.#values = options.values ?? new StoredValues();
    this.outbox = new PostgresOutbox(pool, (work) => this.transaction(work), this.#values);
  }

  /** `values` seals personal values (encryption at rest); without it they are stored clear. */
  static async open(
    url: string,
    options: { readonly schema?: string; readonly poolSize?: number; readonly outbox?: StoreOutboxOptions; readonly values?: StoredValues } & GroupCommitOptions = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      ...(options.schema ? { options: `-c search_path=${ident(options.schema)}` } : {}),
    });
    // An idle client that loses its connection emits 'error' on the pool; without a listener that would crash the process.
    pool.on("error", () => undefined);
    const store = new PostgresStore(pool, `postgres ${redactDatabaseUrl(url)}${options.schema ? ` schema ${options.schema}` : ""}`, options.schema, options.outbox, options);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  /** `work` in a transaction on a pooled connection, ended by COMMIT (or by ROLLBACK for a probe that keeps nothing). */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, end: "COMMIT" | "ROLLBACK" = "COMMIT"): Promise<T> {
    const client = await this.#pool.connect();
    // A connection dropped while checked out (pg_terminate_backend, a server restart) emits 'error' on the client,
    // not on the pool: without a listener that crashes the process. The query in flight fails, and with it the
    // transaction; the broken connection is discarded rather than put back into the pool.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on("error", onError);
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query(end);
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      broken ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off("error", onError);
      client.release(broken);
    }
  }

  private async migrate(): Promise<void> {
    const migrations = loadMigrations("postgres");
    await this.transaction(async (client) => {
      // One migrator at a time, across processes: instances starting together wait here.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('kyc_webhooks_migrations'))");
      if (this.#schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(this.#schema)}`);
      await client.query(migrationsTableSql);
      const applied = new Set((await client.query<{ version: number }>("SELECT version FROM kyc_schema_migrations")).rows.map((row) => row.version));
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query("INSERT INTO kyc_schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [migration.version, migration.name, new Date().toISOString()]);
      }
    });
  }

  /**
   * Stores deliveries with group commit: the ones that arrive in one turn of the event loop (up to
   * `maxBatch`) are written in one transaction on one connection, and each promise resolves after that
   * transaction's COMMIT. Up to `maxConcurrentBatches` groups are in flight at once; later deliveries wait for the
   * next group. When a delivery's statements fail (a deadlock with another group or instance included), the group
   * is written again with each delivery inside its own savepoint: the failing one is rolled back to its savepoint
   * and tried again alone after the group's commit; if the group's transaction itself fails, each of its
   * deliveries is tried again alone.
   */
  recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome> {
    return new Promise<DeliveryOutcome>((resolve, reject) => {
      this.#pending.push({ input, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#flushScheduled || this.#pending.length === 0 || this.#inFlight >= this.#maxConcurrentBatches) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      while (this.#pending.length > 0 && this.#inFlight < this.#maxConcurrentBatches) {
        const batch = this.#pending.splice(0, this.#maxBatch);
        this.#inFlight += 1;
        const written: Promise<void> = this.#writeBatch(batch).finally(() => {
          this.#inFlight -= 1;
          this.#writing.delete(written);
          this.#schedule();
        });
        this.#writing.add(written);
      }
    });
  }

  async #writeBatch(batch: readonly PendingDelivery[]): Promise<void> {
    const settled: (DeliveryOutcome | undefined)[] = [];
    try {
      // First without a savepoint per delivery, two round trips fewer each: a delivery that fails aborts the group's
      // transaction, and then the group is written again with one.
      await this.transaction(async (client) => {
        settled.length = 0;
        for (const entry of batch) settled.push(await this.#recordOne(client, entry.input));
      });
    } catch {
      settled.length = 0;
      try {
        await this.transaction(async (client) => {
          settled.length = 0;
          for (const entry of batch) {
            await client.query("SAVEPOINT kyc_delivery");
            try {
              settled.push(await this.#recordOne(client, entry.input));
              await client.query("RELEASE SAVEPOINT kyc_delivery");
            } catch {
              await client.query("ROLLBACK TO SAVEPOINT kyc_delivery");
              settled.push(undefined);
            }
          }
        });
      } catch {
        // BEGIN or COMMIT failed: nothing of the group is committed; each delivery is tried again alone.
        settled.length = 0;
      }
    }
    let queued = false;
    await Promise.all(
      batch.map(async (entry, index) => {
        let outcome = settled[index];
        if (outcome === undefined) {
          try {
            outcome = await this.transaction((client) => this.#recordOne(client, entry.input));
          } catch (error) {
            entry.reject(error instanceof Error ? error : new Error(String(error)));
            return;
          }
        }
        queued ||= outcome.queued > 0;
        entry.resolve(outcome);
      }),
    );
    if (queued) this.#fanout?.onQueued?.();
  }

  /** One delivery's statements, inside the caller's transaction. */
  async #recordOne(client: pg.PoolClient, input: DeliveryInput): Promise<DeliveryOutcome> {
    const headers = toJson(input.headers);
    const receivedAt = new Date(input.receivedAt);
    const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
    const target = verificationTarget(input);
    // Deliveries of one verification take turns (until commit), so that each reads the state the
    // previous one left: its latest event for the identity rules, its current row for the reducer.
    // A quarantined body filed under a reference takes the same turn, so that a purge of it waits or sees it.
    const locked = target?.reference ?? quarantinedReferenceOf(input);
    if (locked !== null) await client.query(prepared("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", [`kyc_verification:${input.provider}:${locked}`]));
    const plan = planDelivery(input, lookupsOf((await client.query<LookupsRow>(prepared(deliveryLookupsSql, [target?.provider ?? null, target?.reference ?? null, input.eventId]))).rows[0]));
    const verification = plan.redelivery ? undefined : plan.verification;
    // A new event, its delivery and what it does to its verification in one statement (newEventSql); nothing of it when
    // the event is stored already (another group's or instance's, since the lookups): then a redelivery, below.
    const inserted = plan.redelivery
      ? undefined
      : (
          await client.query<{ id: string }>(
            prepared(newEventSql, [
              ...insertEventParams(input, plan.eventId, verification, dialect, this.#values),
              ...(verification ? upsertVerificationParams(verification, null, dialect) : noVerification),
              ...deliveryParams(input, receivedAt, headers),
            ]),
          )
        ).rows[0];
    let id: string;
    let duplicate = false;
    let quarantined = input.quarantined;
    if (inserted) {
      id = inserted.id;
    } else {
      // The conflicting row is committed (ON CONFLICT waited for it), so this statement's snapshot sees it.
      const existing = await client.query<{ id: string; quarantined: boolean; body_sha256: string }>(
        prepared("UPDATE kyc_events SET delivery_count = delivery_count + 1, last_received_at = GREATEST(last_received_at, ?) WHERE event_id = ? RETURNING id, quarantined, body_sha256", [
          receivedAt,
          plan.eventId,
        ]),
      );
      const found = existing.rows[0];
      if (!found) throw new Error("event vanished during redelivery");
      id = found.id;
      duplicate = true;
      quarantined = found.quarantined;
      // The body itself only when it differs from the event's.
      const storedBody = found.body_sha256 === input.bodySha256 ? null : this.#values.body(body);
      await client.query(prepared(insertDeliverySql, [id, ...deliveryParams(input, receivedAt, headers, storedBody, true)]));
    }
    let queued = 0;
    const outbox = inserted && input.normalized && this.#fanout ? this.#fanout.policy(outboxEventOf(input, input.normalized, id, plan.eventId, verification)) : undefined;
    if (outbox && outbox.targets.length > 0) {
      await enqueuePostgres(client, id, outbox, input.receivedAt, this.#values);
      queued = outbox.targets.length;
    }
    return {
      id,
      eventId: plan.eventId,
      duplicate,
      quarantined,
      queued,
      ...(inserted && verification ? { verification: { reference: verification.reference, outcome: verification.outcome } } : {}),
    };
  }

  async listVerifications(query: VerificationFilter): Promise<VerificationPage> {
    const { sql, params, limit } = buildVerificationListQuery(query, dialect);
    return toVerificationPage((await this.#pool.query<RawVerificationRow>(numbered(sql), params)).rows, limit);
  }

  async getVerification(provider: ProviderName, reference: string): Promise<StoredVerificationDetail | undefined> {
    const row = (await this.#pool.query<RawVerificationRow>(numbered(verificationSql), [provider, indexable(reference)])).rows[0];
    if (!row) return undefined;
    const history = (await this.#pool.query<RawVerificationRow>(numbered(historySql), [provider, indexable(reference)])).rows;
    const tombstone = (await this.#pool.query<TombstoneRow>(numbered(tombstoneOfSql), [provider, indexable(reference)])).rows[0];
    return toStoredVerificationDetail(row, history, tombstone ? toStoredTombstone(tombstone) : null);
  }

  async listEvents(query: EventFilter): Promise<EventPage> {
    const { sql, params, limit } = buildListQuery(query, { param: (index) => `$${index}`, ...dialect });
    const rows = (await this.#pool.query<RawEventRow>(sql, params)).rows.map(fromRaw);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { events: page.map(toStoredEvent), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  async getEvent(idOrEventId: string): Promise<StoredEventDetail | undefined> {
    const byId = /^\d{1,18}$/.test(idOrEventId);
    const result = await this.#pool.query<RawDetailRow>(`SELECT ${detailColumns} FROM kyc_events WHERE ${byId ? "id" : "event_id"} = $1`, [idOrEventId]);
    const raw = result.rows[0];
    if (!raw) return undefined;
    const deliveries = (
      await this.#pool.query<RawDeliveryRow>("SELECT request_id, received_at, source_ip, body_sha256, duplicate FROM kyc_deliveries WHERE event_row = $1 ORDER BY id", [raw.id])
    ).rows.map((row) => ({ ...row, received_at: row.received_at.getTime() }));
    const filedUnder = tombstoneReferenceOf(raw);
    const tombstone = filedUnder === null ? undefined : (await this.#pool.query<TombstoneRow>(numbered(tombstoneOfSql), [raw.provider, filedUnder])).rows[0];
    return toStoredEventDetail(fromRaw(raw), deliveries, this.#values, tombstone ? toStoredTombstone(tombstone) : null);
  }

  /**
   * A write that needs room on the disk: a database that answers but cannot write (read-only, a full disk where
   * the receiver's tables are) is not ready. TRUNCATE gives the probe table a new, empty file; the INSERT gives it
   * its first page (which a full disk refuses, where an update of an existing page would still fit); the ROLLBACK
   * keeps nothing, so the probe never grows.
   */
  async ping(): Promise<void> {
    await this.transaction(async (client) => {
      // Two checks at once (two instances) wait for each other briefly rather than queue up.
      await client.query("SET LOCAL lock_timeout = '2s'");
      await client.query("TRUNCATE kyc_write_probe");
      await client.query("INSERT INTO kyc_write_probe (checked_at) VALUES (now())");
    }, "ROLLBACK");
  }

  async saveAccessToken(tokenSha256: string, expiresAt: number): Promise<void> {
    await this.#pool.query("DELETE FROM kyc_oauth_tokens WHERE expires_at < now()");
    await this.#pool.query(
      "INSERT INTO kyc_oauth_tokens (token_sha256, expires_at) VALUES ($1, $2) ON CONFLICT (token_sha256) DO UPDATE SET expires_at = EXCLUDED.expires_at",
      [tokenSha256, new Date(expiresAt)],
    );
  }

  async isAccessTokenValid(tokenSha256: string, now: number): Promise<boolean> {
    const result = await this.#pool.query<{ expires_at: Date }>("SELECT expires_at FROM kyc_oauth_tokens WHERE token_sha256 = $1", [tokenSha256]);
    const row = result.rows[0];
    return row !== undefined && now < row.expires_at.getTime();
  }

  /** Removes the personal values of these rows (inside the caller's transaction); returns the pending deliveries given up. */
  async #remove(client: pg.PoolClient, rows: readonly HeldEventRow[], at: Date, by: "retention" | "request" | "provider"): Promise<number> {
    let cancelled = 0;
    for (const row of rows) {
      await client.query(numbered(removeEventSql), removeEventParams(row, at, by));
      await client.query(numbered(removeDeliveryBodiesSql), [row.id]);
      cancelled += (await client.query(numbered(cancelPendingSql), [at, row.id])).rowCount ?? 0;
      await client.query(numbered(removeOutboxPayloadSql), [row.id]);
    }
    return cancelled;
  }

  purgeVerification(request: PurgeRequest): Promise<PurgeResult> {
    const reference = indexable(request.reference) ?? "";
    const at = new Date(request.at);
    return this.transaction(async (client) => {
      // The same lock as recordDelivery's: a callback of this verification waits, or is purged with the rest.
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`kyc_verification:${request.provider}:${reference}`]);
      const rows = (await client.query<HeldEventRow>(numbered(`${heldEventsOfVerificationSql} FOR UPDATE`), [request.provider, reference, reference, reference])).rows.filter(
        (row) => String(row.id) !== request.keepEventRow,
      );
      const cancelled = await this.#remove(client, rows, at, request.reason);
      const tombstone = (await client.query<Parameters<typeof toPurgeResult>[3]>(numbered(tombstoneSql), [request.provider, reference, request.requestedBy, request.reason, at, at])).rows[0];
      if (!tombstone) throw new Error("tombstone not written");
      return toPurgeResult(request.provider, reference, { events: rows.length, cancelled }, tombstone);
    });
  }

  async removeExpiredPersonalData(before: number, now: number): Promise<{ readonly events: number }> {
    let events = 0;
    for (;;) {
      // A batch per transaction; SKIP LOCKED leaves rows another instance is removing to it.
      const removed = await this.transaction(async (client) => {
        const rows = (await client.query<HeldEventRow>(numbered(`${heldEventsBeforeSql} FOR UPDATE SKIP LOCKED`), [new Date(before)])).rows;
        await this.#remove(client, rows, new Date(now), "retention");
        return rows.length;
      });
      events += removed;
      if (removed === 0) return { events };
    }
  }

  async rekey(): Promise<RekeyResult> {
    const keyId = requireKey(this.#values);
    let count = 0;
    for (const { table, columns } of sealedColumns) {
      let after = "0";
      for (;;) {
        const last = await this.transaction(async (client) => {
          const rows = (await client.query<Record<string, unknown>>(numbered(rekeySelectSql(table, columns, " FOR UPDATE")), [after])).rows;
          for (const row of rows) {
            const update = rekeyRow(this.#values, table, columns, row);
            if (!update) continue;
            await client.query(numbered(update.sql), update.params);
            count += update.params.length - 1;
          }
          return rows.length === 0 ? undefined : String(rows[rows.length - 1]?.id);
        });
        if (last === undefined) break;
        after = last;
      }
    }
    return { keyId, values: count };
  }

  async close(): Promise<void> {
    // Deliveries waiting for or in a group are written (and answered) before the pool closes.
    while (this.#pending.length > 0 || this.#writing.size > 0) {
      this.#schedule();
      await Promise.all([...this.#writing, new Promise((resolve) => setImmediate(resolve))]);
    }
    await this.#pool.end();
  }
}
