import { readdirSync, readlinkSync } from "node:fs";
import { Database } from "../../src/storage/sqlite-driver.js";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { testEnv } from "../helpers/harness.js";
import { freePort, kill, killChild, leakedPersonalValues, metricsOf, sleep, spawnReceiver, startReceiver, startSender, storedEvents, until } from "./support.js";

/*
 * Crash safety: a sender process posts unique, signed callbacks at load (redelivering each until it gets a 2xx,
 * as providers do) and keeps its own list of what was acknowledged; the receiver is killed with SIGKILL
 * mid-stream, several times, and restarted on the same port. Every acknowledged callback must be stored exactly
 * once: a 2xx means committed, and a redelivery of something committed but not acknowledged is a duplicate.
 * Also: receivers killed during their start-up migrations leave a database the next start migrates and uses.
 */

const kills = 3;

/** The tables a fully migrated database has (both backends name them alike). */
const expectedTables = ["kyc_deliveries", "kyc_events", "kyc_schema_migrations"];

describe.each(backends)("crash safety on $name", (backend) => {
  let database: BackendDatabase;
  let receiver: ReceiverProcess | undefined;

  beforeAll(async () => {
    await bundleReceiver();
    database = await backend.create();
  }, 60_000);

  afterAll(async () => {
    if (receiver) await kill(receiver);
    await database?.cleanup();
  });

  it("a receiver killed during its start-up migrations leaves a database the next start migrates", async () => {
    // Held by the test, the migration lock (PostgreSQL's advisory lock, SQLite's write lock) keeps the
    // receiver inside its migration step: it is killed there, for certain, not just "early".
    const port = String(await freePort());
    const env = testEnv(database, { KYC_PORT: port, KYC_LOG_LEVEL: "info" });
    if (backend.name === "postgres") {
      const holder = new pg.Client({ connectionString: database.databaseUrl });
      await holder.connect();
      try {
        await holder.query("SELECT pg_advisory_lock(hashtext('kyc_webhooks_migrations'))");
        const starting = spawnReceiver(env);
        await until(async () => {
          const waiting = await holder.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%kyc_webhooks_migrations%' AND pid <> pg_backend_pid()");
          return (waiting.rows[0] as { n: number }).n > 0;
        }, 20_000, "the receiver to wait for the migration lock");
        await killChild(starting.child);
        await holder.query("SELECT pg_advisory_unlock(hashtext('kyc_webhooks_migrations'))");
      } finally {
        await holder.end();
      }
    } else {
      const file = database.databaseUrl.slice("sqlite:".length);
      const { mkdirSync } = await import("node:fs");
      const { dirname } = await import("node:path");
      mkdirSync(dirname(file), { recursive: true });
      const holder = new Database(file);
      holder.pragma("journal_mode = WAL");
      holder.exec("BEGIN IMMEDIATE");
      const starting = spawnReceiver(env);
      // The receiver's migration waits on the write lock (its busy timeout is 5 s); kill it while it waits: once it
      // has the database file open (its start-up before that takes anything from 0.2 s to seconds), and a moment more.
      await until(() => opened(starting.child.pid ?? 0, file), 20_000, "the receiver to open the database");
      await sleep(300);
      expect(starting.child.exitCode).toBeNull();
      await killChild(starting.child);
      holder.exec("ROLLBACK");
      holder.close();
    }
    // Then kills at random moments of start-up, some of them while migrations are applied.
    let killedBeforeListening = 0;
    for (const delay of [150, 300, 450, 600, 750]) {
      const starting = spawnReceiver(env);
      const listened = await Promise.race([starting.listening, sleep(delay + Math.floor(Math.random() * 100)).then(() => "killed" as const)]);
      if (listened === "killed") killedBeforeListening++;
      await killChild(starting.child);
    }
    expect(killedBeforeListening).toBeGreaterThan(0);
    receiver = await startReceiver(database, { KYC_PORT: port });
    expect((await fetch(`${receiver.url}/readyz`)).status).toBe(200);
    expect(await tablesOf(database, backend.name)).toEqual(expect.arrayContaining(expectedTables));
    await kill(receiver);
    receiver = undefined;
  }, 90_000);

  it(`every callback acknowledged before each of ${kills} SIGKILLs is stored exactly once`, async () => {
    const port = String(await freePort());
    receiver = await startReceiver(database, { KYC_PORT: port });
    const url = receiver.url;
    const run = `crash-${backend.name}-${Date.now()}`;
    const sender = startSender(url, 8, run);
    const perCrash: { acknowledged: number; found: number }[] = [];
    for (let crash = 0; crash < kills; crash++) {
      await until(() => sender.acknowledged.length > (crash + 1) * 40, 30_000, "acknowledged callbacks");
      await sleep(Math.floor(Math.random() * 300));
      await kill(receiver);
      const acknowledgedBefore = [...sender.acknowledged];
      await sleep(200);
      receiver = await startReceiver(database, { KYC_PORT: port });
      const stored = await storedEvents(url, "provider=shufti");
      const references = new Set(stored.map((event) => event.reference));
      perCrash.push({ acknowledged: acknowledgedBefore.length, found: acknowledgedBefore.filter((reference) => references.has(reference)).length });
    }
    const sent = await sender.stop();
    const stored = await storedEvents(url, "provider=shufti");
    const byReference = new Map<string, number>();
    for (const event of stored) byReference.set(event.reference ?? "", (byReference.get(event.reference ?? "") ?? 0) + 1);
    const lost = sender.acknowledged.filter((reference) => byReference.get(reference) !== 1);
    console.info(`crash safety on ${backend.name}: ${JSON.stringify(perCrash)} (acknowledged before each kill / found after the restart); ${sent.acknowledged} acknowledged in ${sent.attempts} attempts, ${stored.length} stored`);
    expect(lost).toEqual([]);
    for (const crash of perCrash) expect(crash.found).toBe(crash.acknowledged);
    // Nothing is stored twice, acknowledged or not.
    expect([...byReference.values()].every((count) => count === 1)).toBe(true);
    expect(stored.every((event) => !event.quarantined)).toBe(true);
    await metricsOf(url);
  }, 120_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    if (receiver) {
      await receiver.stop();
      receiver = undefined;
    }
    expect(leakedPersonalValues()).toEqual([]);
  });
});

/** True when the process has `file` open (Linux /proc). */
function opened(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === file;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

async function tablesOf(database: BackendDatabase, backend: "sqlite" | "postgres"): Promise<string[]> {
  if (backend === "sqlite") {
    const db = new Database(database.databaseUrl.slice("sqlite:".length), { readonly: true });
    try {
      return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((row) => row.name);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [database.databaseSchema])).rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}
