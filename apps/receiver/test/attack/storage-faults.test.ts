import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Database } from "../../src/storage/sqlite-driver.js";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresBackend, postgresUrl, sqliteBackend } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { secrets } from "../helpers/harness.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { leakedPersonalValues, metricsOf, signedShufti, sleep, startReceiver, storedEvents, until } from "./support.js";

/*
 * Storage faults under a running receiver: the database cannot be written (SQLite: the process may not write
 * files any more, as on a full disk, through its RLIMIT_FSIZE; PostgreSQL: its connections turn read-only), its
 * connections are dropped (pg_terminate_backend), or its file is deleted. Callbacks then get 503 (the provider
 * delivers again), never a 2xx for something not stored; /readyz turns unready and recovers with the database;
 * every callback acknowledged is there afterwards.
 */

interface Outcome {
  readonly reference: string;
  readonly status: number;
}

async function post(url: string, reference: string): Promise<Outcome> {
  const { body, headers } = signedShufti(reference);
  try {
    const response = await fetch(`${url}/webhooks/shufti`, { method: "POST", headers, body: new Uint8Array(body), signal: AbortSignal.timeout(15_000) });
    await response.arrayBuffer();
    return { reference, status: response.status };
  } catch {
    return { reference, status: 0 };
  }
}

async function readiness(url: string): Promise<number> {
  return (await fetch(`${url}/readyz`)).status;
}

/** Every acknowledged reference is stored, once. */
async function expectAcknowledgedStored(url: string, outcomes: readonly Outcome[]): Promise<void> {
  const stored = new Map<string, number>();
  for (const event of await storedEvents(url, "provider=shufti")) stored.set(event.reference ?? "", (stored.get(event.reference ?? "") ?? 0) + 1);
  const missing = outcomes.filter((outcome) => outcome.status >= 200 && outcome.status < 300 && stored.get(outcome.reference) !== 1);
  expect(missing).toEqual([]);
}

/** Changes the largest file the process may write (RLIMIT_FSIZE): 1 byte is a full disk, `unlimited` a free one. */
function fileSizeLimit(pid: number, limit: string): void {
  execFileSync("prlimit", ["--pid", String(pid), `--fsize=${limit}`]);
}

describe("SQLite faults", () => {
  let database: BackendDatabase;
  let receiver: ReceiverProcess;

  beforeAll(async () => {
    await bundleReceiver();
    database = await sqliteBackend.create();
    receiver = await startReceiver(database);
  }, 60_000);

  afterAll(async () => {
    await receiver?.stop();
    await database?.cleanup();
  });

  it("a full disk: callbacks get 503, /readyz turns unready, and both recover when there is room again", async () => {
    const run = `disk-${Date.now()}`;
    const outcomes: Outcome[] = [];
    for (let index = 0; index < 5; index++) outcomes.push(await post(receiver.url, `${run}-before-${index}`));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([200, 200, 200, 200, 200]);
    fileSizeLimit(receiver.pid, "1:unlimited");
    try {
      const during: Outcome[] = [];
      for (let index = 0; index < 10; index++) during.push(await post(receiver.url, `${run}-full-${index}`));
      outcomes.push(...during);
      expect(during.map((outcome) => outcome.status)).toEqual(during.map(() => 503));
      expect(await readiness(receiver.url)).toBe(503);
    } finally {
      fileSizeLimit(receiver.pid, "unlimited:unlimited");
    }
    await until(async () => (await readiness(receiver.url)) === 200, 10_000, "/readyz to recover");
    for (let index = 0; index < 5; index++) outcomes.push(await post(receiver.url, `${run}-after-${index}`));
    expect(outcomes.slice(-5).map((outcome) => outcome.status)).toEqual([200, 200, 200, 200, 200]);
    await expectAcknowledgedStored(receiver.url, outcomes);
  }, 60_000);

  it("another process holding the write lock does not freeze the receiver: /healthz answers at once, the callback and an admin write wait and succeed", async () => {
    const earlier = `before-lock-${Date.now()}`;
    expect((await post(receiver.url, earlier)).status).toBe(200);
    const [stored] = await storedEvents(receiver.url, `reference=${earlier}`);
    const holder = new Database(database.databaseUrl.slice("sqlite:".length));
    holder.exec("BEGIN IMMEDIATE");
    let callback: Promise<Outcome>;
    let adminWrite: Promise<number>;
    const health: number[] = [];
    try {
      callback = post(receiver.url, `locked-${Date.now()}`);
      // The outbox writes on the main thread's connection (here: no outbound target takes it, a 409 after the lookup).
      adminWrite = fetch(`${receiver.url}/events/${stored?.id ?? ""}/redeliver`, { method: "POST", headers: { authorization: `Bearer ${secrets.adminToken}` } }).then((response) => response.status);
      await sleep(100);
      for (let index = 0; index < 10; index++) {
        const started = performance.now();
        expect((await fetch(`${receiver.url}/healthz`)).status).toBe(200);
        health.push(performance.now() - started);
        await sleep(100);
      }
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    expect((await callback).status).toBe(200);
    expect(await adminWrite).toBe(409);
    console.info(`SQLite write lock held by another process for about 1.2 s: /healthz answered in at most ${Math.max(...health).toFixed(0)} ms`);
    expect(Math.max(...health)).toBeLessThan(500);
  }, 30_000);

  it("the database file deleted under the running receiver: callbacks get 503, never 200, /readyz is unready; after a restart the redeliveries are stored, each once", async () => {
    const file = database.databaseUrl.slice("sqlite:".length);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    const run = `deleted-${Date.now()}`;
    const during: Outcome[] = [];
    // Concurrent too, as providers send: none of them may be acknowledged into the deleted file.
    for (let index = 0; index < 5; index++) during.push(await post(receiver.url, `${run}-${index}`));
    during.push(...(await Promise.all(Array.from({ length: 10 }, (_, index) => post(receiver.url, `${run}-concurrent-${index}`)))));
    expect(during.map((outcome) => outcome.status)).toEqual(during.map(() => 503));
    expect(await readiness(receiver.url)).toBe(503);
    await metricsOf(receiver.url);
    // A restart opens a new database at the path, and takes callbacks again.
    await receiver.stop();
    receiver = await startReceiver(database);
    expect(await readiness(receiver.url)).toBe(200);
    // The provider delivers again every callback that got 503, until acknowledged (twice here: the second is a
    // duplicate), and sends new ones.
    const redelivered: Outcome[] = [];
    for (let round = 0; round < 2; round++) {
      redelivered.push(...(await Promise.all(during.map((outcome) => post(receiver.url, outcome.reference)))));
    }
    redelivered.push(await post(receiver.url, `${run}-after`));
    expect(redelivered.map((outcome) => outcome.status)).toEqual(redelivered.map(() => 200));
    await expectAcknowledgedStored(receiver.url, redelivered);
    const stored = (await storedEvents(receiver.url, "provider=shufti")).filter((event) => event.reference?.startsWith(run));
    expect(stored.length).toBe(during.length + 1);
    expect(stored.filter((event) => event.reference !== `${run}-after`).every((event) => event.deliveries === 2)).toBe(true);
  }, 60_000);
});

/**
 * A full disk for PostgreSQL, faithfully and without touching the shared server's own disk: the receiver's tables
 * live in a tablespace on a small tmpfs of their own (its role's default_tablespace), which the test fills with a
 * file. That needs root (to mount) and PostgreSQL on this machine (to see the mount); elsewhere the test is skipped
 * and says why.
 */
function smallDisk(): { dir: string } | { reason: string } {
  if (process.getuid?.() !== 0) return { reason: "not root, so no tmpfs can be mounted" };
  if (!["127.0.0.1", "localhost", "[::1]"].includes(new URL(postgresUrl).hostname)) return { reason: "PostgreSQL is not on this machine" };
  const dir = mkdtempSync(join(tmpdir(), "kyc-pg-disk-"));
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64m,mode=0755", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return { reason: "no postgres user, or mount -t tmpfs is not allowed here" };
  }
  mkdirSync(join(dir, "pg"));
  execFileSync("chown", ["postgres:postgres", join(dir, "pg")]);
  return { dir };
}

/** Fills the small disk (dd stops at "No space left on device"). */
function fillDisk(dir: string): void {
  try {
    execFileSync("dd", ["if=/dev/zero", `of=${join(dir, "fill")}`, "bs=1M"], { stdio: "ignore" });
  } catch {
    // dd exits 1 when the disk is full: what it is for.
  }
}

describe("PostgreSQL faults", () => {
  // The receiver connects as a role of its own, so that its connections can be made read-only and dropped
  // without touching anyone else's on the shared server.
  const role = `kyc_attack_${randomBytes(4).toString("hex")}`;
  const tablespace = `kyc_attack_disk_${randomBytes(4).toString("hex")}`;
  let admin: pg.Client;
  let database: BackendDatabase;
  let receiver: ReceiverProcess;
  let disk: { dir: string } | { reason: string } = { reason: "not set up" };

  const dropConnections = () => admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1", [role]);

  beforeAll(async () => {
    await bundleReceiver();
    admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`GRANT CREATE ON DATABASE ${new URL(postgresUrl).pathname.slice(1)} TO ${role}`);
    disk = smallDisk();
    if ("dir" in disk) {
      await admin.query(`CREATE TABLESPACE ${tablespace} LOCATION '${join(disk.dir, "pg")}'`);
      await admin.query(`GRANT CREATE ON TABLESPACE ${tablespace} TO ${role}`);
      await admin.query(`ALTER ROLE ${role} SET default_tablespace = ${tablespace}`);
    }
    const base = await postgresBackend.create();
    const url = new URL(postgresUrl);
    url.username = role;
    database = { ...base, databaseUrl: url.toString() };
    receiver = await startReceiver(database);
  }, 60_000);

  afterAll(async () => {
    await receiver?.stop();
    await database?.cleanup();
    await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
    await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
    if ("dir" in disk) {
      await admin.query(`DROP TABLESPACE IF EXISTS ${tablespace}`).catch(() => undefined);
      execFileSync("umount", ["-l", disk.dir]);
      rmSync(disk.dir, { recursive: true, force: true });
    }
    await admin.end();
  });

  it("connections dropped mid-stream: every answer is 200 or 503, and every 200 is stored", async () => {
    const run = `terminate-${Date.now()}`;
    const outcomes: Outcome[] = [];
    let stop = false;
    const stream = (async () => {
      for (let index = 0; !stop; index++) {
        const batch = await Promise.all(Array.from({ length: 4 }, (_, lane) => post(receiver.url, `${run}-${index}-${lane}`)));
        outcomes.push(...batch);
      }
    })();
    for (let drop = 0; drop < 5; drop++) {
      await sleep(300);
      await dropConnections();
    }
    await sleep(300);
    stop = true;
    await stream;
    expect(outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 503)).toEqual([]);
    expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(0);
    await until(async () => (await readiness(receiver.url)) === 200, 10_000, "/readyz to recover");
    await expectAcknowledgedStored(receiver.url, outcomes);
  }, 60_000);

  it("a database that cannot write: callbacks get 503, /readyz turns unready, and both recover", async () => {
    const run = `readonly-${Date.now()}`;
    await admin.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`);
    await dropConnections();
    const outcomes: Outcome[] = [];
    try {
      for (let index = 0; index < 5; index++) outcomes.push(await post(receiver.url, `${run}-${index}`));
      expect(outcomes.map((outcome) => outcome.status)).toEqual(outcomes.map(() => 503));
      expect(await readiness(receiver.url)).toBe(503);
    } finally {
      await admin.query(`ALTER ROLE ${role} RESET default_transaction_read_only`);
      await dropConnections();
    }
    await until(async () => (await readiness(receiver.url)) === 200, 10_000, "/readyz to recover");
    outcomes.push(await post(receiver.url, `${run}-after`));
    expect(outcomes.at(-1)?.status).toBe(200);
    await expectAcknowledgedStored(receiver.url, outcomes);
    await metricsOf(receiver.url);
  }, 60_000);

  it("a full disk where the tables are: callbacks get 503, never 2xx for what is not stored; /readyz turns unready; both recover and nothing is lost", async (context) => {
    if (!("dir" in disk)) {
      console.info(`PostgreSQL full disk: skipped (${disk.reason})`);
      context.skip();
      return;
    }
    const dir = disk.dir;
    const run = `pg-disk-${Date.now()}`;
    const outcomes: Outcome[] = [];
    for (let index = 0; index < 3; index++) outcomes.push(await post(receiver.url, `${run}-before-${index}`));
    expect(outcomes.map((outcome) => outcome.status)).toEqual([200, 200, 200]);
    fillDisk(dir);
    let unready: number;
    const during: Outcome[] = [];
    try {
      // Rows still fit in pages the tables have (committed, so 200 is true); once a table needs a new page, 503.
      for (let index = 0; index < 200 && during.filter((outcome) => outcome.status === 503).length < 10; index++) during.push(await post(receiver.url, `${run}-full-${index}`));
      unready = await readiness(receiver.url);
    } finally {
      rmSync(join(dir, "fill"), { force: true });
    }
    outcomes.push(...during);
    console.info(`PostgreSQL full disk: ${during.filter((outcome) => outcome.status === 200).length} callbacks stored into free room of existing pages, then ${during.filter((outcome) => outcome.status === 503).length} got 503; /readyz ${unready}`);
    expect(during.filter((outcome) => outcome.status !== 200 && outcome.status !== 503)).toEqual([]);
    expect(during.filter((outcome) => outcome.status === 503).length).toBe(10);
    expect(unready).toBe(503);
    await until(async () => (await readiness(receiver.url)) === 200, 10_000, "/readyz to recover");
    // The provider delivers again what got 503.
    const redelivered = await Promise.all(during.filter((outcome) => outcome.status === 503).map((outcome) => post(receiver.url, outcome.reference)));
    expect(redelivered.map((outcome) => outcome.status)).toEqual(redelivered.map(() => 200));
    outcomes.push(...redelivered);
    await expectAcknowledgedStored(receiver.url, outcomes);
    const stored = (await storedEvents(receiver.url, "provider=shufti")).filter((event) => event.reference?.startsWith(run));
    expect(stored.length).toBe(3 + during.length);
    await metricsOf(receiver.url);
  }, 60_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    await receiver.stop();
    expect(leakedPersonalValues()).toEqual([]);
  });
});
