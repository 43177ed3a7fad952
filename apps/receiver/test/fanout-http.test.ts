import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundMessageSchema } from "@kyc-webhooks/receiver-api";
import type { DeliveryDetail, DeliveryListResponse, OutboundDeliveryBody, RedeliverResponse } from "@kyc-webhooks/receiver-api";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { eventually, startDownstream } from "./helpers/downstream.js";
import type { Downstream } from "./helpers/downstream.js";
import { newSecret } from "./helpers/fanout.js";
import { adminGet, deliver, secrets, startHarness, testEnv } from "./helpers/harness.js";
import type { Harness } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";
import { leakedValues, personalValues } from "./helpers/personal-data.js";

/*
 * The fan-out end to end over real HTTP, on SQLite and PostgreSQL: provider callbacks into the receiver,
 * Standard Webhooks messages out to real downstream servers (one failing its first attempts, one down),
 * and the operations API: GET /deliveries, POST /deliveries/{id}/retry, POST /events/{id}/redeliver, /metrics.
 */

const logs = captureLogs();

async function adminPost<T>(url: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { authorization: `Bearer ${secrets.adminToken}` } });
  return { status: response.status, body: (await response.json()) as T };
}

describe.each(backends)("the receiver's fan-out on $name", (backend) => {
  const secret = newSecret();
  const rotated = newSecret();
  let database: BackendDatabase;
  let harness: Harness;
  let flaky: Downstream;
  let down: Downstream;
  let run = 0;
  const reference = () => `http-${backend.name}-${Date.now()}-${run++}`;

  beforeAll(async () => {
    database = await backend.create();
    flaky = await startDownstream({ secret, failFirst: 2 });
    down = await startDownstream({ secret: rotated, alwaysStatus: 503 });
    harness = await startHarness(
      testEnv(database, {
        KYC_OUTBOUND_URLS: flaky.url,
        KYC_OUTBOUND_SECRET: secret,
        // A second endpoint from the endpoint list: its own (rotating) secrets, a type filter, an extra header.
        KYC_OUTBOUND_ENDPOINTS: JSON.stringify([{ name: "down", url: down.url, secrets: [newSecret(), rotated], eventTypes: ["verification.completed"], headers: { "x-tenant": "test" } }]),
        KYC_OUTBOUND_RETRY_SCHEDULE: "0,30,60,60",
        KYC_OUTBOUND_TIMEOUT_MS: "10000",
        KYC_OUTBOUND_POLL_MS: "20",
      }),
      logs.logger,
    );
  });

  afterAll(async () => {
    await harness?.close();
    await flaky?.close();
    await down?.close();
    await database?.cleanup();
    expect(leakedValues(logs.lines.join(""), personalValues())).toEqual([]);
  });

  const messageFor = (downstream: Downstream, id: string) => [...downstream.accepted.values()].find((entry) => (entry.message.body as { data: { id: string } }).data.id === id);

  it("delivers each stored callback to a downstream that fails the first attempts: every signature verifies, each message is accepted once", async () => {
    const before = flaky.requests.length;
    const acks: CallbackAck[] = [];
    for (let index = 0; index < 8; index++) {
      const callback = shuftiCallback(reference());
      const response = await deliver(harness.url, callback);
      expect(response.status).toBe(200);
      acks.push((await response.json()) as CallbackAck);
      // The provider delivers the same callback again: acknowledged as a duplicate, nothing more is sent.
      if (index === 0) expect(((await (await deliver(harness.url, callback)).json()) as CallbackAck).duplicate).toBe(true);
    }
    await eventually(() => acks.every((ack) => messageFor(flaky, ack.id) !== undefined), 20_000, "every message accepted");
    await eventually(async () => (await adminGet<DeliveryListResponse>(harness.url, "/deliveries?state=pending&endpoint=" + encodeURIComponent(flaky.url))).body.deliveries.length === 0, 5_000, "recorded");

    const requests = flaky.requests.slice(before);
    expect(requests.every((request) => request.verified)).toBe(true);
    expect(requests).toHaveLength(acks.length * 3);
    for (const ack of acks) {
      const entry = messageFor(flaky, ack.id);
      expect(entry?.times).toBe(1);
      expect(outboundMessageSchema.safeParse(entry?.message.body).success).toBe(true);
      expect(entry?.message.headers["content-type"]).toBe("application/json");
    }
  });

  it("dead-letters the deliveries of an endpoint that is down, lists them, and delivers one retried by hand", async () => {
    const response = await deliver(harness.url, shuftiCallback(reference()));
    const ack = (await response.json()) as CallbackAck;
    const deadOf = async () => (await adminGet<DeliveryListResponse>(harness.url, `/deliveries?endpoint=down&state=dead&event=${ack.id}`)).body.deliveries[0];
    await eventually(async () => (await deadOf()) !== undefined, 10_000, "the dead letter");
    const letter = (await deadOf()) as OutboundDeliveryBody;
    expect(letter).toMatchObject({ endpoint: "down", state: "dead", attempts: 4, lastStatusCode: 503, lastError: "HTTP 503", eventRowId: ack.id, eventId: ack.eventId });
    const detail = await adminGet<DeliveryDetail>(harness.url, `/deliveries/${letter.id}`);
    expect(detail.body.attemptLog.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503, 503]);
    // The endpoint's two secrets both signed: the consumer holding the newer one verified every request.
    expect(down.requests.every((request) => request.verified)).toBe(true);

    down.options = { secret: rotated };
    const retried = await adminPost<OutboundDeliveryBody>(harness.url, `/deliveries/${letter.id}/retry`);
    expect(retried).toMatchObject({ status: 202, body: { id: letter.id, state: "pending", attempts: 0 } });
    await eventually(async () => (await adminGet<DeliveryDetail>(harness.url, `/deliveries/${letter.id}`)).body.state === "succeeded", 10_000, "the retried delivery");
    expect(messageFor(down, ack.id)?.message.headers["x-tenant"]).toBe("test");
    expect((await adminPost(harness.url, `/deliveries/${letter.id}/retry`)).status).toBe(409);
    expect((await adminPost(harness.url, "/deliveries/999999999/retry")).status).toBe(404);
  });

  it("redelivers a stored event to every endpoint with the same webhook-id", async () => {
    const ack = (await (await deliver(harness.url, shuftiCallback(reference()))).json()) as CallbackAck;
    await eventually(() => messageFor(flaky, ack.id) !== undefined && messageFor(down, ack.id) !== undefined, 20_000, "the first deliveries");
    const firstId = messageFor(flaky, ack.id)?.message.id;
    const redelivered = await adminPost<RedeliverResponse>(harness.url, `/events/${encodeURIComponent(ack.eventId)}/redeliver`);
    expect(redelivered.status).toBe(202);
    expect(redelivered.body.deliveries.map((delivery) => delivery.endpoint).sort()).toEqual(["down", flaky.url].sort());
    await eventually(() => (messageFor(flaky, ack.id)?.times ?? 0) === 2 && (messageFor(down, ack.id)?.times ?? 0) === 2, 20_000, "the redeliveries");
    expect(messageFor(flaky, ack.id)?.message.id).toBe(firstId);
    expect((await adminPost(harness.url, "/events/no-such-event/redeliver")).status).toBe(404);
  });

  it("answers the deliveries API only with the admin token, and refuses a bad query naming the parameter", async () => {
    expect((await fetch(`${harness.url}/deliveries`)).status).toBe(401);
    const bad = await adminGet<{ error: string; message: string }>(harness.url, "/deliveries?state=lost");
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain("state");
    const page = await adminGet<DeliveryListResponse>(harness.url, "/deliveries?limit=2");
    expect(page.body.deliveries).toHaveLength(2);
    const next = await adminGet<DeliveryListResponse>(harness.url, `/deliveries?limit=2&cursor=${page.body.nextCursor ?? ""}`);
    expect(Number(next.body.deliveries[0]?.id)).toBeLessThan(Number(page.body.deliveries[1]?.id));
  });

  it("counts attempts, failures and dead letters per endpoint in /metrics, with the queue depth and the delivery latency", async () => {
    await eventually(async () => /kyc_webhooks_outbound_queue_depth\{state="pending"\} 0/.test(await (await fetch(`${harness.url}/metrics`)).text()), 10_000, "an empty queue");
    const text = await (await fetch(`${harness.url}/metrics`)).text();
    expect(text).toMatch(/kyc_webhooks_outbound_attempts_total\{endpoint="down",outcome="failed"\} [1-9]/);
    expect(text).toMatch(/kyc_webhooks_outbound_failures_total\{endpoint="down"\} [1-9]/);
    expect(text).toMatch(/kyc_webhooks_outbound_dead_letters_total\{endpoint="down"\} [1-9]/);
    expect(text).toMatch(/kyc_webhooks_outbound_delivery_latency_seconds_count\{endpoint="down"\} [1-9]/);
    expect(text).toMatch(/kyc_webhooks_outbound_attempt_duration_seconds_count\{endpoint="down"\} [1-9]/);
  });
});
