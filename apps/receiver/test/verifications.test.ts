import { randomUUID } from "node:crypto";
import { getFixture as jumioFixture } from "@kyc-webhooks/jumio/fixtures";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { getFixture as ondatoFixture } from "@kyc-webhooks/ondato/fixtures";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import type { Fixture } from "@kyc-webhooks/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import type { VerificationDetail, VerificationListResponse, VerificationSummary } from "@kyc-webhooks/receiver-api";
import { loadConfig } from "../src/config.js";
import { startReceiver } from "../src/server.js";
import type { RunningReceiver } from "../src/server.js";
import { backends } from "./helpers/backends.js";
import type { BackendDatabase } from "./helpers/backends.js";
import { adminGet, deliver, testEnv } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";

/*
 * The current state per verification over real HTTP, on SQLite and PostgreSQL: each case of issue 17's
 * "What must be shown", with a fake clock for the receiver's arrival times.
 */

const logs = captureLogs();
const hour = 3_600_000;

/** A fixture with its body replaced (the provider's headers, e.g. Shufti's signature, are made for the new body). */
function withBody(fixture: Fixture, body: string): Fixture {
  return { ...fixture, text: body, body: Buffer.from(body) };
}

function editJson<T>(fixture: Fixture, edit: (value: T) => void): Fixture {
  const value = JSON.parse(fixture.text) as T;
  edit(value);
  return withBody(fixture, JSON.stringify(value));
}

function editForm(fixture: Fixture, fields: Record<string, string>): Fixture {
  const params = new URLSearchParams(fixture.text);
  for (const [key, value] of Object.entries(fields)) params.set(key, value);
  return withBody(fixture, params.toString());
}

describe.each(backends)("verifications on $name", (backend) => {
  let database: BackendDatabase;
  let receiver: RunningReceiver;
  let url: string;
  let clock = Date.parse("2026-06-01T12:00:00.000Z");
  /** A reference unique to this backend's run, so that the cases never share a verification (ids that must be UUIDs are random ones). */
  const unique = (name: string) => `${name}-${backend.name}`;

  beforeAll(async () => {
    database = await backend.create();
    receiver = await startReceiver(loadConfig({ env: testEnv(database) }), { logger: logs.logger, now: () => clock });
    url = receiver.url;
  });

  afterAll(async () => {
    await receiver?.close();
    await database?.cleanup();
  });

  async function send(fixture: Fixture, advanceMs = 1_000): Promise<CallbackAck> {
    clock += advanceMs;
    const response = await deliver(url, fixture);
    expect(response.status).toBe(200);
    return (await response.json()) as CallbackAck;
  }

  async function verification(provider: string, reference: string): Promise<VerificationDetail> {
    const { status, body } = await adminGet<VerificationDetail>(url, `/verifications/${provider}/${encodeURIComponent(reference)}`);
    expect(status).toBe(200);
    return body;
  }

  it("ends a Netki business that goes open → hold → open → hold → open at open, each body again a new event numbered by its occurrence", async () => {
    const name = unique("Open Hold Open LLC");
    const business = (status: string) => editJson<{ business: { name: string; status: string } }>(netkiFixture("business.open"), (value) => Object.assign(value.business, { name, status }));
    const acks = [];
    for (const status of ["open", "hold", "open", "hold", "open"]) acks.push(await send(business(status)));
    expect(acks.map((ack) => ack.duplicate)).toEqual([false, false, false, false, false]);
    const [open, hold] = acks.map((ack) => ack.eventId);
    expect(acks.map((ack) => ack.eventId)).toEqual([open, hold, `${open}#2`, `${hold}#2`, `${open}#3`]);
    const state = await verification("netki", name);
    expect(state).toMatchObject({ status: "pending", providerStatus: "open", final: false, eventCount: 5, conflictCount: 0 });
    expect(state.history.map((entry) => [entry.providerStatus, entry.outcome])).toEqual([
      ["open", "applied"],
      ["hold", "applied"],
      ["open", "applied"],
      ["hold", "applied"],
      ["open", "applied"],
    ]);
  });

  it("makes the same Netki transaction callback delivered three times (a retry storm) one event with three deliveries", async () => {
    const id = randomUUID();
    const attempt = (counter: number) =>
      editJson<{ identity: { id: string; transaction_callbacks: Record<string, unknown>[] } }>(netkiFixture("transaction.completed"), (value) => {
        value.identity.id = id;
        for (const record of value.identity.transaction_callbacks) Object.assign(record, { callback_counter: counter, status_code: counter < 3 ? 500 : 200 });
      });
    const acks = [await send(attempt(1)), await send(attempt(2), 30 * 60_000), await send(attempt(3), hour)];
    expect(acks.map((ack) => ack.duplicate)).toEqual([false, true, true]);
    expect(new Set(acks.map((ack) => ack.id)).size).toBe(1);
    const state = await verification("netki", id);
    expect(state).toMatchObject({ status: "approved", eventCount: 1 });
    expect(state.history.map((entry) => [entry.deliveries, entry.outcome])).toEqual([[3, "applied"]]);
  });

  it("makes two Shufti status changes an hour apart two events, both leaving needsRefresh set until a decision arrives", async () => {
    const reference = unique("status-changed");
    const changed = editJson<{ reference: string }>(shuftiFixture("verification.status.changed"), (value) => (value.reference = reference));
    const first = await send(changed);
    const retry = await send(changed, 15_000);
    expect(retry).toMatchObject({ duplicate: true, id: first.id });
    const second = await send(changed, hour);
    expect(second.duplicate).toBe(false);
    expect(second.id).not.toBe(first.id);
    expect(await verification("shufti", reference)).toMatchObject({ status: "unknown", needsRefresh: true, final: false, eventCount: 2 });

    await send(editJson<{ reference: string }>(shuftiFixture("verification.accepted"), (value) => (value.reference = reference)), hour);
    const state = await verification("shufti", reference);
    expect(state).toMatchObject({ status: "approved", needsRefresh: false, final: true, eventCount: 3 });
    expect(state.history.map((entry) => [entry.kind, entry.deliveries, entry.outcome])).toEqual([
      ["verification.status.changed", 2, "applied"],
      ["verification.status.changed", 1, "applied"],
      ["verification.accepted", 1, "applied"],
    ]);
  });

  it("keeps an Ondato verification approved when an older Rejected event (its own id) arrives after the Approved one", async () => {
    const verificationId = randomUUID();
    const approved = editJson<{ id: string; payload: { identityVerificationId: string } }>(ondatoFixture("kyc-identification.approved"), (value) => {
      value.id = randomUUID();
      value.payload.identityVerificationId = verificationId;
    });
    const rejected = editJson<{ id: string; createdUtc: string; payload: { identityVerificationId: string } }>(ondatoFixture("kyc-identification.rejected"), (value) => {
      value.id = randomUUID();
      value.createdUtc = "2022-09-29T14:30:00.1234567Z"; // before the Approved event's 14:36:52.4886646
      value.payload.identityVerificationId = verificationId;
    });
    await send(approved);
    await send(rejected, hour);
    const state = await verification("ondato", verificationId);
    expect(state).toMatchObject({ status: "approved", final: true, eventCount: 2, conflictCount: 0, event: { kind: "KycIdentification.Approved" } });
    expect(state.history.map((entry) => [entry.kind, entry.outcome])).toEqual([
      ["KycIdentification.Approved", "applied"],
      ["KycIdentification.Rejected", "ignored_older"],
    ]);
  });

  it("keeps a Jumio verification approved when a callback with an earlier callbackDate arrives later", async () => {
    const reference = unique("jumio-scan");
    await send(editForm(jumioFixture("netverify-id.address-eu"), { jumioIdScanReference: reference, callbackDate: "2020-09-01T10:05:00.456Z" }));
    await send(editForm(jumioFixture("netverify-id.denied-fraud.photo-mismatch"), { jumioIdScanReference: reference, callbackDate: "2020-09-01T10:04:00Z" }), hour);
    const state = await verification("jumio", reference);
    expect(state).toMatchObject({ status: "approved", providerStatus: "APPROVED_VERIFIED", eventCount: 2 });
    expect(state.history.map((entry) => [entry.providerStatus, entry.occurredAt, entry.outcome])).toEqual([
      ["APPROVED_VERIFIED", "2020-09-01T10:05:00.456Z", "applied"],
      ["DENIED_FRAUD", "2020-09-01T10:04:00Z", "ignored_older"],
    ]);
  });

  it("keeps a Netki transaction completed when an earlier hold state arrives later", async () => {
    const id = randomUUID();
    const at = (fixture: Fixture, updated: string) =>
      editJson<{ identity: { id: string; updated: string } }>(fixture, (value) => Object.assign(value.identity, { id, updated }));
    await send(at(netkiFixture("transaction.completed"), "2026-07-01T09:05:44.881200Z"));
    await send(at(netkiFixture("transaction.hold"), "2026-07-01T09:01:00.000000Z"), hour);
    const state = await verification("netki", id);
    expect(state).toMatchObject({ status: "approved", providerStatus: "completed", final: true });
    expect(state.history.map((entry) => [entry.providerStatus, entry.outcome])).toEqual([
      ["completed", "applied"],
      ["hold", "ignored_older"],
    ]);
  });

  it("records a replayed, validly signed Shufti verification.accepted after a verification.declined as a conflict, keeping the decline", async () => {
    const reference = unique("replay");
    await send(editJson<{ reference: string }>(shuftiFixture("verification.declined"), (value) => (value.reference = reference)));
    const replay = await send(editJson<{ reference: string }>(shuftiFixture("verification.accepted"), (value) => (value.reference = reference)), 24 * hour);
    expect(replay.duplicate).toBe(false);
    const state = await verification("shufti", reference);
    expect(state).toMatchObject({ status: "declined", final: true, conflictCount: 1, eventCount: 2, event: { kind: "verification.declined" } });
    expect(state.history.map((entry) => entry.outcome)).toEqual(["applied", "conflict"]);
  });

  describe("GET /verifications", () => {
    async function all(query: string): Promise<VerificationSummary[]> {
      const out: VerificationSummary[] = [];
      let cursor: string | null = null;
      do {
        const params = new URLSearchParams(query);
        if (cursor) params.set("cursor", cursor);
        const { status, body }: { status: number; body: VerificationListResponse } = await adminGet<VerificationListResponse>(url, `/verifications?${params.toString()}`);
        expect(status).toBe(200);
        out.push(...body.verifications);
        cursor = body.nextCursor;
      } while (cursor);
      return out;
    }

    it("pages through every verification with the cursor, most recently updated first, each once", async () => {
      const everything = await all("limit=500");
      const paged = await all("limit=2");
      expect(paged).toEqual(everything);
      expect(new Set(paged.map((row) => `${row.provider}/${row.reference}`)).size).toBe(paged.length);
      const times = paged.map((row) => Date.parse(row.updatedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it("filters by provider, status, final and updatedSince", async () => {
      const everything = await all("limit=500");
      expect(await all("provider=netki")).toEqual(everything.filter((row) => row.provider === "netki"));
      expect(await all("status=approved,declined")).toEqual(everything.filter((row) => row.status === "approved" || row.status === "declined"));
      expect(await all("final=false")).toEqual(everything.filter((row) => !row.final));
      const since = new Date(clock - 2 * hour).toISOString();
      expect(await all(`updatedSince=${since}`)).toEqual(everything.filter((row) => row.updatedAt >= since));
    });

    it("needs the admin token, refuses a bad query with 400 naming the parameter, and answers 404 for an unknown verification", async () => {
      expect((await fetch(`${url}/verifications`)).status).toBe(401);
      const bad = await adminGet<{ error: string; message: string }>(url, "/verifications?final=maybe");
      expect(bad).toMatchObject({ status: 400, body: { error: "invalid_query", message: expect.stringContaining("final") } });
      expect((await adminGet(url, "/verifications/shufti/no-such-reference")).status).toBe(404);
      expect((await adminGet(url, "/verifications/acme/123")).status).toBe(404);
    });
  });
});
