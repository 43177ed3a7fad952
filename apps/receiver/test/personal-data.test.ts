import { existsSync, readFileSync } from "node:fs";
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { Fixture } from "@kyc-webhooks/core";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import type { EventDetail, EventListResponse, VerificationDetail } from "@kyc-webhooks/receiver-api";
import { ConfigError, loadConfig } from "../src/config.js";
import { startReceiver } from "../src/server.js";
import type { RunningReceiver } from "../src/server.js";
import type { PurgeResult, RekeyResult } from "../src/storage/types.js";
import { backends, postgresUrl } from "./helpers/backends.js";
import type { Backend, BackendDatabase } from "./helpers/backends.js";
import { shuftiCallback } from "./helpers/callbacks.js";
import { newSecret } from "./helpers/fanout.js";
import { adminGet, allEvents, deliver, getEvent, secrets, testEnv } from "./helpers/harness.js";
import { captureLogs } from "./helpers/logs.js";
import { allFixtures, leakedValues, personalValues } from "./helpers/personal-data.js";

/*
 * Personal data at rest: encryption (every fixture stored sealed, nothing readable in the SQLite file, its
 * WAL or PostgreSQL's rows), purge on request and on the provider's word, retention with a fake clock, key
 * rotation and rekey. Each test reads what the database really holds: the SQLite file and WAL as bytes,
 * PostgreSQL's rows through plain SQL.
 */

const logs = captureLogs();
const key = () => randomBytes(32).toString("base64");
const day = 86_400_000;

/** Everything the database holds, as text: the SQLite file and its WAL, or every row of every table of the schema. */
async function storedText(backend: Backend, database: BackendDatabase): Promise<string> {
  if (backend.name === "sqlite") {
    const file = database.databaseUrl.slice("sqlite:".length);
    return [file, `${file}-wal`].filter((path) => existsSync(path)).map((path) => readFileSync(path).toString("utf8")).join("\n");
  }
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    const tables = (await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [database.databaseSchema])).rows;
    const parts: string[] = [];
    for (const { table_name } of tables) {
      const rows = (await client.query<Record<string, unknown>>(`SELECT * FROM "${database.databaseSchema}"."${table_name}"`)).rows;
      for (const row of rows) parts.push(Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString("utf8") : value instanceof Date ? value.toISOString() : String(value))).join("\u0001"));
    }
    return parts.join("\n");
  } finally {
    await client.end();
  }
}

/** The text with every sealed value (kyc-enc:v1:<key>:<base64url>) taken out. */
function withoutCiphertext(text: string): string {
  return text.replace(/kyc-enc:v1:[\w.-]+:[A-Za-z0-9_-]+/g, "kyc-enc");
}

/**
 * The values in a database's text, ciphertext aside. SQLite splits a long value over overflow pages, so the
 * rest of a ciphertext stands in the file on its own, and in a few hundred kilobytes of base64url a short
 * value made of base64url characters ("John") turns up by chance: such a value counts only where it is not
 * part of a longer base64url run (a clear one stands between quotes, spaces or other bytes).
 */
function leakedAtRest(text: string, values: readonly string[]): string[] {
  const clear = withoutCiphertext(text);
  return values.filter((value) => {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) return leakedValues(clear, [value]).length > 0;
    return new RegExp(`(?<![A-Za-z0-9_-])${value.replace(/-/g, "\\-")}(?![A-Za-z0-9_-])`).test(clear) && leakedValues(clear, [value]).length > 0;
  });
}

interface Running {
  readonly receiver: RunningReceiver;
  readonly url: string;
  close(): Promise<void>;
}

async function start(database: BackendDatabase, extra: Record<string, string>, now?: () => number): Promise<Running> {
  const config = loadConfig({ env: testEnv(database, extra) });
  const receiver = await startReceiver(config, { logger: logs.logger, ...(now ? { now } : {}) });
  return { receiver, url: receiver.url, close: () => receiver.close() };
}

async function adminPost<T>(url: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { authorization: `Bearer ${secrets.adminToken}` } });
  return { status: response.status, body: (await response.json()) as T };
}

type Callback = Pick<Fixture, "provider" | "contentType" | "body" | "headers">;

function asFixture(callback: Callback): Fixture {
  return { ...callback, name: "", text: Buffer.from(callback.body).toString("utf8") } as unknown as Fixture;
}

/** Each letter and digit moved one place on (z→a, 9→0): a different person with the same shapes. */
function rotate(value: string): string {
  return value.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 1) % 26) + 97)).replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + 1) % 26) + 65)).replace(/[0-9]/g, (c) => String((Number(c) + 1) % 10));
}

/**
 * Shufti's documented accepted sample for `reference`, its personal values replaced by other ones when `other`
 * (a number: rotated that many times, so that each number gives another person).
 */
function person(reference: string, other: boolean | number): { callback: Callback; values: string[] } {
  const base = shuftiCallback(reference);
  const values = personalValues([asFixture(base)]);
  const turns = other === true ? 1 : other === false ? 0 : other;
  if (turns === 0) return { callback: base, values };
  const turn = (value: string) => Array.from({ length: turns }).reduce<string>((text) => rotate(text), value);
  let text = Buffer.from(base.body).toString("utf8");
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    const replacement = /^https?:\/\//.test(value)
      ? value.replace(/^(https?:\/\/[^/]+\/)(.*)$/, (_, host: string, rest: string) => host + turn(rest))
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `${turn(value.slice(0, 4))}${value.slice(4)}`
        : turn(value);
    text = text.split(value).join(replacement);
  }
  const callback = { ...base, body: Buffer.from(text) };
  return { callback, values: personalValues([asFixture(callback)]) };
}

/** The callback with its JSON body changed so that it fails validation even when tolerant (a wrong shape, not a wrong value). */
function quarantinable(callback: Callback): Callback {
  const body = JSON.parse(Buffer.from(callback.body).toString("utf8")) as Record<string, unknown>;
  return { ...callback, body: Buffer.from(JSON.stringify({ ...body, verification_result: "not an object" })) };
}

function deletionCallback(reference: string): Callback {
  return { provider: "shufti", contentType: "application/json", body: Buffer.from(JSON.stringify({ reference, event: "request.deleted" })) };
}

async function eventsOf(url: string, reference: string): Promise<EventDetail[]> {
  const summaries = await allEvents(url, `reference=${encodeURIComponent(reference)}`);
  return Promise.all(summaries.map((summary) => getEvent(url, summary.id, true)));
}

describe("KYC_ENCRYPTION_KEYS", () => {
  const env = (keys: string) => ({ KYC_ENCRYPTION_KEYS: keys });
  const refused = (keys: string) => {
    try {
      loadConfig({ env: env(keys) });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).message;
    }
    throw new Error("accepted");
  };

  it("takes keyId:base64 pairs of 32-byte keys, newest last", () => {
    const config = loadConfig({ env: env(`2025:${key()}, 2026:${key()}`) });
    expect(config.privacy.encryptionKeys.map((entry) => entry.id)).toEqual(["2025", "2026"]);
    expect(loadConfig({ env: {} }).privacy.encryptionKeys).toEqual([]);
  });

  it("refuses a bad key with a message that names the entry and never the key material", () => {
    const short = randomBytes(16).toString("base64");
    expect(refused(`k1:${key()},k2:${short}`)).toBe(
      "Invalid setting KYC_ENCRYPTION_KEYS: entry 2 (key k2): the key must be 32 bytes (AES-256), got 16; make one with: openssl rand -base64 32",
    );
    expect(refused(`k1:${short}`)).not.toContain(short);
    expect(refused(key())).toMatch(/entry 1: the key id must be|entry 1 must be keyId:base64/);
    expect(refused(`k1:not*base64`)).toBe("Invalid setting KYC_ENCRYPTION_KEYS: entry 1 (key k1): the key is not base64");
    expect(refused(`k1:${key()},k1:${key()}`)).toBe("Invalid setting KYC_ENCRYPTION_KEYS: entry 2: key id k1 is listed twice");
    expect(refused(`no colon here`)).toBe("Invalid setting KYC_ENCRYPTION_KEYS: entry 1 must be keyId:base64 (a key id, a colon, then 32 bytes in base64)");
  });
});

describe.each(backends)("personal data on $name", (backend) => {
  const keys = `k1:${key()}`;
  const outbound = { KYC_OUTBOUND_URLS: "http://127.0.0.1:9/never", KYC_OUTBOUND_SECRET: newSecret(), KYC_OUTBOUND_DELIVER: "false" };
  const databases: BackendDatabase[] = [];
  const fresh = async () => {
    const database = await backend.create();
    databases.push(database);
    return database;
  };
  let run = 0;
  const ref = (name: string) => `${name}-${backend.name}-${Date.now()}-${run++}`;

  afterAll(async () => {
    for (const database of databases) await database.cleanup();
  });

  it("stores every fixture sealed: none of their personal values is in the database, and the events API opens them", async () => {
    const values = personalValues();
    expect(values.length).toBeGreaterThan(50);
    const fixtures = allFixtures();
    const found: Record<string, number> = {};
    for (const encrypted of [false, true]) {
      const database = await fresh();
      const receiver = await start(database, { ...outbound, ...(encrypted ? { KYC_ENCRYPTION_KEYS: keys } : {}) });
      try {
        for (const fixture of fixtures) expect((await deliver(receiver.url, fixture)).status, fixture.name).toBeLessThan(300);
        // The clear run shows that the search finds values. A Netki business is identified by its
        // name, which stays clear as the verification's reference (an index), like every reference.
        const verifications = await adminGet<{ verifications: { reference: string }[] }>(receiver.url, "/verifications?limit=500");
        const references = new Set([...(await allEvents(receiver.url)).map((event) => event.reference), ...verifications.body.verifications.map((entry) => entry.reference)]);
        const leaked = leakedAtRest(await storedText(backend, database), values).filter((value) => !references.has(value));
        found[encrypted ? "sealed" : "clear"] = leaked.length;
        if (encrypted) {
          expect(leaked).toEqual([]);
          // The admin token holder reads them back: every raw body is the fixture's bytes.
          const stored = await allEvents(receiver.url);
          expect(stored.length).toBeGreaterThanOrEqual(fixtures.length - 5);
          const opened = await Promise.all(stored.map((summary) => getEvent(receiver.url, summary.id, true)));
          const bodies = new Set(opened.map((event) => event.rawBody?.data));
          expect(fixtures.filter((fixture) => fixture.contentType.includes("json") && bodies.has(fixture.text)).length).toBeGreaterThan(20);
          expect(leakedValues(JSON.stringify(opened), values).length).toBeGreaterThan(values.length / 2);
        }
      } finally {
        await receiver.close();
      }
    }
    // The same fixtures stored clear leave most values readable: the check can find them.
    expect(found.clear).toBeGreaterThan(values.length / 2);
    console.info(`${backend.name}: personal values readable in the database: clear ${found.clear} of ${values.length}, sealed ${found.sealed}`);
    // Every fixture twice, one request after the other, and each read back: like api-schemas' fixture test, more than 20 s on a busy machine.
  }, 120_000);

  for (const encrypted of [false, true]) {
    it(`purges one reference${encrypted ? " (sealed)" : ""}: none of its values stays anywhere, another's stay, its verification still reports its status`, async () => {
      const database = await fresh();
      const receiver = await start(database, { ...outbound, ...(encrypted ? { KYC_ENCRYPTION_KEYS: keys } : {}) });
      try {
        const [a, b] = [ref("purge-a"), ref("purge-b")];
        const gone = person(a, false);
        const kept = person(b, true);
        expect(gone.values.length).toBeGreaterThan(3);
        expect(leakedValues(kept.values.join("\n"), gone.values)).toEqual([]);
        expect((await deliver(receiver.url, gone.callback)).status).toBe(200);
        expect((await deliver(receiver.url, kept.callback)).status).toBe(200);
        // A redelivery with other bytes (a different body for the same event) is kept in kyc_deliveries.
        const redelivered = { ...gone.callback, body: Buffer.concat([Buffer.from(gone.callback.body), Buffer.from(" ")]) };
        expect((await deliver(receiver.url, redelivered)).status).toBe(200);
        if (!encrypted) expect(leakedValues(await storedText(backend, database), gone.values).length).toBe(gone.values.length);

        const first = await adminPost<PurgeResult>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}/purge`);
        expect(first.status).toBe(200);
        expect(first.body).toMatchObject({ provider: "shufti", reference: a, purgedEvents: 1, cancelledDeliveries: 1, tombstone: { requestedBy: "admin", reason: "request" } });

        const text = await storedText(backend, database);
        expect(leakedAtRest(text, gone.values)).toEqual([]);
        if (!encrypted) expect(leakedAtRest(text, kept.values).length).toBe(kept.values.length);
        // Through the API: the purged event keeps its decision, the other is whole.
        const [purged] = await eventsOf(receiver.url, a);
        expect(purged?.rawBody?.data).toBe("");
        expect(purged?.normalized).toMatchObject({ status: "approved", reference: a, media: [], raw: null });
        expect(purged?.normalized?.person).toBeUndefined();
        expect(purged?.bodySha256).toMatch(/^[0-9a-f]{64}$/);
        const [other] = await eventsOf(receiver.url, b);
        expect(leakedValues(JSON.stringify(other), kept.values).length).toBe(kept.values.length);
        const verification = await adminGet<VerificationDetail>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}`);
        expect(verification.status).toBe(200);
        expect(verification.body).toMatchObject({ status: "approved", final: true, eventCount: 1 });

        // Idempotent: nothing more to remove, the first tombstone stays.
        const again = await adminPost<PurgeResult>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}/purge`);
        expect(again.status).toBe(200);
        expect(again.body).toMatchObject({ purgedEvents: 0, cancelledDeliveries: 0, tombstone: { requestedAt: first.body.tombstone.requestedAt } });
      } finally {
        await receiver.close();
      }
    });
  }

  it("purges a quarantined body that names the reference with its verification, and shows the tombstone in the API", async () => {
    const database = await fresh();
    let clock = Date.parse("2026-03-01T10:00:00Z");
    const receiver = await start(database, outbound, () => clock);
    try {
      const [a, b] = [ref("quarantine-a"), ref("quarantine-b")];
      const valid = person(a, false);
      const broken = person(a, 1);
      const other = person(b, 2);
      for (const [one, two] of [[valid.values, broken.values], [valid.values, other.values], [broken.values, other.values]] as const) expect(leakedValues(one.join("\n"), two)).toEqual([]);
      expect((await deliver(receiver.url, valid.callback)).status).toBe(200);
      const quarantined = (await (await deliver(receiver.url, quarantinable(broken.callback))).json()) as { id: string; quarantined: boolean };
      expect(quarantined.quarantined).toBe(true);
      const otherQuarantined = (await (await deliver(receiver.url, quarantinable(other.callback))).json()) as { id: string; quarantined: boolean };
      expect(otherQuarantined.quarantined).toBe(true);

      const before = await storedText(backend, database);
      const found = { valid: leakedAtRest(before, valid.values).length, quarantined: leakedAtRest(before, broken.values).length, other: leakedAtRest(before, other.values).length };
      expect(found.quarantined).toBe(broken.values.length);
      expect(found.valid).toBe(valid.values.length);

      clock += 60_000;
      const purge = await adminPost<PurgeResult>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}/purge`);
      expect(purge.body).toMatchObject({ purgedEvents: 2, tombstone: { requestedBy: "admin", reason: "request", requestedAt: "2026-03-01T10:01:00.000Z" } });

      const after = await storedText(backend, database);
      const left = { valid: leakedAtRest(after, valid.values).length, quarantined: leakedAtRest(after, broken.values).length, other: leakedAtRest(after, other.values).length };
      expect(left).toEqual({ valid: 0, quarantined: 0, other: other.values.length });
      console.info(`${backend.name}: values found before/after the purge: valid ${found.valid}/${left.valid}, quarantined ${found.quarantined}/${left.quarantined}, another reference's quarantined ${found.other}/${left.other}`);

      // The API shows the purge: on the verification, on each event it emptied, in the events list.
      clock += 60_000;
      await adminPost<PurgeResult>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}/purge`);
      const tombstone = { requestedBy: "admin", reason: "request", requestedAt: "2026-03-01T10:01:00.000Z", lastPurgedAt: "2026-03-01T10:02:00.000Z" };
      const verification = await adminGet<VerificationDetail>(receiver.url, `/verifications/shufti/${encodeURIComponent(a)}`);
      expect(verification.body).toMatchObject({ status: "approved", tombstone });
      const emptied = await getEvent(receiver.url, quarantined.id, true);
      expect(emptied).toMatchObject({ quarantined: true, decoded: null, rawBody: { data: "" }, personalDataRemoved: { at: "2026-03-01T10:01:00.000Z", reason: "request" }, tombstone });
      const [approved] = await eventsOf(receiver.url, a);
      expect(approved).toMatchObject({ personalDataRemoved: { reason: "request" }, tombstone });
      const untouched = await getEvent(receiver.url, otherQuarantined.id, true);
      expect(untouched).toMatchObject({ personalDataRemoved: null, tombstone: null });
      expect(leakedValues(JSON.stringify(untouched), other.values).length).toBe(other.values.length);
      const listed = await adminGet<EventListResponse>(receiver.url, "/events?quarantined=true");
      expect(Object.fromEntries(listed.body.events.map((event) => [event.id, event.personalDataRemoved?.reason ?? null]))).toEqual({ [quarantined.id]: "request", [otherQuarantined.id]: null });
      expect((await adminGet<VerificationDetail>(receiver.url, `/verifications/shufti/${encodeURIComponent(b)}`)).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it("purges on Shufti's request.deleted, keeping the deletion event and the verification's status", async () => {
    const database = await fresh();
    const receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: keys });
    try {
      const reference = ref("deleted");
      const subject = person(reference, false);
      expect((await deliver(receiver.url, subject.callback)).status).toBe(200);
      expect((await deliver(receiver.url, deletionCallback(reference))).status).toBe(200);
      const events = await eventsOf(receiver.url, reference);
      expect(events.map((event) => event.kind).sort()).toEqual(["request.deleted", "verification.accepted"]);
      const accepted = events.find((event) => event.kind === "verification.accepted");
      expect(accepted?.rawBody?.data).toBe("");
      expect(leakedValues(JSON.stringify(events), subject.values)).toEqual([]);
      const deletion = events.find((event) => event.kind === "request.deleted");
      expect(JSON.parse(deletion?.rawBody?.data ?? "{}")).toEqual({ reference, event: "request.deleted" });
      const verification = await adminGet<VerificationDetail>(receiver.url, `/verifications/shufti/${encodeURIComponent(reference)}`);
      expect(verification.body.status).toBe("deleted");
      // The tombstone says who asked first (an operator's purge removes the deletion event's body too).
      const tombstone = await adminPost<PurgeResult>(receiver.url, `/verifications/shufti/${encodeURIComponent(reference)}/purge`);
      expect(tombstone.body).toMatchObject({ purgedEvents: 1, tombstone: { requestedBy: "provider:shufti", reason: "provider" } });
      // A redelivery of the deletion purges again (idempotent), and is answered 200.
      expect((await deliver(receiver.url, deletionCallback(reference))).status).toBe(200);
    } finally {
      await receiver.close();
    }
  });

  it("purges on Netki's deleted state: the transaction's earlier events and the deletion event itself (it carries the whole record)", async () => {
    const database = await fresh();
    const receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: keys });
    try {
      const fixture = netkiFixture("transaction.completed");
      const transaction = JSON.parse(fixture.text) as { identity: { id: string; state: string; updated: string } };
      const reference = transaction.identity.id;
      const values = personalValues([fixture]);
      expect(values.length).toBeGreaterThan(3);
      expect((await deliver(receiver.url, fixture)).status).toBe(200);
      const deleted = { ...fixture, body: Buffer.from(JSON.stringify({ identity: { ...transaction.identity, state: "deleted", updated: "2030-01-01T00:00:00Z" } })) };
      expect((await deliver(receiver.url, deleted)).status).toBe(200);
      const events = await eventsOf(receiver.url, reference);
      expect(events.map((event) => [event.normalized?.type, event.rawBody?.data, event.personalDataRemoved?.reason])).toEqual([
        ["data.deleted", "", "provider"],
        ["verification.completed", "", "provider"],
      ]);
      expect(leakedValues(JSON.stringify(events), values)).toEqual([]);
      const verification = await adminGet<VerificationDetail>(receiver.url, `/verifications/netki/${encodeURIComponent(reference)}`);
      expect(verification.body).toMatchObject({ status: "deleted", tombstone: { requestedBy: "provider:netki", reason: "provider" } });
    } finally {
      await receiver.close();
    }
  });

  it("on Ondato's KybIdentification.Document.Deleted, empties the KYB identification's earlier events and keeps the deletion event (the identification as it now is)", async () => {
    const database = await fresh();
    const receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: keys });
    try {
      const kyb = randomUUID();
      const applicationId = randomUUID();
      // Ondato documents no KYB payload (its rule: the payload is the resource as GET returns it); these fields stand for what it holds.
      const company = { name: `Brightwater Holdings ${backend.name} Ltd`, address: "12 Harbour Row, Lisbon" };
      const document = { fileName: `passport of Maren Oakridge-${backend.name}.pdf`, holder: `Maren Oakridge-${backend.name}` };
      const webhook = (type: string, payload: Record<string, unknown>, second: number): Callback => ({
        provider: "ondato",
        contentType: "application/json",
        body: Buffer.from(JSON.stringify({ id: randomUUID(), applicationId, createdUtc: `2026-03-01T10:00:0${second}.0000000Z`, payload: { id: kyb, applicationId, ...payload }, type })),
      });
      const deletion = webhook("KybIdentification.Document.Deleted", { company, documents: [] }, 3);
      for (const callback of [
        webhook("KybIdentification.Created", { company, documents: [] }, 0),
        webhook("KybIdentification.Document.Created", { company, documents: [document] }, 1),
        webhook("KybIdentification.Document.Uploaded", { company, documents: [document] }, 2),
      ]) {
        expect((await deliver(receiver.url, callback)).status).toBe(200);
      }
      const held = await eventsOf(receiver.url, kyb);
      expect(leakedValues(JSON.stringify(held), Object.values(document)).length).toBe(2);

      expect((await deliver(receiver.url, deletion)).status).toBe(200);
      const events = await eventsOf(receiver.url, kyb);
      expect(events.map((event) => [event.kind, event.normalized?.type, event.personalDataRemoved?.reason ?? null])).toEqual([
        ["KybIdentification.Document.Deleted", "data.document_deleted", null],
        ["KybIdentification.Document.Uploaded", "business.updated", "provider"],
        ["KybIdentification.Document.Created", "business.updated", "provider"],
        ["KybIdentification.Created", "business.updated", "provider"],
      ]);
      expect(leakedValues(JSON.stringify(events), Object.values(document))).toEqual([]);
      expect(leakedAtRest(await storedText(backend, database), Object.values(document))).toEqual([]);
      // The deletion event is the identification as it now is: kept whole.
      expect(events[0]?.rawBody?.data).toBe(Buffer.from(deletion.body).toString("utf8"));
      const verification = await adminGet<VerificationDetail>(receiver.url, `/verifications/ondato/${kyb}`);
      expect(verification.body).toMatchObject({ eventCount: 4, tombstone: { requestedBy: "provider:ondato", reason: "provider" } });
      // A redelivery purges again (nothing left to remove) and keeps the deletion event.
      expect((await deliver(receiver.url, deletion)).status).toBe(200);
      expect((await eventsOf(receiver.url, kyb))[0]?.rawBody?.data).toBe(Buffer.from(deletion.body).toString("utf8"));
    } finally {
      await receiver.close();
    }
  });

  it("removes personal values after KYC_RETENTION_DAYS (fake clock), keeping the decision and the verification", async () => {
    const database = await fresh();
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const receiver = await start(database, { KYC_ENCRYPTION_KEYS: keys, KYC_RETENTION_DAYS: "30" }, () => clock);
    try {
      const retention = receiver.receiver.retention;
      expect(retention).toBeDefined();
      const [old, recent] = [person(ref("old"), false), person(ref("recent"), true)];
      const [oldRef, recentRef] = [JSON.parse(Buffer.from(old.callback.body).toString()).reference as string, JSON.parse(Buffer.from(recent.callback.body).toString()).reference as string];
      expect((await deliver(receiver.url, old.callback)).status).toBe(200);
      clock += 20 * day;
      expect((await deliver(receiver.url, recent.callback)).status).toBe(200);
      clock += 9 * day;
      expect(await retention?.runOnce()).toBe(0);
      clock += 2 * day;
      expect(await retention?.runOnce()).toBe(1);
      expect(await retention?.runOnce()).toBe(0);

      const [expired] = await eventsOf(receiver.url, oldRef);
      expect(expired?.rawBody?.data).toBe("");
      expect(expired?.normalized).toMatchObject({ status: "approved", reference: oldRef, raw: null });
      expect(expired?.normalized?.reasons).toEqual([]);
      expect(leakedValues(JSON.stringify(expired), old.values)).toEqual([]);
      const [kept] = await eventsOf(receiver.url, recentRef);
      expect(leakedValues(JSON.stringify(kept), recent.values).length).toBe(recent.values.length);
      expect((await adminGet<VerificationDetail>(receiver.url, `/verifications/shufti/${encodeURIComponent(oldRef)}`)).body.status).toBe("approved");
      const listed = await adminGet<EventListResponse>(receiver.url, `/events?reference=${encodeURIComponent(oldRef)}`);
      expect(listed.body.events[0]).toMatchObject({ status: "approved", provider: "shufti" });
    } finally {
      await receiver.close();
    }
  });

  it("rotates keys: old values stay readable, new ones use the newest key, rekey re-seals everything", async () => {
    const database = await fresh();
    const [k1, k2] = [`k1:${key()}`, `k2:${key()}`];
    const first = person(ref("rotate-1"), false);
    const second = person(ref("rotate-2"), true);
    const clear = person(ref("rotate-0"), true);
    const keyIds = async () => new Set([...(await storedText(backend, database)).matchAll(/kyc-enc:v1:([\w.-]+):/g)].map((match) => match[1]));

    let receiver = await start(database, outbound);
    expect((await deliver(receiver.url, clear.callback)).status).toBe(200);
    expect((await adminPost<{ error: string }>(receiver.url, "/maintenance/rekey")).body.error).toBe("encryption_off");
    await receiver.close();

    receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: k1 });
    expect((await deliver(receiver.url, first.callback)).status).toBe(200);
    await receiver.close();
    expect(await keyIds()).toEqual(new Set(["k1"]));

    receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: `${k1},${k2}` });
    try {
      expect((await deliver(receiver.url, second.callback)).status).toBe(200);
      expect(await keyIds()).toEqual(new Set(["k1", "k2"]));
      for (const subject of [clear, first, second]) {
        const reference = JSON.parse(Buffer.from(subject.callback.body).toString()).reference as string;
        const [event] = await eventsOf(receiver.url, reference);
        expect(event?.rawBody?.data).toBe(Buffer.from(subject.callback.body).toString("utf8"));
      }
      const rekeyed = await adminPost<RekeyResult>(receiver.url, "/maintenance/rekey");
      expect(rekeyed.status).toBe(200);
      // The clear event (body, normalized, payload) and the k1 event (the same three) are sealed with k2.
      expect(rekeyed.body).toEqual({ keyId: "k2", values: 6 });
      expect((await adminPost<RekeyResult>(receiver.url, "/maintenance/rekey")).body.values).toBe(0);
    } finally {
      await receiver.close();
    }
    expect(await keyIds()).toEqual(new Set(["k2"]));
    expect(leakedAtRest(await storedText(backend, database), [...clear.values, ...first.values, ...second.values])).toEqual([]);

    // With k1 gone, everything still opens.
    receiver = await start(database, { ...outbound, KYC_ENCRYPTION_KEYS: k2 });
    try {
      for (const subject of [clear, first, second]) {
        const reference = JSON.parse(Buffer.from(subject.callback.body).toString()).reference as string;
        const [event] = await eventsOf(receiver.url, reference);
        expect(event?.rawBody?.data).toBe(Buffer.from(subject.callback.body).toString("utf8"));
        expect(event?.normalized?.person).toBeDefined();
      }
    } finally {
      await receiver.close();
    }
  });
});

describe("logs of the personal-data tests", () => {
  it("contain none of the fixtures' personal values", () => {
    expect(logs.lines.length).toBeGreaterThan(20);
    expect(leakedValues(logs.lines.join(""), personalValues())).toEqual([]);
  });
});
