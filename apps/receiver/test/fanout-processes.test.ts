import { once } from "node:events";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import { postgresBackend } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { eventually, startDownstream } from "./helpers/downstream.js";
import type { Downstream } from "./helpers/downstream.js";
import { newSecret } from "./helpers/fanout.js";
import { deliver, secrets } from "./helpers/harness.js";
import { bundleReceiver, startReceiverProcess } from "./helpers/processes.js";
import type { ReceiverProcess } from "./helpers/processes.js";

/*
 * Two receiver processes on one PostgreSQL, each with its own delivery worker, and a real downstream
 * that verifies every signature: a burst of callbacks split between them reaches the downstream exactly
 * once each; a receiver killed with SIGKILL while its deliveries are in flight loses none of them (the
 * other one delivers them when the lease runs out).
 */

// The lease outlasts the timeout, which is generous: on a loaded machine an attempt that times out is sent again (at least once).
const leaseMs = 6_000;

describe("two receiver processes on one PostgreSQL", () => {
  const secret = newSecret();
  let database: BackendDatabase;
  let downstream: Downstream;
  let db: pg.Client;
  const receivers: ReceiverProcess[] = [];

  const env = () => ({
    DATABASE_URL: database.databaseUrl,
    KYC_DATABASE_SCHEMA: database.databaseSchema ?? "",
    KYC_PORT: "0",
    KYC_HOST: "127.0.0.1",
    KYC_ADMIN_TOKEN: secrets.adminToken,
    KYC_SHUFTI_SECRET_KEY: secrets.shufti,
    KYC_LOG_LEVEL: "warn",
    KYC_OUTBOUND_URLS: downstream.url,
    KYC_OUTBOUND_SECRET: secret,
    KYC_OUTBOUND_TIMEOUT_MS: "5000",
    KYC_OUTBOUND_LEASE_MS: String(leaseMs),
    KYC_OUTBOUND_RETRY_SCHEDULE: "0,100,200,400,800,1000,1000,1000",
    KYC_OUTBOUND_POLL_MS: "50",
    KYC_SHUTDOWN_TIMEOUT_MS: "2000",
  });

  const eventIdOf = (entry: { message: { body: unknown } }) => (entry.message.body as { data: { id: string } }).data.id;
  const acceptedIds = () => new Set([...downstream.accepted.values()].map(eventIdOf));

  beforeAll(async () => {
    await bundleReceiver();
    database = await postgresBackend.create();
    downstream = await startDownstream({ secret });
    receivers.push(await startReceiverProcess(env()));
    receivers.push(await startReceiverProcess(env()));
    db = new pg.Client({ connectionString: database.databaseUrl, options: `-c search_path=${database.databaseSchema}` });
    await db.connect();
  }, 60_000);

  afterAll(async () => {
    for (const receiver of receivers) await receiver.stop();
    await db?.end();
    await downstream?.close();
    await database?.cleanup();
  });

  it("delivers each event of a burst split between them exactly once, none missing", async () => {
    const [a, b] = receivers as [ReceiverProcess, ReceiverProcess];
    const run = Date.now();
    const acks: CallbackAck[] = [];
    // 200 callbacks, 10 at a time, alternating between the two receivers.
    for (let batch = 0; batch < 20; batch++) {
      const sent = await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const response = await deliver((index % 2 === 0 ? a : b).url, shuftiCallback(`burst-${run}-${batch}-${index}`));
          expect(response.status).toBe(200);
          return (await response.json()) as CallbackAck;
        }),
      );
      acks.push(...sent);
    }
    await eventually(() => acks.every((ack) => acceptedIds().has(ack.id)), 60_000, "every event downstream");
    await eventually(async () => (await db.query("SELECT 1 FROM kyc_outbound_deliveries WHERE state <> 'succeeded' LIMIT 1")).rowCount === 0, 10_000, "every delivery recorded");

    expect(downstream.requests.every((request) => request.verified)).toBe(true);
    // The normal case: no attempt failed, so every message went out once.
    expect((await db.query<{ error: string }>("SELECT error FROM kyc_outbound_attempts WHERE NOT ok")).rows).toEqual([]);
    expect(downstream.requests).toHaveLength(acks.length);
    expect([...downstream.accepted.values()].every((entry) => entry.times === 1)).toBe(true);
    const workers = (await db.query<{ worker: string; count: string }>("SELECT worker, COUNT(*) AS count FROM kyc_outbound_attempts GROUP BY worker")).rows;
    expect(workers.map((row) => row.worker.split(":")[1]).sort()).toEqual([String(a.pid), String(b.pid)].sort());
  }, 120_000);

  it("loses nothing when a receiver is killed with SIGKILL mid-delivery: the other delivers its messages after the lease", async () => {
    const [a, b] = receivers as [ReceiverProcess, ReceiverProcess];
    // The downstream holds each answer, so that the deliveries are in flight when the receiver dies.
    downstream.options = { secret, delayMs: 1_500 };
    const run = Date.now();
    const acks: CallbackAck[] = [];
    for (let index = 0; index < 12; index++) acks.push((await (await deliver(a.url, shuftiCallback(`kill-${run}-${index}`))).json()) as CallbackAck);
    const heldByA = async () =>
      Number((await db.query<{ count: string }>("SELECT COUNT(*) AS count FROM kyc_outbound_deliveries WHERE lease_token IS NOT NULL AND split_part(lease_owner, ':', 2) = $1", [String(a.pid)])).rows[0]?.count ?? 0);
    await eventually(async () => (await heldByA()) > 0, 10_000, "deliveries in flight in the first receiver");
    a.child.kill("SIGKILL");
    const killedAt = Date.now();
    if (a.child.exitCode === null && a.child.signalCode === null) await once(a.child, "exit");
    // Counted once the receiver is dead: what it still held then (a delivery it finished just before is not).
    const held = await heldByA();
    downstream.options = { secret };

    await eventually(() => acks.every((ack) => acceptedIds().has(ack.id)), 30_000, "every event downstream");
    await eventually(async () => (await db.query("SELECT 1 FROM kyc_outbound_deliveries WHERE state <> 'succeeded' LIMIT 1")).rowCount === 0, 10_000, "every delivery recorded");
    // What the killed receiver held was delivered by the other one, after the lease.
    const taken = await db.query<{ started_at: Date }>(
      "SELECT a.started_at FROM kyc_outbound_attempts a JOIN kyc_outbound_deliveries d ON d.id = a.delivery_row WHERE a.ok AND split_part(a.worker, ':', 2) = $1 AND a.started_at > $2",
      [String(b.pid), new Date(killedAt)],
    );
    expect(held).toBeGreaterThan(0);
    expect(taken.rowCount).toBeGreaterThanOrEqual(held);
    expect(Math.max(...taken.rows.map((row) => row.started_at.getTime())) - killedAt).toBeGreaterThanOrEqual(leaseMs / 2);
    expect(downstream.requests.every((request) => request.verified)).toBe(true);
  }, 60_000);
});
