import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { basicAuthorization } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { getFixture as ondatoFixture } from "@kyc-webhooks/ondato/fixtures";
import { createWebhooks as createShuftiWebhooks } from "@kyc-webhooks/shufti";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallbackAck, EventListResponse, VerificationDetail } from "@kyc-webhooks/receiver-api";
import { callbackContentTypes } from "@kyc-webhooks/receiver-api";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { allEvents, adminGet, deliver, getEvent, newestId, providerHeaders, secrets, senders, startHarness, testEnv } from "./helpers/harness.js";
import type { Harness } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";
import { allFixtures, leakedValues, personalValues } from "./helpers/personal-data.js";

/*
 * The receiver over real HTTP, on SQLite and on PostgreSQL: the same suite for both backends.
 */

const fixtures = allFixtures();
const logs = captureLogs();

function accepts(fixture: Fixture): boolean {
  return callbackContentTypes[fixture.provider as ProviderName].includes(fixture.contentType.split(";")[0]?.trim().toLowerCase() ?? "");
}

/** Whether the receiver (which parses tolerantly) stores a fixture as an event: valid, or breaking only a documented rule. */
function storedAsEvent(fixture: Fixture): boolean {
  return fixture.valid || fixture.breaks !== undefined;
}

/** The eventId each fixture will be stored under, and which fixtures repeat an earlier one's eventId. */
function expectedEventIds(list: readonly Fixture[]): Map<Fixture, { eventId: string; firstOf: boolean }> {
  const seen = new Set<string>();
  const out = new Map<Fixture, { eventId: string; firstOf: boolean }>();
  for (const fixture of list) {
    if (!accepts(fixture)) continue;
    const result = normalizeRaw(fixture.body, { provider: fixture.provider as ProviderName, contentType: fixture.contentType, strictness: "tolerant" });
    const eventId = result.ok ? result.event.eventId : (result.eventId ?? "");
    out.set(fixture, { eventId, firstOf: !seen.has(eventId) });
    seen.add(eventId);
  }
  return out;
}

describe.each(backends)("the receiver on $name", (backend) => {
  let database: BackendDatabase;
  let harness: Harness;
  let url: string;

  beforeAll(async () => {
    database = await backend.create();
    harness = await startHarness(testEnv(database), logs.logger);
    url = harness.url;
  });

  afterAll(async () => {
    await harness?.close();
    await database?.cleanup();
  });

  describe("every fixture of every provider, sent as the provider sends it", () => {
    const expected = expectedEventIds(fixtures);
    const stored = new Map<string, string>();

    for (const fixture of fixtures) {
      const name = `${fixture.provider} ${fixture.name}`;
      if (!accepts(fixture)) {
        it(`${name} (${fixture.contentType}) is refused with 415, as ${fixture.provider} never sends that content type`, async () => {
          const before = await newestId(url);
          const response = await deliver(url, fixture);
          expect(response.status).toBe(415);
          expect(await newestId(url)).toBe(before);
        });
        continue;
      }
      const outcome = fixture.valid ? "stored and normalized" : storedAsEvent(fixture) ? `stored and normalized with a warning (${fixture.breaks ?? ""})` : "stored as quarantined and acknowledged";
      it(`${name} is ${outcome}`, async () => {
        const response = await deliver(url, fixture);
        expect(response.status).toBe(200);
        const ack = (await response.json()) as CallbackAck;
        const { eventId, firstOf } = expected.get(fixture)!;
        expect(ack.eventId).toBe(eventId);
        expect(ack.duplicate).toBe(!firstOf);
        if (firstOf) stored.set(eventId, ack.id);
        else expect(ack.id).toBe(stored.get(eventId));

        const detail = await getEvent(url, ack.id, true);
        expect(detail.provider).toBe(fixture.provider);
        if (!firstOf) return;
        expect(detail.quarantined).toBe(!storedAsEvent(fixture));
        expect(Buffer.from(detail.rawBody!.data, detail.rawBody!.encoding === "base64" ? "base64" : "utf8").equals(Buffer.from(fixture.body))).toBe(true);
        expect(detail.bodyBytes).toBe(fixture.body.byteLength);
        expect(detail.contentType).toBe(fixture.contentType);
        expect(detail.headers["content-type"]).toBe(fixture.contentType);
        expect(detail.deliveries).toBe(1);
        if (storedAsEvent(fixture)) {
          expect(detail.kind).toBe(fixture.kind);
          expect(detail.normalized?.provider).toBe(fixture.provider);
          expect(detail.normalized?.providerKind).toBe(fixture.kind);
          expect(detail.status).toBe(detail.normalized?.status);
          expect(detail.issues).toEqual([]);
          expect(detail.warnings.map((warning) => warning.rule)).toEqual(fixture.valid ? [] : expect.arrayContaining([fixture.breaks]));
          expect(detail.warningCount).toBe(detail.warnings.length);
        } else {
          expect(detail.normalized).toBeNull();
          expect(detail.issues.length).toBeGreaterThan(0);
          expect(detail.status).toBeNull();
        }
      });
    }

    it("reads a callback's headers as sent, whatever their case, with a repeated header's values joined, and stores them without secrets", async () => {
      const { port } = new URL(url);
      const fixture = shuftiFixture("verification.accepted");
      const callback = { ...fixture, body: Buffer.from(JSON.stringify({ ...JSON.parse(fixture.text), reference: `headers-${randomUUID()}` })) };
      const headers = Object.entries(providerHeaders(callback)).map(([name, value]) => `${name.toUpperCase()}: ${value}`);
      const request = [
        "POST /webhooks/shufti HTTP/1.1",
        "Host: receiver",
        ...headers,
        "X-Trace: first",
        "x-TRACE: second",
        "X-Request-Id: trace-42",
        "Cookie: session=fake-session",
        `Content-Length: ${callback.body.byteLength}`,
        "Connection: close",
        "",
        "",
      ].join("\r\n");
      const answer = await new Promise<string>((resolve, reject) => {
        let text = "";
        const socket = connect(Number(port), "127.0.0.1", () => socket.write(Buffer.concat([Buffer.from(request), callback.body])));
        socket.on("data", (chunk) => (text += chunk.toString("utf8")));
        socket.on("close", () => resolve(text));
        socket.on("error", reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(answer.toLowerCase()).toContain("x-request-id: trace-42");
      const ack = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as CallbackAck;
      expect(ack.requestId).toBe("trace-42");
      const stored = (await getEvent(url, ack.id)).headers;
      expect(stored["x-trace"]).toBe("first, second");
      expect(stored.signature).toBe(providerHeaders(callback).signature);
      expect(stored.cookie).toBeUndefined();
      expect(Object.keys(stored)).toEqual(Object.keys(stored).map((name) => name.toLowerCase()).sort());
    });

    it("keeps the source address and the headers without secrets", async () => {
      const events = await allEvents(url, "provider=ondato,netki&limit=1");
      expect(events.length).toBeGreaterThan(0);
      for (const summary of events.slice(0, 3)) {
        const detail = await getEvent(url, summary.id);
        expect(detail.headers.authorization).toBe("Basic [removed]");
        expect(JSON.stringify(detail.headers)).not.toContain(secrets.netki.password);
        expect(JSON.stringify(detail.headers)).not.toContain(Buffer.from(`${secrets.netki.username}:${secrets.netki.password}`).toString("base64"));
        expect(detail.sourceIp).toMatch(/^(127\.0\.0\.1|::1|34\.202\.241\.227)$/);
      }
      const jumio = (await allEvents(url, "provider=jumio"))[0]!;
      expect((await getEvent(url, jumio.id)).sourceIp).toBe(secrets.jumioIp);
    });
  });

  describe("authentication", () => {
    const shufti = () => shuftiFixture("verification.accepted");
    const netki = () => netkiFixture("transaction.completed");
    const ondato = () => ondatoFixture(fixtures.find((fixture) => fixture.provider === "ondato" && fixture.valid)!.name);
    const jumio = () => jumioFixtures().find((fixture) => fixture.valid && fixture.contentType.includes("form"))!;

    const refusals: [string, () => Fixture, Record<string, string | undefined>, number][] = [
      ["Shufti without a signature", shufti, { signature: undefined }, 401],
      ["Shufti with a signature made with another key", shufti, {}, 401],
      ["Shufti with a malformed signature", shufti, { signature: "not-hex" }, 401],
      ["Netki without credentials", netki, { authorization: undefined }, 401],
      ["Netki with a wrong password", netki, { authorization: basicAuthorization({ username: secrets.netki.username, password: "wrong" }) }, 401],
      ["Ondato without credentials", ondato, { authorization: undefined }, 401],
      ["Ondato with a wrong password", ondato, { authorization: basicAuthorization({ username: secrets.ondato.username, password: "wrong" }) }, 401],
      ["Ondato with an unknown bearer token", ondato, { authorization: "Bearer not-a-token-we-issued" }, 401],
      ["Jumio from an address outside its allowlists", jumio, { "x-forwarded-for": "203.0.113.7" }, 403],
      ["Jumio from the loopback with no forwarded address", jumio, { "x-forwarded-for": undefined }, 403],
    ];

    for (const [name, fixture, override, status] of refusals) {
      it(`refuses ${name} with ${status} and stores nothing`, async () => {
        const before = await newestId(url);
        const body = fixture();
        const headers = name.includes("another key") ? { signature: createShuftiWebhooks({ secretKey: "some-other-key" }).simulate(body).headers.signature } : override;
        const response = await deliver(url, body, headers);
        expect(response.status).toBe(status);
        const error = (await response.json()) as { error: string; message: string };
        expect(error.error).toBe(status === 401 ? "unauthenticated" : "forbidden_ip");
        expect(await newestId(url)).toBe(before);
      });
    }

    it("accepts Shufti's older v1 signature in sp_signature", async () => {
      const fixture = shuftiFixture("request.pending");
      const v1 = createShuftiWebhooks({ secretKey: secrets.shufti, signatureAlgorithms: ["v1"] }).simulate(fixture);
      const response = await deliver(url, fixture, { signature: undefined, sp_signature: v1.headers.sp_signature });
      expect(response.status).toBe(200);
    });

    it("refuses a Shufti body changed after signing (the signature is over the raw bytes)", async () => {
      const fixture = shuftiFixture("verification.declined");
      const { signature } = senders.shufti.simulate(fixture).headers;
      const before = await newestId(url);
      const changed = { ...fixture, body: Buffer.concat([Buffer.from(fixture.body), Buffer.from(" ")]) };
      const response = await deliver(url, changed, { signature });
      expect(response.status).toBe(401);
      expect(await newestId(url)).toBe(before);
    });

    it("serves Ondato's OAuth2 token endpoint, and accepts the bearer token it issued", async () => {
      const refused = await fetch(`${url}/webhooks/ondato/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: basicAuthorization({ username: secrets.ondatoClient.clientId, password: "wrong" }) },
        body: "grant_type=client_credentials",
      });
      expect(refused.status).toBe(401);
      const response = await fetch(`${url}/webhooks/ondato/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: basicAuthorization({ username: secrets.ondatoClient.clientId, password: secrets.ondatoClient.clientSecret }) },
        body: "grant_type=client_credentials",
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const token = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
      expect(token.token_type).toBe("Bearer");
      expect(token.expires_in).toBe(3600);
      const sample = ondatoFixture(fixtures.filter((entry) => entry.provider === "ondato" && entry.valid)[1]!.name);
      // A callback not delivered before, so that the stored headers are this delivery's.
      const fixture = { ...sample, body: Buffer.from(sample.text.replace(/"id": "[^"]+"/, `"id": "${randomUUID()}"`)) };
      const callback = await deliver(url, fixture, { authorization: `Bearer ${token.access_token}` });
      expect(callback.status).toBe(200);
      const ack = (await callback.json()) as CallbackAck;
      expect((await getEvent(url, ack.id)).headers.authorization).toBe("Bearer [removed]");
    });

    it("does not believe X-Forwarded-For beyond the trusted proxy hops", async () => {
      const before = await newestId(url);
      // The right-most entry is what our (one) trusted proxy saw; the left one is client-supplied.
      const response = await deliver(url, jumio(), { "x-forwarded-for": `${secrets.jumioIp}, 198.51.100.9` });
      expect(response.status).toBe(403);
      expect(await newestId(url)).toBe(before);
    });
  });

  describe("duplicates", () => {
    it("acknowledges a redelivery and records it, without storing a second event", async () => {
      const fixture = netkiFixture("transaction.hold");
      const first = (await (await deliver(url, fixture)).json()) as CallbackAck;
      const again = await deliver(url, fixture);
      expect(again.status).toBe(200);
      const second = (await again.json()) as CallbackAck;
      expect(second.duplicate).toBe(true);
      expect(second.id).toBe(first.id);
      const detail = await getEvent(url, first.id);
      expect(detail.deliveries).toBeGreaterThanOrEqual(2);
      expect(detail.deliveryLog.filter((delivery) => delivery.duplicate).length).toBe(detail.deliveries - 1);
      expect(detail.deliveryLog.every((delivery) => delivery.sameBody)).toBe(true);
      expect((await allEvents(url, `eventId=${encodeURIComponent(first.eventId)}`)).length).toBe(1);
    });

    it("gives one event when deliveries race each other", async () => {
      const fixture = { ...shuftiFixture("verification.accepted"), body: Buffer.from(shuftiFixture("verification.accepted").text.replace('"reference"', '"race":1,"reference"')) };
      const acks = await Promise.all(Array.from({ length: 12 }, () => deliver(url, fixture).then((response) => response.json() as Promise<CallbackAck>)));
      expect(new Set(acks.map((ack) => ack.id)).size).toBe(1);
      expect(acks.filter((ack) => !ack.duplicate).length).toBe(1);
      const detail = await getEvent(url, acks[0]!.id);
      expect(detail.deliveries).toBe(12);
      expect(detail.deliveryLog.length).toBe(12);
    });

    it("gives one event when two receivers on one database race, for a verification's callback and for an invalid body that names none", async () => {
      const second = await startHarness(testEnv(database), logs.logger);
      try {
        const fixture = { ...netkiFixture("transaction.failed"), body: Buffer.from(netkiFixture("transaction.failed").text.replace(/^\{/, '{"race": 2,')) };
        // No verification, so nothing makes the two take turns before they insert: one insert meets the other's row.
        const invalid = { provider: "shufti", contentType: "application/json", body: Buffer.from(`{"event":"verification.accepted","race":"${randomUUID()}","reference":`) };
        for (const body of [fixture, invalid]) {
          const acks = await Promise.all(
            Array.from({ length: 10 }, (_, index) => deliver(index % 2 === 0 ? url : second.url, body).then((response) => response.json() as Promise<CallbackAck>)),
          );
          expect(new Set(acks.map((ack) => ack.id)).size).toBe(1);
          expect(acks.filter((ack) => !ack.duplicate).length).toBe(1);
          expect((await getEvent(url, acks[0]!.id)).deliveries).toBe(10);
        }
      } finally {
        await second.close();
      }
    });

    it("deduplicates a redelivered invalid body too", async () => {
      const fixture = { provider: "shufti", contentType: "application/json", body: Buffer.from('{"event":"verification.accepted","reference":') };
      const first = (await (await deliver(url, fixture)).json()) as CallbackAck;
      const second = (await (await deliver(url, fixture)).json()) as CallbackAck;
      expect(first.quarantined).toBe(true);
      expect(second.duplicate).toBe(true);
      expect(second.id).toBe(first.id);
    });
  });

  describe("quarantine", () => {
    it("stores an authenticated body that fails validation, with its issues, and acknowledges it", async () => {
      const fixture = fixtures.find((entry) => entry.provider === "netki" && !entry.valid && entry.breaks === undefined && accepts(entry))!;
      const body = Buffer.from(fixture.text.replace(/^\{/, '{"quarantine-test": true,'));
      const response = await deliver(url, { ...fixture, body });
      expect(response.status).toBe(200);
      const ack = (await response.json()) as CallbackAck;
      expect(ack).toMatchObject({ received: true, quarantined: true, duplicate: false });
      const detail = await getEvent(url, ack.id);
      expect(detail.quarantined).toBe(true);
      expect(detail.issues.length).toBeGreaterThan(0);
      expect(detail.issues[0]).toHaveProperty("path");
      expect(detail.decoded).toMatchObject({ "quarantine-test": true });
      expect((await allEvents(url, "quarantined=true")).some((event) => event.id === ack.id)).toBe(true);
    });

    it("stores a callback that breaks a documented rule as an event with its warnings, not in quarantine", async () => {
      const fixture = jumioFixtures().find((entry) => entry.breaks === "jumio.reject-reason-code-of-status")!;
      // A reference of its own, so that this delivery is a new event and not a redelivery of the fixture.
      const body = Buffer.from(fixture.text.replace(/jumioIdScanReference=[^&]+/, `jumioIdScanReference=${randomUUID()}`));
      const ack = (await (await deliver(url, { ...fixture, body })).json()) as CallbackAck;
      expect(ack).toMatchObject({ received: true, quarantined: false, duplicate: false });
      const detail = await getEvent(url, ack.id);
      expect(detail.quarantined).toBe(false);
      expect(detail.normalized?.provider).toBe("jumio");
      expect(detail.issues).toEqual([]);
      expect(detail.warnings).toEqual([expect.objectContaining({ code: "rule_broken", rule: "jumio.reject-reason-code-of-status", path: ["rejectReason", "rejectReasonCode"] })]);
      expect((await allEvents(url, "quarantined=false")).find((event) => event.id === ack.id)?.warningCount).toBe(1);
      // The verification's state follows the tolerated callback like any other event.
      const reference = detail.normalized?.reference ?? "";
      const verification = await adminGet<VerificationDetail>(url, `/verifications/jumio/${encodeURIComponent(reference)}`);
      expect(verification.status).toBe(200);
      expect(verification.body).toMatchObject({ status: detail.normalized?.status, event: { id: ack.id }, history: [expect.objectContaining({ id: ack.id, outcome: "applied" })] });
    });

    it("stores a body that is not even JSON, as quarantined", async () => {
      const response = await deliver(url, { provider: "ondato", contentType: "application/json", body: Buffer.from("this is not json \u0000 at all") });
      expect(response.status).toBe(200);
      const ack = (await response.json()) as CallbackAck;
      const detail = await getEvent(url, ack.id, true);
      expect(detail.quarantined).toBe(true);
      expect(detail.issues.map((issue) => issue.code)).toContain("invalid_json");
      expect(detail.rawBody?.data).toBe("this is not json \u0000 at all");
    });
  });

  describe("limits", () => {
    it("answers 413 to a body over the limit and stores nothing", async () => {
      const before = await newestId(url);
      const body = Buffer.alloc(65_537, "a");
      // deliver() signs it as Shufti would (the package's simulate()): only the size can refuse it.
      const response = await deliver(url, { provider: "shufti", contentType: "application/json", body });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toBe("payload_too_large");
      expect(await newestId(url)).toBe(before);
    });

    it("answers 413 to a chunked body (no Content-Length) once it passes the limit", async () => {
      const before = await newestId(url);
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${url}/webhooks/netki`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: basicAuthorization(secrets.netki), "transfer-encoding": "chunked" },
        });
        request.on("response", (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        for (let index = 0; index < 20; index += 1) request.write(Buffer.alloc(8192, "b"));
        request.end();
      });
      expect(status).toBe(413);
      expect(await newestId(url)).toBe(before);
    });

    it("answers 415 to a content type the provider never sends, and to none", async () => {
      const before = await newestId(url);
      const jumio = jumioFixtures().find((fixture) => fixture.valid && fixture.contentType.includes("form"))!;
      expect((await deliver(url, { ...jumio, contentType: "text/plain" })).status).toBe(415);
      const shufti = shuftiFixture("verification.accepted");
      expect((await deliver(url, { ...shufti, contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
      const response = await fetch(`${url}/webhooks/netki`, { method: "POST", headers: { authorization: basicAuthorization(secrets.netki) }, body: new Uint8Array(netkiFixture("transaction.new").body) });
      expect(response.status).toBe(415);
      expect(await newestId(url)).toBe(before);
    });

    it("accepts a content type with parameters (charset)", async () => {
      const fixture = netkiFixture("transaction.canceled");
      const response = await deliver(url, { ...fixture, contentType: "application/json; charset=utf-8" });
      expect(response.status).toBe(200);
    });

    it("cuts off a client that sends its headers or its body too slowly, and stores nothing", async () => {
      const slow = await startHarness(testEnv(database, { KYC_HEADERS_TIMEOUT_MS: "1000", KYC_REQUEST_TIMEOUT_MS: "1500" }), logs.logger);
      try {
        const before = await newestId(url);
        const { port } = new URL(slow.url);
        const stall = (data: string) =>
          new Promise<{ answer: string; ms: number }>((resolve, reject) => {
            const started = Date.now();
            let answer = "";
            const socket = connect(Number(port), "127.0.0.1", () => socket.write(data));
            socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
            socket.on("close", () => resolve({ answer, ms: Date.now() - started }));
            socket.on("error", reject);
            setTimeout(() => socket.destroy(new Error("not cut off")), 8000);
          });
        const headers = await stall("POST /webhooks/netki HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\n");
        expect(headers.answer).toMatch(/^HTTP\/1\.1 408/);
        expect(headers.ms).toBeLessThan(4000);
        const auth = basicAuthorization(secrets.netki);
        const body = await stall(`POST /webhooks/netki HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nAuthorization: ${auth}\r\nContent-Length: 1000\r\n\r\n{"identity":`);
        expect(body.ms).toBeLessThan(4500);
        expect(body.answer).not.toMatch(/^HTTP\/1\.1 2/);
        expect(await newestId(url)).toBe(before);
        // The cut-off request does not hang the receiver: it still shuts down promptly.
        const closing = Date.now();
        await slow.close();
        expect(Date.now() - closing).toBeLessThan(3000);
      } finally {
        await slow.close();
      }
    });

    it("answers 405 to other methods on a webhook URL and 404 to unknown providers", async () => {
      const wrongMethod = await fetch(`${url}/webhooks/shufti`);
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get("allow")).toBe("POST");
      expect((await fetch(`${url}/webhooks/veriff`, { method: "POST" })).status).toBe(404);
    });
  });

  describe("the events API", () => {
    it("needs the admin token", async () => {
      expect((await fetch(`${url}/events`)).status).toBe(401);
      expect((await fetch(`${url}/events`, { headers: { authorization: "Bearer wrong-token-wrong-token" } })).status).toBe(401);
      expect((await fetch(`${url}/events/1`, { headers: { authorization: basicAuthorization({ username: "a", password: secrets.adminToken }) } })).status).toBe(401);
    });

    it("pages through every event with the cursor, newest first, each once", async () => {
      const everything = await allEvents(url);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { body: EventListResponse } = await adminGet<EventListResponse>(url, `/events?limit=7${cursor ? `&cursor=${cursor}` : ""}`);
        expect(page.body.events.length).toBeLessThanOrEqual(7);
        seen.push(...page.body.events.map((event) => event.id));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(seen).toEqual(everything.map((event) => event.id));
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.max(1, Math.ceil(seen.length / 7)));
      const ids = seen.map(Number);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    });

    it("filters by provider, status, type, kind, reference, merchantReference and quarantined", async () => {
      const everything = await allEvents(url);
      for (const provider of ["jumio", "shufti", "ondato", "netki"]) {
        const some = await allEvents(url, `provider=${provider}`);
        expect(some.length).toBe(everything.filter((event) => event.provider === provider).length);
        expect(some.length).toBeGreaterThan(0);
      }
      const approved = await allEvents(url, "status=approved");
      expect(approved.length).toBeGreaterThan(0);
      expect(approved.every((event) => event.status === "approved")).toBe(true);
      const twoStatuses = await allEvents(url, "status=approved,declined");
      expect(twoStatuses.length).toBe(everything.filter((event) => event.status === "approved" || event.status === "declined").length);

      const typed = everything.find((event) => event.type !== null)!;
      expect((await allEvents(url, `type=${typed.type}`)).every((event) => event.type === typed.type)).toBe(true);
      const kinded = everything.find((event) => event.kind !== null)!;
      expect((await allEvents(url, `kind=${encodeURIComponent(kinded.kind!)}`)).every((event) => event.kind === kinded.kind)).toBe(true);

      const referenced = everything.find((event) => event.reference !== null)!;
      const byReference = await allEvents(url, `reference=${encodeURIComponent(referenced.reference!)}`);
      expect(byReference.length).toBe(everything.filter((event) => event.reference === referenced.reference).length);
      const withMerchant = everything.find((event) => event.merchantReference !== null);
      expect(withMerchant).toBeDefined();
      const byMerchant = await allEvents(url, `merchantReference=${encodeURIComponent(withMerchant!.merchantReference!)}`);
      expect(byMerchant.length).toBe(everything.filter((event) => event.merchantReference === withMerchant!.merchantReference).length);

      const quarantined = await allEvents(url, "quarantined=true");
      const valid = await allEvents(url, "quarantined=false");
      expect(quarantined.length + valid.length).toBe(everything.length);
      expect(quarantined.every((event) => event.quarantined)).toBe(true);
      expect(valid.every((event) => !event.quarantined)).toBe(true);
      expect(quarantined.length).toBeGreaterThan(0);
    });

    it("filters by time received", async () => {
      const everything = await allEvents(url);
      const middle = everything[Math.floor(everything.length / 2)]!;
      const from = await allEvents(url, `from=${encodeURIComponent(middle.receivedAt)}`);
      expect(from.length).toBe(everything.filter((event) => event.receivedAt >= middle.receivedAt).length);
      const to = await allEvents(url, `to=${encodeURIComponent(middle.receivedAt)}`);
      expect(to.length).toBe(everything.filter((event) => event.receivedAt < middle.receivedAt).length);
      expect((await allEvents(url, "from=2999-01-01")).length).toBe(0);
    });

    it("refuses a bad query with 400 naming the parameter", async () => {
      for (const [query, word] of [
        ["status=happy", "status"],
        ["provider=veriff", "provider"],
        ["limit=0", "limit"],
        ["from=yesterday", "from"],
        ["quarantined=maybe", "quarantined"],
        ["cursor=abc", "cursor"],
        ["colour=blue", "colour"],
      ]) {
        const response = await adminGet<{ error: string; message: string }>(url, `/events?${query}`);
        expect(response.status, query).toBe(400);
        expect(response.body.message).toContain(word);
      }
    });

    it("shows one event by id or eventId, the raw body only on request, and 404 for unknown ones", async () => {
      const [newest] = await allEvents(url, "quarantined=false");
      const byId = await getEvent(url, newest!.id);
      expect(byId.rawBody).toBeUndefined();
      expect(byId.normalized?.eventId).toBe(newest!.eventId);
      const byEventId = await getEvent(url, newest!.eventId, true);
      expect(byEventId.id).toBe(newest!.id);
      expect(byEventId.rawBody?.data.length).toBeGreaterThan(0);
      expect((await adminGet(url, "/events/999999999")).status).toBe(404);
    });
  });

  describe("operations", () => {
    it("answers /healthz and /readyz (database reachable)", async () => {
      expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: "ok" });
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", database: backend.name });
    });

    it("exposes Prometheus metrics per provider", async () => {
      const response = await fetch(`${url}/metrics`);
      expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
      const text = await response.text();
      for (const provider of ["jumio", "shufti", "ondato", "netki"]) {
        expect(text).toMatch(new RegExp(`kyc_webhooks_received_total\\{provider="${provider}"\\} \\d+`));
        expect(text).toMatch(new RegExp(`kyc_webhooks_stored_total\\{provider="${provider}"\\} \\d+`));
        expect(text).toMatch(new RegExp(`kyc_webhooks_quarantined_total\\{provider="${provider}"\\} \\d+`));
      }
      expect(text).toMatch(/kyc_webhooks_duplicates_total\{provider="netki"\} [1-9]/);
      expect(text).toMatch(/kyc_webhooks_refused_total\{provider="shufti",reason="unauthenticated"\} [1-9]/);
      expect(text).toMatch(/kyc_webhooks_refused_total\{provider="jumio",reason="forbidden_ip"\} [1-9]/);
      expect(text).toMatch(/kyc_webhooks_refused_total\{provider="shufti",reason="payload_too_large"\} [1-9]/);
      expect(text).toMatch(/kyc_webhooks_request_duration_seconds_bucket\{outcome="stored",provider="shufti",le="\+Inf"\} [1-9]/);
    });

    it("answers Netki with exactly its expected status, and refuses providers that are not configured", async () => {
      const other = await startHarness(
        {
          DATABASE_URL: database.databaseUrl,
          ...(database.databaseSchema ? { KYC_DATABASE_SCHEMA: database.databaseSchema } : {}),
          KYC_PORT: "0",
          KYC_NETKI_AUTH: "noauth",
          KYC_NETKI_EXPECTED_STATUS: "202",
        },
        logs.logger,
      );
      try {
        const fixture = netkiFixture("transaction.restarted");
        const response = await deliver(other.url, fixture, { authorization: undefined });
        expect(response.status).toBe(202);
        const invalid = fixtures.find((entry) => entry.provider === "netki" && !entry.valid && accepts(entry))!;
        expect((await deliver(other.url, invalid, { authorization: undefined })).status).toBe(202);
        expect((await deliver(other.url, netkiFixture("transaction.restarted"))).status).toBe(202);

        const refused = await deliver(other.url, shuftiFixture("verification.accepted"));
        expect(refused.status).toBe(403);
        const body = (await refused.json()) as { error: string; message: string };
        expect(body.error).toBe("provider_disabled");
        expect(body.message).toContain("KYC_SHUFTI_SECRET_KEY");
        expect((await fetch(`${other.url}/events`)).status).toBe(403);
      } finally {
        await other.close();
      }
    });

    it("keeps every event across a restart, and still recognises redeliveries", async () => {
      const before = await allEvents(url);
      await harness.close();
      harness = await startHarness(testEnv(database), logs.logger);
      url = harness.url;
      const after = await allEvents(url);
      expect(after).toEqual(before);
      const fixture = netkiFixture("transaction.hold");
      const ack = (await (await deliver(url, fixture)).json()) as CallbackAck;
      expect(ack.duplicate).toBe(true);
    });

    it("finishes in-flight requests when shutting down", async () => {
      const other = await startHarness(testEnv(database), logs.logger);
      const fixture = netkiFixture("transaction.new");
      const body = Buffer.from(fixture.text.replace(/^\{/, '{"shutdown-test": true,'));
      let connected!: () => void;
      const inFlight = new Promise<void>((resolve) => (connected = resolve));
      const status = new Promise<number>((resolve, reject) => {
        const request = httpRequest(`${other.url}/webhooks/netki`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: basicAuthorization(secrets.netki), "content-length": String(body.byteLength) },
        });
        request.on("response", (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on("error", reject);
        request.on("socket", (socket) => socket.on("connect", connected));
        request.write(body.subarray(0, 100));
        // The rest arrives after shutdown has begun.
        setTimeout(() => request.end(body.subarray(100)), 300);
      });
      await inFlight;
      // A request on a later connection answered: the server has accepted the first one (in order), so closing now
      // tests an in-flight request, not a connection still waiting in the listen backlog (which close() resets).
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
      const closed = other.close();
      expect(await status).toBe(200);
      await closed;
      await expect(fetch(`${other.url}/healthz`)).rejects.toThrow();
      const stored = await allEvents(url, "provider=netki");
      expect(stored.length).toBeGreaterThan(0);
    });
  });
});

describe("logs of the whole suite", () => {
  it("contain none of the fixtures' personal values", () => {
    const values = personalValues();
    expect(values.length).toBeGreaterThan(50);
    const text = logs.lines.join("");
    expect(logs.lines.length).toBeGreaterThan(300);
    expect(leakedValues(text, values)).toEqual([]);
  });

  it("say, per request, the provider, outcome and latency, with a request id", () => {
    const entries = logs.entries().filter((entry) => entry.msg === "callback" || entry.msg === "callback quarantined");
    expect(entries.length).toBeGreaterThan(200);
    for (const entry of entries) {
      expect(entry).toHaveProperty("requestId");
      expect(entry).toHaveProperty("provider");
      expect(entry).toHaveProperty("outcome");
      expect(typeof entry.latencyMs).toBe("number");
    }
    const enabled = logs.entries().filter((entry) => entry.msg === "provider enabled");
    expect(enabled.map((entry) => entry.provider)).toEqual(expect.arrayContaining(["jumio", "shufti", "ondato", "netki"]));
  });
});
