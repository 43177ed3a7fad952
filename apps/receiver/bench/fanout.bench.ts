/**
 * The fan-out, measured (`pnpm bench`), in one run so that the figures share the machine's load: the
 * receiver's ingest rate without fan-out (the baseline), with the transactional outbox queueing every
 * event, then how fast the delivery worker drains the queued messages to a real HTTP consumer (another
 * process, verifying every signature with standardwebhooks) and to NATS JetStream, and ingest with
 * delivery running at the same time. Ingest is autocannon in a child process (as in http-layer.bench.ts):
 * KYC_BENCH_REQUESTS POSTs of a 6.4 kB Netki callback, 10 connections, on a SQLite file (synchronous=FULL).
 * Each bench is one run; each figure is printed when it is measured, as a rate and as a ratio to the baseline.
 * Every request is a new verification (a fresh Netki transaction id), so that each one queues a message, and a
 * queue that does not drain within KYC_BENCH_DRAIN_TIMEOUT_MS (120 s) fails the bench instead of hanging it.
 */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getFixture } from "@kyc-webhooks/netki/fixtures";
import { afterAll, bench, describe } from "vitest";
import type { DeliveryTarget } from "../src/fanout/endpoints.js";
import { createOutboxPolicy } from "../src/fanout/policy.js";
import { DeliveryWorker } from "../src/fanout/worker.js";
import { createHandler } from "../src/handler.js";
import { createServer } from "../src/server.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";

const amount = Number(process.env.KYC_BENCH_REQUESTS ?? 2000);
const natsUrl = process.env.KYC_TEST_NATS_URL ?? "nats://127.0.0.1:4222";
// Every request a new event of a new verification (identity.id is Netki's transaction reference): the outbox
// queues only what changes a verification's state, so that deliveries of one verification would queue one message.
const fixture = getFixture("transaction.completed").text;
const reference = "83d0d0b0-68e8-4746-8197-ca4d18a21e2c";
if (!fixture.includes(`"id": "${reference}"`)) throw new Error("the Netki fixture changed: update the bench's template");
const template = fixture.replace(`"id": "${reference}"`, '"id": "__UUID__"').replace(/^\{/, '{"bench": "__N__",');
/** How long a queue may take to drain before the bench gives up (a stuck worker must not hang `pnpm bench`). */
const drainTimeoutMs = Number(process.env.KYC_BENCH_DRAIN_TIMEOUT_MS ?? 120_000);
const secret = `whsec_${randomBytes(32).toString("base64")}`;
const suffix = randomBytes(4).toString("hex");

interface Load {
  requests: number;
  total: number;
  non2xx: number;
  errors: number;
}

function ingest(url: string): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./autocannon-run.mjs", import.meta.url), { stdio: "ignore" });
    child.once("message", (message) => {
      const result = message as Load;
      if (result.non2xx > 0 || result.errors > 0) reject(new Error(`ingest had ${result.non2xx} non-2xx answers and ${result.errors} errors`));
      else resolve(result);
    });
    child.once("error", reject);
    child.send({ url: `${url}/webhooks/netki`, amount, connections: 10, method: "POST", headers: { "content-type": "application/json" }, body: template });
  });
}

let consumer: { child: ChildProcess; url: string } | undefined;
async function httpConsumer(): Promise<{ child: ChildProcess; url: string }> {
  if (consumer) return consumer;
  const child = fork(new URL("./downstream-run.mjs", import.meta.url), { stdio: "ignore" });
  const port = await new Promise<number>((resolve) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.send({ secret });
  });
  consumer = { child, url: `http://127.0.0.1:${port}/kyc-events` };
  return consumer;
}

function consumerCounts(): Promise<{ verified: number; refused: number }> {
  return new Promise((resolve) => {
    consumer?.child.once("message", (message) => resolve(message as { verified: number; refused: number }));
    consumer?.child.send({ count: true });
  });
}

interface Receiver {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

/** A receiver on a fresh SQLite file: the handler behind node:http, with the outbox for `targets`. */
async function receiver(targets: readonly DeliveryTarget[], onQueued?: () => void): Promise<Receiver> {
  const folder = mkdtempSync(join(tmpdir(), "kyc-fanout-bench-"));
  const store = await createStore({
    databaseUrl: `sqlite:${join(folder, "bench.db")}`,
    ...(targets.length > 0 ? { outbox: { policy: createOutboxPolicy(targets, "all"), ...(onQueued ? { onQueued } : {}) } } : {}),
  });
  const server: Server = createServer(createHandler({ store, providers: { netki: { scheme: "noauth", expectedStatus: 200 } } }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function drained(store: Store): Promise<void> {
  const deadline = performance.now() + drainTimeoutMs;
  for (;;) {
    const depth = await store.outbox.queueDepth();
    if (depth.pending === 0) return;
    if (performance.now() > deadline) throw new Error(`the outbox still holds ${depth.pending} pending deliveries after ${drainTimeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts a worker on the queue and measures messages per second until it is empty. */
async function drain(store: Store, targets: readonly DeliveryTarget[]): Promise<number> {
  const queued = (await store.outbox.queueDepth()).pending;
  const worker = new DeliveryWorker({ store: store.outbox, targets, pollIntervalMs: 5 });
  const started = performance.now();
  worker.start();
  await drained(store);
  const seconds = (performance.now() - started) / 1000;
  await worker.stop();
  return queued / seconds;
}

const figures: [string, number, string][] = [];
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

/** Prints a figure at once (vitest's bench mode shows a bench's own output, not an afterAll hook's). */
function record(name: string, rate: number, unit: string): void {
  figures.push([name, rate, unit]);
  const base = figures[0]?.[1] ?? rate;
  process.stdout.write(`  fan-out: ${name.padEnd(58)} ${String(Math.round(rate)).padStart(6)} ${unit}   ${(rate / base).toFixed(2)}x ingest baseline\n`);
}

describe(`fan-out: ${amount} callbacks, SQLite file`, () => {
  afterAll(() => {
    consumer?.child.kill();
  });

  bench("ingest, no fan-out (baseline)", async () => {
    const running = await receiver([]);
    record("ingest, no fan-out (baseline)", (await ingest(running.url)).requests, "req/s");
    await running.close();
  }, once);

  bench("ingest with the outbox (HTTP), then the HTTP worker drains it", async () => {
    const targets: DeliveryTarget[] = [{ kind: "http", name: "consumer", url: (await httpConsumer()).url, secrets: [secret], headers: {} }];
    const running = await receiver(targets);
    record("ingest, outbox queueing one HTTP delivery per event", (await ingest(running.url)).requests, "req/s");
    const before = (await consumerCounts()).verified;
    record("HTTP delivery (queue drain, signed, consumer verifies)", await drain(running.store, targets), "msg/s");
    const after = await consumerCounts();
    if (after.verified - before !== amount || after.refused > 0) throw new Error(`consumer verified ${after.verified - before} of ${amount}, refused ${after.refused}`);
    await running.close();
  }, once);

  bench("ingest with the outbox (JetStream), then the JetStream worker drains it", async () => {
    const targets: DeliveryTarget[] = [{ kind: "nats", name: "nats", url: natsUrl, stream: `KYC_BENCH_${suffix}`, subjectPrefix: `kycbench${suffix}` }];
    const running = await receiver(targets);
    record("ingest, outbox queueing one JetStream delivery per event", (await ingest(running.url)).requests, "req/s");
    record("JetStream delivery (queue drain, acked publishes)", await drain(running.store, targets), "msg/s");
    await running.close();
    const { connect } = await import("nats");
    const nc = await connect({ servers: natsUrl });
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(targets[0]?.kind === "nats" ? targets[0].stream : "");
    if (info.state.messages !== amount) throw new Error(`the stream holds ${info.state.messages} of ${amount} messages`);
    await jsm.streams.delete(info.config.name);
    await nc.close();
  }, once);

  bench("ingest and HTTP delivery at the same time", async () => {
    const targets: DeliveryTarget[] = [{ kind: "http", name: "consumer", url: (await httpConsumer()).url, secrets: [secret], headers: {} }];
    // As in the receiver: the ingest commit wakes the worker.
    const wake: { worker?: DeliveryWorker } = {};
    const running = await receiver(targets, () => wake.worker?.notify());
    const worker = new DeliveryWorker({ store: running.store.outbox, targets, pollIntervalMs: 5 });
    wake.worker = worker;
    const started = performance.now();
    worker.start();
    const load = await ingest(running.url);
    await drained(running.store);
    const seconds = (performance.now() - started) / 1000;
    await worker.stop();
    record("ingest while delivering", load.requests, "req/s");
    record("end to end: callbacks in to messages accepted downstream", amount / seconds, "msg/s");
    await running.close();
  }, once);
});
