import pg from "pg";
import type { EventDetail, EventListResponse, EventQuery } from "../api/schemas.js";
import { loadMigrations, migrationsTableSql } from "./migrations.js";
import { buildListQuery, detailColumns, toDetail, toSummary } from "./rows.js";
import type { DeliveryRow, EventDetailRow, EventRow } from "./rows.js";
import { encodeCursor, indexable, toJson } from "./types.js";
import type { DeliveryInput, DeliveryOutcome, Store, StoreOutboxOptions } from "./types.js";
import { enqueuePostgres, PostgresOutbox } from "./outbox/postgres.js";

type RawEventRow = Omit<EventRow, "received_at" | "last_received_at"> & { received_at: Date; last_received_at: Date };
type RawDetailRow = Omit<EventDetailRow, "received_at" | "last_received_at"> & { received_at: Date; last_received_at: Date };
type RawDeliveryRow = Omit<DeliveryRow, "received_at"> & { received_at: Date };

function fromRaw<T extends { received_at: Date; last_received_at: Date }>(row: T): Omit<T, "received_at" | "last_received_at"> & { received_at: number; last_received_at: number } {
  return { ...row, received_at: row.received_at.getTime(), last_received_at: row.last_received_at.getTime() };
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

  private constructor(pool: pg.Pool, location: string, schema: string | undefined, fanout: StoreOutboxOptions | undefined) {
    this.#pool = pool;
    this.location = location;
    this.#schema = schema;
    this.#fanout = fanout;
    this.outbox = new PostgresOutbox(pool, (work) => this.transaction(work));
  }

  static async open(url: string, options: { readonly schema?: string; readonly poolSize?: number; readonly outbox?: StoreOutboxOptions } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 10_000,
      ...(options.schema ? { options: `-c search_path=${ident(options.schema)}` } : {}),
    });
    // An idle client that loses its connection emits 'error' on the pool; without a listener that would crash the process.
    pool.on("error", () => undefined);
    const store = new PostgresStore(pool, `postgres ${redactDatabaseUrl(url)}${options.schema ? ` schema ${options.schema}` : ""}`, options.schema, options.outbox);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
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

  async recordDelivery(input: DeliveryInput): Promise<DeliveryOutcome> {
    const outcome = await this.transaction(async (client): Promise<DeliveryOutcome> => {
      const headers = toJson(input.headers);
      const receivedAt = new Date(input.receivedAt);
      const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO kyc_events (event_id, provider, kind, received_at, last_received_at, delivery_count, request_id, source_ip, content_type, headers, raw_body, body_sha256,
           quarantined, issue_count, issues, decoded, normalized, status, type, reference, merchant_reference, occurred_at)
         VALUES ($1, $2, $3, $4, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
         ON CONFLICT (event_id) DO NOTHING RETURNING id`,
        [
          input.eventId,
          input.provider,
          indexable(input.kind),
          receivedAt,
          input.requestId,
          input.sourceIp ?? null,
          input.contentType ?? null,
          headers,
          body,
          input.bodySha256,
          input.quarantined,
          input.issues.length,
          toJson(input.issues),
          input.quarantined && input.decoded !== undefined ? toJson(input.decoded) : null,
          input.normalized ? toJson(input.normalized) : null,
          input.normalized?.status ?? null,
          input.normalized?.type ?? null,
          indexable(input.normalized?.reference),
          indexable(input.normalized?.merchantReference),
          indexable(input.normalized?.occurredAt),
        ],
      );
      let id: string;
      let duplicate = false;
      let quarantined = input.quarantined;
      let storedSha = input.bodySha256;
      const row = inserted.rows[0];
      if (row) {
        id = row.id;
      } else {
        // The conflicting row is committed (ON CONFLICT waited for it), so this statement's snapshot sees it.
        const existing = await client.query<{ id: string; quarantined: boolean; body_sha256: string }>(
          "UPDATE kyc_events SET delivery_count = delivery_count + 1, last_received_at = GREATEST(last_received_at, $2) WHERE event_id = $1 RETURNING id, quarantined, body_sha256",
          [input.eventId, receivedAt],
        );
        const found = existing.rows[0];
        if (!found) throw new Error("event vanished during redelivery");
        id = found.id;
        duplicate = true;
        quarantined = found.quarantined;
        storedSha = found.body_sha256;
      }
      await client.query(
        "INSERT INTO kyc_deliveries (event_row, request_id, received_at, source_ip, headers, body_sha256, raw_body, duplicate) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        [id, input.requestId, receivedAt, input.sourceIp ?? null, headers, input.bodySha256, storedSha === input.bodySha256 ? null : body, duplicate],
      );
      let queued = 0;
      const plan = !duplicate && input.normalized && this.#fanout
        ? this.#fanout.policy({ id, eventId: input.eventId, provider: input.provider, receivedAt: input.receivedAt, normalized: input.normalized, outcome: "applied", changed: true })
        : undefined;
      if (plan && plan.targets.length > 0) {
        await enqueuePostgres(client, id, plan, input.receivedAt);
        queued = plan.targets.length;
      }
      return { id, eventId: input.eventId, duplicate, quarantined, queued };
    });
    if (outcome.queued > 0) this.#fanout?.onQueued?.();
    return outcome;
  }

  async listEvents(query: EventQuery): Promise<EventListResponse> {
    const { sql, params, limit } = buildListQuery(query, { param: (index) => `$${index}`, time: (ms) => new Date(ms), bool: (value) => value });
    const rows = (await this.#pool.query<RawEventRow>(sql, params)).rows.map(fromRaw);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { events: page.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  async getEvent(idOrEventId: string, options: { readonly includeRawBody?: boolean } = {}): Promise<EventDetail | undefined> {
    const byId = /^\d{1,18}$/.test(idOrEventId);
    const result = await this.#pool.query<RawDetailRow>(`SELECT ${detailColumns} FROM kyc_events WHERE ${byId ? "id" : "event_id"} = $1`, [idOrEventId]);
    const raw = result.rows[0];
    if (!raw) return undefined;
    const deliveries = (
      await this.#pool.query<RawDeliveryRow>("SELECT request_id, received_at, source_ip, body_sha256, duplicate FROM kyc_deliveries WHERE event_row = $1 ORDER BY id", [raw.id])
    ).rows.map((row) => ({ ...row, received_at: row.received_at.getTime() }));
    return toDetail(fromRaw(raw), deliveries, options.includeRawBody === true);
  }

  async ping(): Promise<void> {
    await this.#pool.query("SELECT 1");
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

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
