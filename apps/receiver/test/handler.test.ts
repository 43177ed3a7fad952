import { createHash } from "node:crypto";
import { basicAuthorization } from "@kyc-webhooks/core";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import { createHandler } from "../src/handler.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";

/*
 * The web-standard handler on its own, as a team mounts it in its own server or a serverless function:
 * a `Request` in, a `Response` out, the peer address passed as context. And the stores' own guarantees.
 */

const netki = { username: "netki", password: "netki-password" };

describe("the web-standard handler, without a server", () => {
  let store: Store;
  beforeAll(async () => {
    store = await createStore({ databaseUrl: "sqlite::memory:" });
  });
  afterAll(() => store.close());

  it("takes a Request and answers a Response, under a base path", async () => {
    const handler = createHandler({ store, providers: { netki: { scheme: "basic", basic: netki, expectedStatus: 200 } }, basePath: "/kyc/" });
    const fixture = netkiFixture("transaction.completed");
    const response = await handler(
      new Request("https://example.com/kyc/webhooks/netki", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: basicAuthorization(netki) },
        body: new Uint8Array(fixture.body),
      }),
      { remoteAddress: "::ffff:10.1.2.3" },
    );
    expect(response.status).toBe(200);
    const ack = (await response.json()) as CallbackAck;
    const stored = await store.getEvent(ack.id);
    expect(stored?.sourceIp).toBe("10.1.2.3");
    expect((await handler(new Request("https://example.com/webhooks/netki", { method: "POST" }))).status).toBe(404);
    expect((await handler(new Request("https://example.com/kyc/healthz"))).status).toBe(200);
  });

  it("answers Netki's expected status exactly, with no body for 204", async () => {
    const handler = createHandler({ store, providers: { netki: { scheme: "noauth", expectedStatus: 204 } } });
    const response = await handler(
      new Request("http://localhost/webhooks/netki", { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array(netkiFixture("transaction.expired").body) }),
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });

  const jumioBody = () => new Uint8Array(jumioFixtures().find((fixture) => fixture.valid && fixture.contentType.includes("form"))!.body);
  const jumioRequest = (headers: Record<string, string> = {}) =>
    new Request("http://localhost/webhooks/jumio", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: jumioBody() });

  it("believes X-Forwarded-For only from the listed proxies", async () => {
    const handler = createHandler({ store, providers: { jumio: { ipAllowlist: "default" } }, trustedProxies: ["10.0.0.1"] });
    expect((await handler(jumioRequest({ "x-forwarded-for": "34.202.241.227" }), { remoteAddress: "10.0.0.1" })).status).toBe(200);
    expect((await handler(jumioRequest({ "x-forwarded-for": "34.202.241.227" }), { remoteAddress: "10.0.0.2" })).status).toBe(403);
    expect((await handler(jumioRequest(), { remoteAddress: "::ffff:34.202.241.227" })).status).toBe(200);
  });

  it("checks Jumio's optional basic auth on top of the allowlist, and accepts the documents' legacy lists by default", async () => {
    const basic = { username: "jumio", password: "jumio-password" };
    const handler = createHandler({ store, providers: { jumio: { ipAllowlist: "all", basic } } });
    // 50.57.26.248 is on the older edition's US list only.
    expect((await handler(jumioRequest(), { remoteAddress: "50.57.26.248" })).status).toBe(401);
    expect((await handler(jumioRequest({ authorization: basicAuthorization(basic) }), { remoteAddress: "50.57.26.248" })).status).toBe(200);
    expect((await handler(jumioRequest({ authorization: basicAuthorization(basic) }), { remoteAddress: "198.51.100.1" })).status).toBe(403);
    const byDefault = createHandler({ store, providers: { jumio: { ipAllowlist: "default" } } });
    expect((await byDefault(jumioRequest(), { remoteAddress: "50.57.26.248" })).status).toBe(200);
    const platformOnly = createHandler({ store, providers: { jumio: { ipAllowlist: ["platform-us", "platform-eu", "platform-sgp"] } } });
    expect((await platformOnly(jumioRequest(), { remoteAddress: "50.57.26.248" })).status).toBe(403);
  });

  it("checks Ondato's published IPs when asked to", async () => {
    const basic = { username: "ondato", password: "ondato-password" };
    const handler = createHandler({ store, providers: { ondato: { basic, ipAllowlist: "default" } } });
    const fixture = ondatoFixtures().find((entry) => entry.valid)!;
    const request = () =>
      new Request("http://localhost/webhooks/ondato", { method: "POST", headers: { "content-type": "application/json", authorization: basicAuthorization(basic) }, body: new Uint8Array(fixture.body) });
    expect((await handler(request(), { remoteAddress: "127.0.0.1" })).status).toBe(403);
    expect((await handler(request(), { remoteAddress: "20.31.10.47" })).status).toBe(200);
  });

  it("answers 503 and asks for a redelivery when the database fails", async () => {
    const broken = await createStore({ databaseUrl: "sqlite::memory:" });
    const handler = createHandler({ store: broken, providers: { netki: { scheme: "noauth", expectedStatus: 200 } } });
    await broken.close();
    const response = await handler(
      new Request("http://localhost/webhooks/netki", { method: "POST", headers: { "content-type": "application/json" }, body: new Uint8Array(netkiFixture("transaction.new").body) }),
    );
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toBe("storage_error");
    expect((await handler(new Request("http://localhost/readyz"))).status).toBe(503);
  });
});

describe.each(backends)("the $name store", (backend) => {
  let database: BackendDatabase;
  let store: Store;
  beforeAll(async () => {
    database = await backend.create();
    store = await createStore({ databaseUrl: database.databaseUrl, ...(database.databaseSchema ? { schema: database.databaseSchema } : {}) });
  });
  afterAll(async () => {
    await store?.close();
    await database?.cleanup();
  });

  it("applies its migrations once: opening the same database again changes nothing", async () => {
    const again = await createStore({ databaseUrl: database.databaseUrl, ...(database.databaseSchema ? { schema: database.databaseSchema } : {}) });
    await again.ping();
    await again.close();
  });

  it("keeps OAuth2 access tokens until they expire", async () => {
    const now = Date.now();
    await store.saveAccessToken("a".repeat(64), now + 60_000);
    await store.saveAccessToken("b".repeat(64), now + 1_000);
    expect(await store.isAccessTokenValid("a".repeat(64), now)).toBe(true);
    expect(await store.isAccessTokenValid("b".repeat(64), now + 2_000)).toBe(false);
    expect(await store.isAccessTokenValid("c".repeat(64), now)).toBe(false);
  });

  it("keeps a redelivery's body when its bytes differ from the stored event's", async () => {
    const input = (body: string, requestId: string) => ({
      requestId,
      provider: "netki" as const,
      kind: "transaction",
      eventId: "netki:test-different-bytes",
      receivedAt: Date.now(),
      sourceIp: "127.0.0.1",
      headers: { "content-type": "application/json" },
      contentType: "application/json",
      body: Buffer.from(body),
      bodySha256: createHash("sha256").update(body).digest("hex"),
      quarantined: true,
      issues: [],
    });
    const first = await store.recordDelivery(input('{"a":1}', "r1"));
    const second = await store.recordDelivery(input('{"a": 1}', "r2"));
    expect(second).toMatchObject({ id: first.id, duplicate: true });
    const detail = await store.getEvent(first.id);
    expect(detail?.deliveries.map((delivery) => delivery.bodySha256 === detail.bodySha256)).toEqual([true, false]);
  });
});
