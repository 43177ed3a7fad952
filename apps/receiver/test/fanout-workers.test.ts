import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HttpEndpoint } from "../src/fanout/endpoints.js";
import { createOutboxPolicy } from "../src/fanout/policy.js";
import { DeliveryWorker } from "../src/fanout/worker.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";
import { postgresBackend } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { eventually, startDownstream } from "./helpers/downstream.js";
import type { Downstream } from "./helpers/downstream.js";
import { ingest, newSecret } from "./helpers/fanout.js";

/*
 * Several workers on one PostgreSQL queue, each with its own connection pool as separate receivers have:
 * FOR UPDATE SKIP LOCKED and the lease give each delivery to one of them; a worker that claimed and then
 * vanished (its claim never completed) leaves the deliveries to the others once the lease runs out.
 */

describe("workers sharing one PostgreSQL outbox", () => {
  const secret = newSecret();
  let database: BackendDatabase;
  let stores: Store[] = [];
  let downstream: Downstream;
  let target: HttpEndpoint;

  beforeAll(async () => {
    database = await postgresBackend.create();
    downstream = await startDownstream({ secret });
    target = { kind: "http", name: "downstream", url: downstream.url, secrets: [secret], headers: {} };
    const open = () => createStore({ databaseUrl: database.databaseUrl, ...(database.databaseSchema ? { schema: database.databaseSchema } : {}), outbox: { policy: createOutboxPolicy([target], "all") } });
    stores = [await open(), await open(), await open()];
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    await downstream?.close();
    await database?.cleanup();
  });

  it("gives each delivery of a burst to exactly one of three workers", async () => {
    const [a, b, c] = stores as [Store, Store, Store];
    const outcomes = await Promise.all(Array.from({ length: 90 }, (_, index) => ingest(stores[index % 3] as Store, shuftiCallback(`workers-burst-${Date.now()}-${index}`))));
    const workers = [a, b, c].map((store, index) => new DeliveryWorker({ store: store.outbox, targets: [target], worker: `w${index}`, pollIntervalMs: 10, concurrency: 8 }));
    for (const worker of workers) worker.start();
    try {
      await eventually(() => downstream.accepted.size === outcomes.length, 30_000, "every message");
      await eventually(async () => (await a.outbox.queueDepth()).pending === 0, 10_000, "an empty queue");
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
    expect(downstream.requests).toHaveLength(outcomes.length);
    expect([...downstream.accepted.values()].every((entry) => entry.times === 1)).toBe(true);
    const page = await a.outbox.listDeliveries({ state: ["succeeded"], limit: 500 });
    const byWorker = new Map<string, number>();
    for (const delivery of page.deliveries) {
      const detail = await a.outbox.getDelivery(delivery.id);
      const worker = detail?.attempts[0]?.worker ?? "";
      byWorker.set(worker, (byWorker.get(worker) ?? 0) + 1);
    }
    // Every worker took part (the burst is large enough), and none sent a delivery another sent.
    expect([...byWorker.keys()].sort()).toEqual(["w0", "w1", "w2"]);
  }, 90_000);

  it("lets another worker deliver what a vanished worker had claimed, after the lease", async () => {
    const [a, b] = stores as [Store, Store];
    const before = downstream.accepted.size;
    const outcomes = [];
    for (let index = 0; index < 5; index++) outcomes.push(await ingest(a, shuftiCallback(`workers-lease-${Date.now()}-${index}`)));
    // A worker claims everything due and dies before sending anything.
    const claimed = await a.outbox.claimDue({ worker: "vanished", now: Date.now(), leaseMs: 1_500, limit: 100 });
    expect(claimed).toHaveLength(outcomes.length);
    const survivor = new DeliveryWorker({ store: b.outbox, targets: [target], worker: "survivor", pollIntervalMs: 20 });
    survivor.start();
    try {
      const claimedAt = Date.now();
      await eventually(() => downstream.accepted.size === before + outcomes.length, 20_000, "the leased messages");
      expect(Date.now() - claimedAt).toBeGreaterThanOrEqual(1_000);
      await eventually(async () => (await b.outbox.queueDepth()).pending === 0, 10_000, "an empty queue");
    } finally {
      await survivor.stop();
    }
    // The vanished worker's late completion no longer changes the delivery: the lease moved on.
    const late = claimed[0];
    if (late) expect(await a.outbox.completeAttempt(late, { worker: "vanished", startedAt: Date.now(), durationMs: 1, ok: false, error: "late" }, { state: "dead" })).toBe(false);
    expect((await b.outbox.getDelivery(late?.id ?? ""))?.delivery.state).toBe("succeeded");
  }, 60_000);
});
