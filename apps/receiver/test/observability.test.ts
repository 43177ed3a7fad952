import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHandler } from "../src/handler.js";
import { createLogger } from "../src/log.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";

/*
 * The standard observability of a Node service: prom-client's default process and event-loop metrics next
 * to the receiver's own, a request id on every answer, and pino's redaction as a second line of defence
 * against personal data in the log.
 */

describe("observability", () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore({ databaseUrl: "sqlite::memory:" });
  });
  afterAll(() => store.close());

  it("exposes the default process and event-loop metrics in /metrics", async () => {
    const handler = createHandler({ store, providers: {} });
    const text = await (await handler(new Request("http://receiver/metrics"))).text();
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toContain("# TYPE kyc_webhooks_received_total counter");
  });

  it("answers every request with a request id: the caller's when valid, else a new one", async () => {
    const handler = createHandler({ store, providers: {} });
    for (const path of ["/healthz", "/readyz", "/metrics", "/openapi.json", "/events", "/nowhere", "/webhooks/veriff"]) {
      const response = await handler(new Request(`http://receiver${path}`));
      expect(response.headers.get("x-request-id"), path).toMatch(/^[0-9a-f-]{36}$/);
    }
    const given = await handler(new Request("http://receiver/healthz", { headers: { "x-request-id": "trace-42.a:b" } }));
    expect(given.headers.get("x-request-id")).toBe("trace-42.a:b");
    const refused = await handler(new Request("http://receiver/healthz", { headers: { "x-request-id": "not valid!" } }));
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const ids = await Promise.all([1, 2, 3].map(async () => (await handler(new Request("http://receiver/healthz"))).headers.get("x-request-id")));
    expect(new Set(ids).size).toBe(3);
  });

  it("writes pino JSON lines with time, level and msg, and blanks fields that would hold personal data", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", write: (line) => void lines.push(line) });
    logger.child({ requestId: "r1" }).warn("callback refused", {
      provider: "netki",
      email: "jane@example.com",
      name: "Jane Doe",
      headers: { authorization: "Basic c2VjcmV0" },
      dob: "1990-01-01",
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "warn", msg: "callback refused", requestId: "r1", provider: "netki" });
    expect(new Date(String(entry.time)).toISOString()).toBe(entry.time);
    expect(lines[0]).not.toMatch(/jane|Jane|c2VjcmV0|1990-01-01/);
    expect(entry.email).toBe("[redacted]");
  });
});
