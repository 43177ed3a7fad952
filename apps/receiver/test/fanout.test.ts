import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOutboxPolicy, redeliveryPlan } from "../src/fanout/policy.js";
import type { DeliveryTarget, HttpEndpoint } from "../src/fanout/endpoints.js";
import { DeliveryWorker } from "../src/fanout/worker.js";
import type { MessageBody } from "../src/fanout/message.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { eventually, startDownstream } from "./helpers/downstream.js";
import type { Downstream } from "./helpers/downstream.js";
import { ingest, newSecret } from "./helpers/fanout.js";

/*
 * Fan-out through the outbox to a real downstream HTTP server, on SQLite and PostgreSQL: messages queued in
 * the ingest transaction, signed per Standard Webhooks and verified by the downstream with the
 * `standardwebhooks` package, retried on a (shortened) schedule, dead-lettered, retried by hand.
 */

const fastSchedule = [0, 30, 60, 60, 60];

function endpoint(downstream: Downstream, secrets: readonly string[], extra: Partial<HttpEndpoint> = {}): HttpEndpoint {
  return { kind: "http", name: extra.name ?? "downstream", url: downstream.url, secrets, headers: {}, ...extra };
}

describe.each(backends)("fan-out on $name", (backend) => {
  let database: BackendDatabase;
  let store: Store;
  let targets: DeliveryTarget[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  let reference = 0;
  const nextReference = () => `fanout-${backend.name}-${Date.now()}-${reference++}`;

  beforeAll(async () => {
    database = await backend.create();
    // The policy reads `targets` at each event, so that each test sets its own endpoints on one store.
    store = await createStore({
      databaseUrl: database.databaseUrl,
      ...(database.databaseSchema ? { schema: database.databaseSchema } : {}),
      outbox: { policy: (event) => createOutboxPolicy(targets, "all")(event) },
    });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await store?.close();
    await database?.cleanup();
  });

  function startWorker(options: Partial<ConstructorParameters<typeof DeliveryWorker>[0]> = {}): DeliveryWorker {
    const worker = new DeliveryWorker({ store: store.outbox, targets, schedule: fastSchedule, timeoutMs: 10_000, pollIntervalMs: 20, ...options });
    worker.start();
    cleanups.push(() => worker.stop());
    return worker;
  }

  it("delivers every message to a downstream that fails the first attempts: each signature verifies, each message is accepted once", async () => {
    const secret = newSecret();
    const downstream = await startDownstream({ secret, failFirst: 2 });
    cleanups.push(() => downstream.close());
    targets = [endpoint(downstream, [secret])];
    const stored = [];
    for (let index = 0; index < 12; index++) stored.push(await ingest(store, shuftiCallback(nextReference())));
    expect(stored.every((outcome) => outcome.queued === 1)).toBe(true);
    startWorker();
    await eventually(() => downstream.accepted.size === stored.length, 20_000, "every message accepted");
    await eventually(async () => (await store.outbox.listDeliveries({ state: ["pending"] })).deliveries.length === 0, 5_000, "every delivery recorded");

    expect(downstream.requests.every((request) => request.verified)).toBe(true);
    expect([...downstream.accepted.values()].map((entry) => entry.times)).toEqual(stored.map(() => 1));
    expect(downstream.requests).toHaveLength(stored.length * 3);
    const bodies = [...downstream.accepted.values()].map((entry) => entry.message.body as MessageBody);
    expect(new Set(bodies.map((body) => body.data.id))).toEqual(new Set(stored.map((outcome) => outcome.id)));
    expect(bodies[0]).toMatchObject({ type: "kyc.verification.completed", data: { provider: "shufti", outcome: "applied", event: { status: "approved" } } });

    const page = await store.outbox.listDeliveries({ endpoint: ["downstream"], state: ["succeeded"], limit: 500 });
    expect(page.deliveries).toHaveLength(stored.length);
    const detail = await store.outbox.getDelivery(page.deliveries[0]?.id ?? "");
    expect(detail?.attempts.map((attempt) => [attempt.attempt, attempt.ok, attempt.statusCode])).toEqual([
      [1, false, 500],
      [2, false, 500],
      [3, true, 204],
    ]);
  });

  it("queues nothing for a redelivery of a stored event, nor for a quarantined callback", async () => {
    const secret = newSecret();
    const downstream = await startDownstream({ secret });
    cleanups.push(() => downstream.close());
    targets = [endpoint(downstream, [secret])];
    const callback = shuftiCallback(nextReference());
    expect((await ingest(store, callback)).queued).toBe(1);
    expect(await ingest(store, callback)).toMatchObject({ duplicate: true, queued: 0 });
    expect(await ingest(store, { ...callback, body: Buffer.from('{"reference":"broken"') })).toMatchObject({ quarantined: true, queued: 0 });
  });

  it("dead-letters a delivery after the last attempt of the schedule, and a manual retry delivers it", async () => {
    const secret = newSecret();
    const downstream = await startDownstream({ secret, alwaysStatus: 503 });
    cleanups.push(() => downstream.close());
    targets = [endpoint(downstream, [secret], { name: "flaky" })];
    const outcome = await ingest(store, shuftiCallback(nextReference()));
    startWorker();
    const dead = async () => (await store.outbox.listDeliveries({ endpoint: ["flaky"], state: ["dead"], event: outcome.id })).deliveries[0];
    await eventually(async () => (await dead()) !== undefined, 10_000, "the dead letter");
    const letter = await dead();
    expect(letter).toMatchObject({ state: "dead", attempts: fastSchedule.length, lastStatusCode: 503, lastError: "HTTP 503", nextAttemptAt: null, deliveredAt: null });
    expect(downstream.requests).toHaveLength(fastSchedule.length);

    downstream.options = { secret };
    const retried = await store.outbox.retryDelivery(letter?.id ?? "", Date.now());
    expect(retried).toMatchObject({ ok: true, delivery: { state: "pending", attempts: 0 } });
    await eventually(async () => (await store.outbox.getDelivery(letter?.id ?? ""))?.delivery.state === "succeeded", 10_000, "the retried delivery");
    expect(downstream.accepted.size).toBe(1);
    const detail = await store.outbox.getDelivery(letter?.id ?? "");
    expect(detail?.attempts).toHaveLength(fastSchedule.length + 1);
    expect(await store.outbox.retryDelivery(letter?.id ?? "", Date.now())).toEqual({ ok: false, reason: "already_delivered" });
    expect(await store.outbox.retryDelivery("999999999", Date.now())).toEqual({ ok: false, reason: "not_found" });
  });

  it("records a timeout for an endpoint that does not answer in time", async () => {
    const secret = newSecret();
    const hanging = await startDownstream({ secret });
    cleanups.push(() => hanging.close());
    // A URL nobody answers quickly: the downstream's path that never responds.
    const { createServer } = await import("node:http");
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => silent.closeAllConnections() ?? silent.close(() => resolve())));
    const port = (silent.address() as { port: number }).port;
    targets = [{ kind: "http", name: "silent", url: `http://127.0.0.1:${port}/hook`, secrets: [secret], headers: {} }];
    const outcome = await ingest(store, shuftiCallback(nextReference()));
    startWorker({ timeoutMs: 200, schedule: [0] });
    await eventually(async () => (await store.outbox.listDeliveries({ event: outcome.id, state: ["dead"] })).deliveries.length === 1, 10_000, "the timed-out attempt");
    const [delivery] = (await store.outbox.listDeliveries({ event: outcome.id })).deliveries;
    expect(delivery?.lastError).toBe("timeout after 200 ms");
    expect(delivery?.lastStatusCode).toBeNull();
  });

  it("sends each endpoint only the event types it asked for, with its extra headers", async () => {
    const secret = newSecret();
    const all = await startDownstream({ secret });
    const startedOnly = await startDownstream({ secret });
    cleanups.push(() => all.close(), () => startedOnly.close());
    targets = [
      endpoint(all, [secret], { name: "all", headers: { "x-api-key": "downstream-key" } }),
      endpoint(startedOnly, [secret], { name: "started-only", eventTypes: ["verification.started"] }),
    ];
    const outcome = await ingest(store, shuftiCallback(nextReference()));
    expect(outcome.queued).toBe(1);
    startWorker();
    await eventually(() => all.accepted.size === 1, 10_000, "the message");
    expect([...all.accepted.values()][0]?.message.headers["x-api-key"]).toBe("downstream-key");
    expect(startedOnly.requests).toHaveLength(0);
  });

  it("redelivers a stored event with the same message id, and lists deliveries page by page", async () => {
    const secret = newSecret();
    const downstream = await startDownstream({ secret });
    cleanups.push(() => downstream.close());
    targets = [endpoint(downstream, [secret], { name: "replayed" })];
    const outcome = await ingest(store, shuftiCallback(nextReference()));
    startWorker();
    await eventually(() => downstream.requests.length === 1, 10_000, "the first delivery");
    await eventually(async () => (await store.outbox.listDeliveries({ event: outcome.id, state: ["succeeded"] })).deliveries.length === 1, 5_000, "recorded");
    const again = await store.outbox.redeliverEvent(outcome.eventId, redeliveryPlan(targets), Date.now());
    expect(again).toMatchObject({ ok: true, deliveries: [{ endpoint: "replayed", state: "pending", attempts: 0 }] });
    await eventually(() => downstream.requests.length === 2, 10_000, "the redelivery");
    expect(new Set(downstream.requests.map((request) => request.id)).size).toBe(1);
    expect(await store.outbox.redeliverEvent("no-such-event", redeliveryPlan(targets), Date.now())).toEqual({ ok: false, reason: "not_found" });

    const first = await store.outbox.listDeliveries({ limit: 1 });
    expect(first.deliveries).toHaveLength(1);
    const second = await store.outbox.listDeliveries({ limit: 1, cursor: first.nextCursor ?? "" });
    expect(Number(second.deliveries[0]?.id)).toBeLessThan(Number(first.deliveries[0]?.id));
  });
});
