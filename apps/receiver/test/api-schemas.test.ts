import { randomBytes } from "node:crypto";
import { basicAuthorization } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { receiverApi } from "@kyc-webhooks/receiver-api";
import type { HttpApiResponse, HttpApiRoute } from "@kyc-webhooks/receiver-api";
import { eventDetailSchema } from "@kyc-webhooks/receiver-api";
import type { CallbackAck, EventDetail, EventListResponse } from "@kyc-webhooks/receiver-api";
import type { VerificationDetail, VerificationListResponse } from "@kyc-webhooks/receiver-api";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { providerHeaders, secrets, startHarness, testEnv } from "./helpers/harness.js";
import type { Harness } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";
import { allFixtures } from "./helpers/personal-data.js";
import type { DeliveryListResponse } from "@kyc-webhooks/receiver-api";
import { eventually, startDownstream } from "./helpers/downstream.js";
import type { Downstream } from "./helpers/downstream.js";
import { newSecret } from "./helpers/fanout.js";
import { shuftiCallback } from "./helpers/callbacks.js";

/*
 * The receiver's answers over real HTTP, each checked against the route description that
 * receiver-openapi.json is generated from: the status is one the route lists, the declared headers are
 * there, and the body validates with ajv (draft 2020-12, strict, formats) against the JSON Schema of the
 * zod schema the route names. zod's output side, so objects are closed: a field the schema does not name fails.
 */

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
formats.default(ajv);
const compiled = new Map<z.ZodType, ValidateFunction>();

function validatorOf(schema: z.ZodType): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(z.toJSONSchema(schema, { target: "draft-2020-12" }));
    compiled.set(schema, validate);
  }
  return validate;
}

function schemaErrors(schema: z.ZodType, body: unknown): string[] {
  const validate = validatorOf(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "(body)"} ${error.message ?? error.keyword}`);
}

/** The component name of each schema, for messages and for the coverage check. */
const schemaNames = new Map<z.ZodType, string>(Object.entries(receiverApi.schemas).map(([name, schema]) => [schema, name]));
const checkedSchemas = new Set<string>();

function routeOf(method: string, path: string): HttpApiRoute {
  const route = receiverApi.routes.find(
    (candidate) => candidate.method === method.toLowerCase() && new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
  if (!route) throw new Error(`No route of the description matches ${method} ${path}`);
  return route;
}

/** Sends a request and checks the answer against the route description; returns the parsed body. */
async function call<T = unknown>(base: string, method: string, pathAndQuery: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const path = pathAndQuery.split("?")[0]!;
  const route = routeOf(method, path);
  const response = await fetch(`${base}${pathAndQuery}`, { ...init, method });
  const described: HttpApiResponse | undefined = route.responses.find((candidate) => candidate.status === response.status);
  expect(described, `${method} ${pathAndQuery} answered ${response.status}, which ${route.operationId} does not list`).toBeDefined();
  for (const header of Object.keys(described!.headers ?? {})) {
    expect(response.headers.get(header), `${route.operationId} ${response.status}: header ${header}`).not.toBeNull();
  }
  const text = await response.text();
  const content = described!.content;
  if (!content) {
    expect(text).toBe("");
    return { status: response.status, body: undefined as T };
  }
  expect(response.headers.get("content-type") ?? "").toMatch(new RegExp(`^${content.contentType}\\b`));
  const body: unknown = content.contentType === "application/json" ? JSON.parse(text) : text;
  if (content.schema) {
    const name = schemaNames.get(content.schema) ?? "(unnamed)";
    expect(schemaErrors(content.schema, body), `${method} ${pathAndQuery} ${response.status} as ${name}`).toEqual([]);
    checkedSchemas.add(name);
  }
  return { status: response.status, body: body as T };
}

const admin = { headers: { authorization: `Bearer ${secrets.adminToken}` } };
const fixtures = allFixtures();
const logs = captureLogs();

function post(fixture: Pick<Fixture, "provider" | "contentType" | "body" | "headers">, override: Record<string, string | undefined> = {}): RequestInit {
  const headers = providerHeaders(fixture);
  for (const [name, value] of Object.entries(override)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return { headers, body: new Uint8Array(fixture.body) };
}

describe("the JSON Schema of the API's zod schemas", () => {
  it("compiles in strict ajv for every body the route description names", () => {
    // The providers' callback bodies (…CallbackBody) are the provider packages' schemas: spec's tests check their documents.
    const own = Object.entries(receiverApi.schemas).filter(([name]) => !name.endsWith("CallbackBody"));
    for (const [name, schema] of own) expect(() => validatorOf(schema), name).not.toThrow();
  });

  it("refuses an event with a field the schema does not name, or without one it requires", () => {
    const detail = { id: "1", eventId: "e", provider: "netki", kind: null, receivedAt: "2026-01-01T00:00:00.000Z", lastReceivedAt: "2026-01-01T00:00:00.000Z", deliveries: 1 };
    expect(schemaErrors(eventDetailSchema, { ...detail, extra: true }).length).toBeGreaterThan(0);
    expect(schemaErrors(eventDetailSchema, {}).length).toBeGreaterThan(0);
  });
});

describe.each(backends)("the receiver's answers on $name match the API description", (backend) => {
  let database: BackendDatabase;
  let harness: Harness;
  let url: string;

  beforeAll(async () => {
    database = await backend.create();
    // Encryption at rest on: the answers are the same, opened for the admin token holder.
    harness = await startHarness(testEnv(database, { KYC_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString("base64")}` }), logs.logger);
    url = harness.url;
  });

  afterAll(async () => {
    await harness?.close();
    await database?.cleanup();
  });

  it("acknowledges every fixture of every provider as a CallbackAck (stored, quarantined or a redelivery), or refuses it with an ApiError", async () => {
    let acks = 0;
    for (const fixture of fixtures) {
      const { status } = await call<CallbackAck>(url, "POST", `/webhooks/${fixture.provider}`, post(fixture));
      if (status === 200) acks += 1;
    }
    expect(acks).toBeGreaterThan(fixtures.length / 2);
    const again = await call<CallbackAck>(url, "POST", `/webhooks/netki`, post(netkiFixture("transaction.completed")));
    expect(again.body.duplicate).toBe(true);
    // One request after the other for every fixture (over a hundred): more than the default 20 s on a busy machine.
  }, 120_000);

  it("stores a body that is not UTF-8 and shows it as base64", async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const { body: ack } = await call<CallbackAck>(url, "POST", "/webhooks/netki", post({ ...netkiFixture("transaction.completed"), body: bytes }));
    expect(ack.quarantined).toBe(true);
    const { body: detail } = await call<EventDetail>(url, "GET", `/events/${ack.id}?raw=1`, admin);
    expect(detail.rawBody).toEqual({ encoding: "base64", data: bytes.toString("base64") });
  });

  it("answers refused callbacks with an ApiError", async () => {
    const fixture = netkiFixture("transaction.completed");
    expect((await call(url, "POST", "/webhooks/netki", post(fixture, { authorization: undefined }))).status).toBe(401);
    expect((await call(url, "POST", "/webhooks/netki", post(fixture, { "content-type": "text/plain" }))).status).toBe(415);
    expect((await call(url, "POST", "/webhooks/jumio", post({ ...fixture, provider: "jumio", contentType: "application/json" }, { "x-forwarded-for": "203.0.113.7" }))).status).toBe(403);
  });

  it("pages through GET /events with the cursor, every page an EventListResponse", async () => {
    let cursor: string | null = null;
    let events = 0;
    do {
      const page: { body: EventListResponse } = await call<EventListResponse>(url, "GET", `/events?limit=9${cursor ? `&cursor=${cursor}` : ""}`, admin);
      events += page.body.events.length;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(events).toBeGreaterThan(20);
    const filtered = await call<EventListResponse>(url, "GET", "/events?provider=shufti,netki&quarantined=false&status=approved,declined", admin);
    expect(filtered.body.events.length).toBeGreaterThan(0);
  });

  it("shows every stored event, with its raw body, as an EventDetail", async () => {
    const { body: page } = await call<EventListResponse>(url, "GET", "/events?limit=500", admin);
    let quarantined = 0;
    // The deletion samples (Shufti's request.deleted, Ondato's KYB document deletion) purged what their references
    // held when they arrived: those events keep the decision, not the body.
    const removed = page.events.filter((event) => event.personalDataRemoved !== null);
    expect(new Set(removed.map((event) => event.personalDataRemoved?.reason))).toEqual(new Set(["provider"]));
    for (const summary of page.events) {
      const { body: detail } = await call<EventDetail>(url, "GET", `/events/${summary.id}?raw=1`, admin);
      if (summary.personalDataRemoved === null) expect(detail.rawBody?.data.length).toBeGreaterThan(0);
      else expect(detail).toMatchObject({ rawBody: { data: "" }, tombstone: { reason: "provider" } });
      if (detail.quarantined) quarantined += 1;
    }
    expect(quarantined).toBeGreaterThan(0);
    const { body: plain } = await call<EventDetail>(url, "GET", `/events/${encodeURIComponent(page.events[0]!.eventId)}`, admin);
    expect(plain.rawBody).toBeUndefined();
  });

  it("answers the events API's errors with an ApiError", async () => {
    expect((await call(url, "GET", "/events")).status).toBe(401);
    expect((await call(url, "GET", "/events?limit=0", admin)).status).toBe(400);
    expect((await call(url, "GET", "/events?colour=blue", admin)).status).toBe(400);
    expect((await call(url, "GET", "/events/999999999", admin)).status).toBe(404);
    expect((await call(url, "GET", "/events/%E0%A4%A", admin)).status).toBe(400);
  });

  it("lists verifications and shows each one with its history, as VerificationListResponse and VerificationDetail", async () => {
    let cursor: string | null = null;
    const seen: { provider: string; reference: string }[] = [];
    do {
      const page: { status: number; body: VerificationListResponse } = await call<VerificationListResponse>(url, "GET", `/verifications?limit=3${cursor ? `&cursor=${cursor}` : ""}`, admin);
      expect(page.status).toBe(200);
      seen.push(...page.body.verifications);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(3);
    for (const { provider, reference } of seen) {
      const detail = await call<VerificationDetail>(url, "GET", `/verifications/${provider}/${encodeURIComponent(reference)}`, admin);
      expect(detail.status).toBe(200);
      expect(detail.body.history.length).toBe(detail.body.eventCount);
    }
    // One request per verification, one after the other: more than the default 20 s on a busy machine.
  }, 120_000);

  it("answers the verifications API's errors with an ApiError", async () => {
    expect((await call(url, "GET", "/verifications")).status).toBe(401);
    expect((await call(url, "GET", "/verifications?status=approved&status=declined", admin)).status).toBe(400);
    expect((await call(url, "GET", "/verifications/netki/no-such-transaction", admin)).status).toBe(404);
    expect((await call(url, "GET", "/verifications/shufti/%E0%A4%A", admin)).status).toBe(400);
  });

  it("answers the Ondato token endpoint with a TokenResponse or an OAuthError", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    const client = basicAuthorization({ username: secrets.ondatoClient.clientId, password: secrets.ondatoClient.clientSecret });
    expect((await call(url, "POST", "/webhooks/ondato/token", { headers: { ...form, authorization: client }, body: "grant_type=client_credentials" })).status).toBe(200);
    const post = `grant_type=client_credentials&client_id=${secrets.ondatoClient.clientId}&client_secret=${secrets.ondatoClient.clientSecret}`;
    expect((await call(url, "POST", "/webhooks/ondato/token", { headers: form, body: post })).status).toBe(200);
    expect((await call(url, "POST", "/webhooks/ondato/token", { headers: form, body: "grant_type=password" })).status).toBe(400);
    expect((await call(url, "POST", "/webhooks/ondato/token", { headers: form, body: "grant_type=client_credentials&client_id=x&client_secret=y" })).status).toBe(401);
  });

  it("answers /healthz, /readyz (ready and shutting down) and /metrics as described", async () => {
    expect((await call(url, "GET", "/healthz")).status).toBe(200);
    expect((await call(url, "GET", "/readyz")).status).toBe(200);
    expect((await call<string>(url, "GET", "/metrics")).body).toContain("kyc_webhooks_received_total");
    harness.receiver.handler.setReady(false);
    try {
      expect((await call(url, "GET", "/readyz")).status).toBe(503);
    } finally {
      harness.receiver.handler.setReady(true);
    }
  });

  // Last: it changes what is stored.
  it("answers purge and rekey as PurgeResponse and RekeyResponse, and their errors as ApiError", async () => {
    const { body: page } = await call<EventListResponse>(url, "GET", "/events?provider=shufti&status=approved&limit=1", admin);
    const reference = page.events[0]?.reference;
    expect(reference).toBeTruthy();
    const purged = await call<{ purgedEvents: number }>(url, "POST", `/verifications/shufti/${encodeURIComponent(reference!)}/purge`, admin);
    expect(purged.status).toBe(200);
    expect(purged.body.purgedEvents).toBeGreaterThan(0);
    expect((await call(url, "POST", "/verifications/nobody/x/purge", admin)).status).toBe(404);
    expect((await call(url, "POST", "/verifications/shufti/%E0%A4%A/purge", admin)).status).toBe(400);
    expect((await call(url, "POST", "/verifications/shufti/x/purge")).status).toBe(401);
    expect((await call<{ keyId: string }>(url, "POST", "/maintenance/rekey", admin)).body.keyId).toBe("k1");
    expect((await call(url, "POST", "/maintenance/rekey")).status).toBe(401);
  });
});

describe.each(backends)("the deliveries API's answers on $name match the API description", (backend) => {
  let database: BackendDatabase;
  let harness: Harness;
  let url: string;
  let downstream: Downstream;

  beforeAll(async () => {
    database = await backend.create();
    // Fan-out to a downstream that is down, so that the deliveries API has a dead letter to show.
    const secret = newSecret();
    downstream = await startDownstream({ secret, alwaysStatus: 503 });
    harness = await startHarness(
      testEnv(database, { KYC_OUTBOUND_URLS: downstream.url, KYC_OUTBOUND_SECRET: secret, KYC_OUTBOUND_RETRY_SCHEDULE: "0,10", KYC_OUTBOUND_POLL_MS: "20" }),
      logs.logger,
    );
    url = harness.url;
  });

  afterAll(async () => {
    await harness?.close();
    await downstream?.close();
    await database?.cleanup();
  });

  it("answers the deliveries API as described: list, one delivery, retry, redeliver and their errors", async () => {
    const { body: ack } = await call<CallbackAck>(url, "POST", "/webhooks/shufti", post(shuftiCallback(`api-schemas-${backend.name}-${Date.now()}`)));
    await eventually(async () => (await call<DeliveryListResponse>(url, "GET", "/deliveries?state=dead", admin)).body.deliveries.length > 0, 20_000, "a dead letter");
    const { body: page } = await call<DeliveryListResponse>(url, "GET", "/deliveries?state=dead&limit=1", admin);
    const id = page.deliveries[0]!.id;
    expect((await call(url, "GET", `/deliveries/${id}`, admin)).status).toBe(200);
    expect((await call(url, "POST", `/deliveries/${id}/retry`, admin)).status).toBe(202);
    expect((await call(url, "POST", `/events/${ack.id}/redeliver`, admin)).status).toBe(202);
    expect((await call(url, "GET", "/deliveries?state=gone", admin)).status).toBe(400);
    expect((await call(url, "GET", "/deliveries")).status).toBe(401);
    expect((await call(url, "GET", "/deliveries/999999999", admin)).status).toBe(404);
    expect((await call(url, "POST", "/deliveries/999999999/retry", admin)).status).toBe(404);
    expect((await call(url, "POST", "/events/999999999/redeliver", admin)).status).toBe(404);
  }, 60_000);

});

describe("the route description", () => {
  it("had every body schema it names for an answer checked against a real answer above", () => {
    const answered = new Set(
      receiverApi.routes.flatMap((route) => route.responses.flatMap((response) => (response.content?.schema ? [schemaNames.get(response.content.schema) ?? "(unnamed)"] : []))),
    );
    expect([...checkedSchemas].sort()).toEqual([...answered].sort());
  });
});
