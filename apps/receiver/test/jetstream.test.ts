import { randomBytes } from "node:crypto";
import { connect } from "nats";
import type { NatsConnection } from "nats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NatsTarget } from "../src/fanout/endpoints.js";
import type { MessageBody } from "../src/fanout/message.js";
import { createOutboxPolicy, redeliveryPlan } from "../src/fanout/policy.js";
import { DeliveryWorker } from "../src/fanout/worker.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";
import { sqliteBackend } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { eventually } from "./helpers/downstream.js";
import { ingest } from "./helpers/fanout.js";

/*
 * Fan-out to the real NATS JetStream server at 127.0.0.1:4222 (.ci/run starts it when it is down). Each run
 * has a stream and subject prefix of its own, so that runs never see each other's messages.
 */

export const natsUrl = process.env.KYC_TEST_NATS_URL ?? "nats://127.0.0.1:4222";

describe("fan-out to NATS JetStream", () => {
  const suffix = randomBytes(4).toString("hex");
  const target: NatsTarget = { kind: "nats", name: "nats", url: natsUrl, stream: `KYC_TEST_${suffix}`, subjectPrefix: `kyctest${suffix}` };
  let database: BackendDatabase;
  let store: Store;
  let nc: NatsConnection;

  beforeAll(async () => {
    database = await sqliteBackend.create();
    store = await createStore({ databaseUrl: database.databaseUrl, outbox: { policy: createOutboxPolicy([target], "all") } });
    nc = await connect({ servers: natsUrl });
  });
  afterAll(async () => {
    const jsm = await nc?.jetstreamManager();
    await jsm?.streams.delete(target.stream).catch(() => undefined);
    await nc?.close();
    await store?.close();
    await database?.cleanup();
  });

  it("creates the missing stream and publishes each event once on kyc.<provider>.<status>, a second publish of a message deduplicated", async () => {
    const references = Array.from({ length: 10 }, (_, index) => `js-${suffix}-${index}`);
    const outcomes = [];
    for (const reference of references) outcomes.push(await ingest(store, shuftiCallback(reference, index(reference) % 2 === 0 ? "verification.accepted" : "verification.declined")));
    const worker = new DeliveryWorker({ store: store.outbox, targets: [target], timeoutMs: 5_000, pollIntervalMs: 20 });
    worker.start();
    try {
      await eventually(async () => (await store.outbox.listDeliveries({ endpoint: ["nats"], state: ["succeeded"], limit: 500 })).deliveries.length === outcomes.length, 20_000, "every publish recorded");
      // Redelivering an event publishes its message again with the same Nats-Msg-Id: JetStream keeps one copy.
      const first = outcomes[0];
      expect(await store.outbox.redeliverEvent(first?.id ?? "", redeliveryPlan([target]), Date.now())).toMatchObject({ ok: true });
      await eventually(async () => (await store.outbox.listDeliveries({ event: first?.id ?? "", state: ["succeeded"] })).deliveries.length === 1, 20_000, "the second publish recorded");
    } finally {
      await worker.stop();
    }

    const js = nc.jetstream();
    const consumer = await js.consumers.get(target.stream);
    const received: { subject: string; id: string | undefined; body: MessageBody }[] = [];
    const messages = await consumer.fetch({ max_messages: 100, expires: 2_000 });
    for await (const message of messages) {
      received.push({ subject: message.subject, id: message.headers?.get("Nats-Msg-Id"), body: message.json<MessageBody>() });
      if (received.length === outcomes.length) break;
    }
    const info = await (await nc.jetstreamManager()).streams.info(target.stream);
    expect(info.state.messages).toBe(outcomes.length);
    expect(received.map((message) => message.body.data.id).sort()).toEqual(outcomes.map((outcome) => outcome.id).sort());
    expect(new Set(received.map((message) => message.id)).size).toBe(outcomes.length);
    expect(received.find((message) => message.body.data.event.status === "approved")?.subject).toBe(`${target.subjectPrefix}.shufti.approved`);
    expect(received.find((message) => message.body.data.event.status === "declined")?.subject).toBe(`${target.subjectPrefix}.shufti.declined`);
  });
});

function index(reference: string): number {
  return Number(reference.split("-").pop());
}
