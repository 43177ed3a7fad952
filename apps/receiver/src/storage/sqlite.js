import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadMigrations, migrationsTableSql } from "./migrations.js";
import { buildListQuery, detailColumns, toStoredEvent, toStoredEventDetail } from "./rows.js";
import { encodeCursor, indexable, toJson } from "./types.js";
import { enqueueSqlite, SqliteOutbox } from "./outbox/sqlite.js";
import { Database } from "./sqlite-driver.js";
import { statement } from "./sqlite-statements.js";
import { StoredValues } from "../privacy/stored-values.js";
import { cancelPendingSql, heldEventsBeforeSql, heldEventsOfVerificationSql, rekeyRow, rekeySelectSql, removeDeliveryBodiesSql, removeEventParams, removeEventSql, removeOutboxPayloadSql, requireKey, sealedColumns, toPurgeResult, toStoredTombstone, tombstoneOfSql, tombstoneReferenceOf, tombstoneSql, } from "./personal-data.js";
import { buildVerificationListQuery, countByContentKeySql, eventByKeySql, historySql, insertEventParams, insertEventSql, latestEventSql, planDelivery, toStoredVerificationDetail, toVerificationPage, upsertVerificationParams, upsertVerificationSql, verificationSql, verificationTarget, } from "./verifications.js";
const dialect = { time: (ms) => ms, bool: (value) => (value ? 1 : 0) };
function fromRaw(row) {
    return { ...row, id: String(row.id), quarantined: row.quarantined === 1 };
}
/** How long a write waits in all for another process's write lock (SQLite's busy timeout before). */
const writeWaitMs = 5_000;
/**
 * How long one attempt at the write lock may block the event loop (better-sqlite3 is synchronous): past it, the
 * deliveries wait for the lock with timers, so that every other request is served meanwhile.
 */
const writeBusyTimeoutMs = 20;
function isBusy(error) {
    return error?.code === "SQLITE_BUSY";
}
/** The most deliveries committed together (group commit); more wait for the next transaction. */
const defaultMaxBatch = 64;
/**
 * SQLite through better-sqlite3: WAL journal, synchronous=FULL (a committed callback survives a power
 * loss, which is what the 2xx promises), and a busy timeout so that several processes can share a file.
 * better-sqlite3 is synchronous, so each transaction runs to completion without interleaving.
 */
export class SqliteStore {
    backend = "sqlite";
    location;
    outbox;
    #db;
    #fanout;
    #values;
    #maxBatch;
    #pending = [];
    #flushScheduled = false;
    /** Set while the deliveries wait for another process's write lock. */
    #retry;
    /** The database file and its identity when opened (undefined in memory): a file deleted or replaced later is noticed. */
    #file;
    /** A group of deliveries in one transaction, each in a savepoint (a nested better-sqlite3 transaction). */
    #writeBatch;
    #writeOne;
    constructor(db, location, fanout, options) {
        this.#db = db;
        this.location = location;
        this.#fanout = fanout;
        this.#maxBatch = Math.max(1, options.maxBatch ?? defaultMaxBatch);
        this.#values = options.values ?? new StoredValues();
        this.outbox = new SqliteOutbox(db, this.#values);
        this.#writeOne = db.transaction((input) => this.#recordOne(input));
        this.#writeBatch = db.transaction((batch) => batch.map((entry) => {
            try {
                return { ok: true, outcome: this.#writeOne(entry.input) };
            }
            catch (error) {
                // Some errors (a full disk, an I/O error) make SQLite roll back the whole transaction, not just the
                // savepoint: then nothing of the group is kept, and the group as a whole is tried again one by one.
                if (!db.inTransaction)
                    throw error;
                return { ok: false, error };
            }
        }));
    }
    /** Opens (creating the file and its folder on first start) and migrates. `file` may be `:memory:`. */
    static open(file, fanout, options = {}) {
        const memory = file === ":memory:";
        const path = memory ? file : resolve(file);
        if (!memory)
            mkdirSync(dirname(path), { recursive: true });
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
    migrate() {
        const migrations = loadMigrations("sqlite");
        const apply = this.#db.transaction(() => {
            this.#db.exec(migrationsTableSql);
            const applied = new Set(this.#db.prepare("SELECT version FROM kyc_schema_migrations").all().map((row) => row.version));
            for (const migration of migrations) {
                if (applied.has(migration.version))
                    continue;
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
    recordDelivery(input) {
        return new Promise((resolve, reject) => {
            this.#pending.push({ input, since: Date.now(), resolve, reject });
            // Waiting for another process's write lock: the next try takes this one too.
            if (this.#retry)
                return;
            if (this.#pending.length >= this.#maxBatch)
                this.#flush();
            else if (!this.#flushScheduled) {
                this.#flushScheduled = true;
                setImmediate(() => this.#flush());
            }
        });
    }
    #flush() {
        this.#flushScheduled = false;
        while (this.#pending.length > 0) {
            const batch = this.#pending.splice(0, this.#maxBatch);
            let settled;
            try {
                settled = this.#writeBatch.immediate(batch);
                if (this.#retry)
                    this.#retry = undefined;
            }
            catch (error) {
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
                        return { ok: true, outcome: this.#writeOne.immediate(entry.input) };
                    }
                    catch (error) {
                        return { ok: false, error };
                    }
                });
            }
            // Committed to a file that is no longer the database (deleted or replaced under the receiver): lost at the
            // next start, so not acknowledged.
            const fileProblem = this.#fileProblem();
            if (fileProblem)
                settled = batch.map(() => ({ ok: false, error: new Error(fileProblem) }));
            let queued = false;
            settled.forEach((result, index) => {
                const entry = batch[index];
                if (result.ok) {
                    queued ||= result.outcome.queued > 0;
                    entry.resolve(result.outcome);
                }
                else
                    entry.reject(result.error instanceof Error ? result.error : new Error(String(result.error)));
            });
            if (queued)
                this.#fanout?.onQueued?.();
        }
    }
    /** Why the database file is not the one this store opened, or undefined when it still is. */
    #fileProblem() {
        if (this.#file === undefined)
            return undefined;
        let stat;
        try {
            stat = statSync(this.#file.path);
        }
        catch {
            return "The SQLite database file was deleted under the running receiver; restart it to open a new one";
        }
        return stat.dev === this.#file.dev && stat.ino === this.#file.ino ? undefined : "The SQLite database file was replaced under the running receiver; restart it to open the new one";
    }
    /** One delivery's statements; inside a transaction (the group's, or its own). */
    #recordOne(input) {
        const db = this.#db;
        const headers = toJson(input.headers);
        const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
        // The write lock is held (BEGIN IMMEDIATE): these lookups and the writes below see one state.
        const target = verificationTarget(input);
        const plan = planDelivery(input, {
            latest: target ? statement(db, latestEventSql).get(target.provider, target.reference) : undefined,
            sameKey: statement(db, eventByKeySql).get(input.eventId),
            sameKeyCount: statement(db, countByContentKeySql).get(input.eventId).n,
            current: target ? statement(db, verificationSql).get(target.provider, target.reference) : undefined,
        });
        const verification = plan.redelivery ? undefined : plan.verification;
        const inserted = plan.redelivery ? undefined : statement(db, insertEventSql).get(...insertEventParams(input, plan.eventId, verification, dialect, this.#values));
        let id;
        let duplicate = false;
        let quarantined = input.quarantined;
        let storedSha = input.bodySha256;
        if (inserted) {
            id = inserted.id;
            if (verification)
                statement(db, upsertVerificationSql).run(...upsertVerificationParams(verification, String(id), dialect));
        }
        else {
            const existing = statement(db, "SELECT id, quarantined, body_sha256 FROM kyc_events WHERE event_id = ?").get(plan.eventId);
            id = existing.id;
            duplicate = true;
            quarantined = existing.quarantined === 1;
            storedSha = existing.body_sha256;
            statement(db, "UPDATE kyc_events SET delivery_count = delivery_count + 1, last_received_at = MAX(last_received_at, ?) WHERE id = ?").run(input.receivedAt, id);
        }
        statement(db, "INSERT INTO kyc_deliveries (event_row, request_id, received_at, source_ip, headers, body_sha256, raw_body, duplicate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").run(id, input.requestId, input.receivedAt, input.sourceIp ?? null, headers, input.bodySha256, storedSha === input.bodySha256 ? null : this.#values.body(body), duplicate ? 1 : 0);
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
                ...(verification ? { verification: verification.state } : {}),
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
    listVerifications(query) {
        const { sql, params, limit } = buildVerificationListQuery(query, dialect);
        return Promise.resolve(toVerificationPage(this.#db.prepare(sql).all(...params), limit));
    }
    getVerification(provider, reference) {
        const row = statement(this.#db, verificationSql).get(provider, indexable(reference));
        if (!row)
            return Promise.resolve(undefined);
        const history = statement(this.#db, historySql).all(provider, indexable(reference));
        const tombstone = statement(this.#db, tombstoneOfSql).get(provider, indexable(reference));
        return Promise.resolve(toStoredVerificationDetail(row, history, tombstone ? toStoredTombstone(tombstone) : null));
    }
    listEvents(query) {
        const { sql, params, limit } = buildListQuery(query, { param: () => "?", ...dialect });
        const rows = this.#db.prepare(sql).all(...params).map(fromRaw);
        const page = rows.slice(0, limit);
        const last = page[page.length - 1];
        return Promise.resolve({ events: page.map(toStoredEvent), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null });
    }
    getEvent(idOrEventId) {
        const byId = /^\d{1,18}$/.test(idOrEventId);
        const raw = statement(this.#db, `SELECT ${detailColumns} FROM kyc_events WHERE ${byId ? "id" : "event_id"} = ?`).get(byId ? Number(idOrEventId) : idOrEventId);
        if (!raw)
            return Promise.resolve(undefined);
        const deliveries = statement(this.#db, "SELECT request_id, received_at, source_ip, body_sha256, duplicate FROM kyc_deliveries WHERE event_row = ? ORDER BY id").all(raw.id).map((row) => ({ ...row, duplicate: row.duplicate === 1 }));
        const filedUnder = tombstoneReferenceOf(raw);
        const tombstone = filedUnder === null ? undefined : statement(this.#db, tombstoneOfSql).get(raw.provider, filedUnder);
        return Promise.resolve(toStoredEventDetail(fromRaw(raw), deliveries, this.#values, tombstone ? toStoredTombstone(tombstone) : null));
    }
    /**
     * A write that commits, to the file this store opened: a database that answers but cannot write (a full disk, a
     * read-only or deleted file) is not ready. Busy (another process writing) is ready: the write lock is there.
     */
    ping() {
        const fileProblem = this.#fileProblem();
        if (fileProblem)
            return Promise.reject(new Error(fileProblem));
        try {
            // SQLite skips rewriting a row to the value it holds; the header's user_version (unused by the receiver,
            // which keeps its migrations in a table) is a write that always reaches the file.
            const version = this.#db.pragma("user_version", { simple: true });
            this.#db.pragma(`user_version = ${(version + 1) % 1_000_000}`);
            return Promise.resolve();
        }
        catch (error) {
            return isBusy(error) ? Promise.resolve() : Promise.reject(error);
        }
    }
    saveAccessToken(tokenSha256, expiresAt) {
        statement(this.#db, "DELETE FROM kyc_oauth_tokens WHERE expires_at < ?").run(Date.now());
        statement(this.#db, "INSERT OR REPLACE INTO kyc_oauth_tokens (token_sha256, expires_at) VALUES (?, ?)").run(tokenSha256, expiresAt);
        return Promise.resolve();
    }
    isAccessTokenValid(tokenSha256, now) {
        const row = statement(this.#db, "SELECT expires_at FROM kyc_oauth_tokens WHERE token_sha256 = ?").get(tokenSha256);
        return Promise.resolve(row !== undefined && now < row.expires_at);
    }
    /** Removes the personal values of these rows (inside the caller's transaction); returns the pending deliveries given up. */
    #remove(rows, at, by) {
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
    #checkpoint() {
        this.#db.pragma("wal_checkpoint(TRUNCATE)");
    }
    purgeVerification(request) {
        const db = this.#db;
        const reference = indexable(request.reference) ?? "";
        try {
            const result = db
                .transaction(() => {
                const rows = db.prepare(heldEventsOfVerificationSql).all(request.provider, reference, reference, reference).filter((row) => String(row.id) !== request.keepEventRow);
                const cancelled = this.#remove(rows, request.at, request.reason);
                const tombstone = db.prepare(tombstoneSql).get(request.provider, reference, request.requestedBy, request.reason, request.at, request.at);
                return toPurgeResult(request.provider, reference, { events: rows.length, cancelled }, tombstone);
            })
                .immediate();
            this.#checkpoint();
            return Promise.resolve(result);
        }
        catch (error) {
            return Promise.reject(error);
        }
    }
    removeExpiredPersonalData(before, now) {
        const db = this.#db;
        let events = 0;
        try {
            for (;;) {
                // A batch per transaction, so that callbacks are not held up behind a long retention run.
                const removed = db
                    .transaction(() => {
                    const rows = db.prepare(heldEventsBeforeSql).all(before);
                    this.#remove(rows, now, "retention");
                    return rows.length;
                })
                    .immediate();
                events += removed;
                if (removed === 0)
                    break;
            }
            if (events > 0)
                this.#checkpoint();
            return Promise.resolve({ events });
        }
        catch (error) {
            return Promise.reject(error);
        }
    }
    rekey() {
        const db = this.#db;
        try {
            const keyId = requireKey(this.#values);
            let count = 0;
            for (const { table, columns } of sealedColumns) {
                let after = 0;
                for (;;) {
                    const last = db
                        .transaction(() => {
                        const rows = db.prepare(rekeySelectSql(table, columns)).all(after);
                        for (const row of rows) {
                            const update = rekeyRow(this.#values, table, columns, row);
                            if (!update)
                                continue;
                            db.prepare(update.sql).run(...update.params);
                            count += update.params.length - 1;
                        }
                        return rows.length === 0 ? undefined : Number(rows[rows.length - 1]?.id);
                    })
                        .immediate();
                    if (last === undefined)
                        break;
                    after = last;
                }
            }
            this.#checkpoint();
            return Promise.resolve({ keyId, values: count });
        }
        catch (error) {
            return Promise.reject(error);
        }
    }
    close() {
        // Deliveries waiting for their group's transaction are written (and answered) before the file closes.
        if (this.#db.open) {
            // At shutdown, waiting for another process's lock may block: the deliveries queued are written or refused.
            if (this.#retry)
                clearTimeout(this.#retry.timer);
            this.#retry = undefined;
            this.#db.pragma(`busy_timeout = ${writeWaitMs}`);
            this.#flush();
            this.#db.close();
        }
        return Promise.resolve();
    }
}
//# sourceMappingURL=sqlite.js.map