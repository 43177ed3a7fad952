import { statSync } from "node:fs";
import { Database } from "../../src/storage/sqlite-driver.js";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthorization } from "@kyc-webhooks/core";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { backends } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { secrets } from "../helpers/harness.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { leakedPersonalValues, metricsOf, shuftiSignature, signedShufti, sleep, startReceiver, storedEvents } from "./support.js";

/*
 * Authentication attacks, each against a receiver process over HTTP: forged, missing, truncated and re-cased
 * Shufti signatures; basic auth that is wrong in every way; OAuth2 tokens that are unknown, expired, or of a
 * client that was rotated out; Jumio callbacks from outside the allowlist with a forged X-Forwarded-For, with and
 * without trusted proxies; the events API without, with a wrong and with a query-string token. Nothing
 * unauthenticated is stored, no redelivery of it is recorded, and the database does not grow.
 */

interface Attack {
  readonly name: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: Uint8Array;
  readonly method?: string;
  /** The status it must get. */
  readonly status: number;
}

const json = { "content-type": "application/json" };
const form = { "content-type": "application/x-www-form-urlencoded" };

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function netkiBody(): Uint8Array {
  return new Uint8Array(netkiFixture("transaction.completed").body);
}

function ondatoBody(): Uint8Array {
  const fixture = ondatoFixtures().find((candidate) => candidate.valid);
  if (!fixture) throw new Error("no valid Ondato fixture");
  return new Uint8Array(fixture.body);
}

function jumioForm(): { body: Uint8Array; contentType: string } {
  const fixture = jumioFixtures().find((candidate) => candidate.valid && candidate.contentType.includes("form"));
  if (!fixture) throw new Error("no Jumio form fixture");
  return { body: new Uint8Array(fixture.body), contentType: fixture.contentType };
}

/** Basic credentials as raw header text: base64 of the UTF-8 `user:password`. */
function basic(username: string, password: string): string {
  return basicAuthorization({ username, password });
}

/** The attacks on the callback routes of a receiver that trusts one proxy hop (the test client). */
function callbackAttacks(): Attack[] {
  const shufti = signedShufti(`auth-attack-${Date.now()}`);
  const body = new Uint8Array(shufti.body);
  const signature = shufti.headers.signature ?? "";
  const changed = bytes(`${shufti.body.toString("utf8").slice(0, -1)} }`);
  const otherBody = signedShufti("another-reference");
  const ondato = ondatoBody();
  const netki = netkiBody();
  const { user, password } = { user: secrets.netki.username, password: secrets.netki.password };
  const jumio = jumioForm();
  const basicAttacks = (provider: "netki" | "ondato", providerBody: Uint8Array, good: { username: string; password: string }): Attack[] =>
    [
      ["no credentials", undefined],
      ["a wrong user", basic(`${good.username}x`, good.password)],
      ["a re-cased user", basic(good.username.toUpperCase(), good.password)],
      ["a wrong password", basic(good.username, `${good.password}x`)],
      ["a truncated password", basic(good.username, good.password.slice(0, -1))],
      ["an empty password", basic(good.username, "")],
      ["no colon", `Basic ${Buffer.from(`${good.username}${good.password}`).toString("base64")}`],
      ["bad base64", "Basic !!!not*base64"],
      ["base64 cut short", basic(good.username, good.password).slice(0, -3)],
      ["non-ASCII credentials (UTF-8 in base64)", basic(`${good.username}é`, `${good.password}ü`)],
      ["a Latin-1 header value", `Basic ${good.username}:${good.password}é`],
      ["the credentials in clear", `Basic ${good.username}:${good.password}`],
      ["another scheme", `Digest username="${good.username}"`],
      ["the scheme alone", "Basic"],
    ].map(([what, authorization]) => ({
      name: `${provider} with ${what}`,
      path: `/webhooks/${provider}`,
      headers: { ...json, ...(authorization === undefined ? {} : { authorization }) },
      body: providerBody,
      status: 401,
    }));
  return [
    { name: "shufti without a signature", path: "/webhooks/shufti", headers: json, body, status: 401 },
    { name: "shufti with an empty signature", path: "/webhooks/shufti", headers: { ...json, signature: "" }, body, status: 401 },
    { name: "shufti with a wrong signature", path: "/webhooks/shufti", headers: { ...json, signature: "0".repeat(64) }, body, status: 401 },
    { name: "shufti with a truncated signature", path: "/webhooks/shufti", headers: { ...json, signature: signature.slice(0, 63) }, body, status: 401 },
    { name: "shufti with a signature and one more character", path: "/webhooks/shufti", headers: { ...json, signature: `${signature}0` }, body, status: 401 },
    { name: "shufti with a re-cased wrong signature", path: "/webhooks/shufti", headers: { ...json, signature: shuftiSignature(changed).toUpperCase() }, body, status: 401 },
    { name: "shufti with a valid signature over a changed body", path: "/webhooks/shufti", headers: { ...json, signature }, body: changed, status: 401 },
    { name: "shufti with the signature of another body", path: "/webhooks/shufti", headers: { ...json, signature: otherBody.headers.signature ?? "" }, body, status: 401 },
    { name: "shufti with a signature made with another key", path: "/webhooks/shufti", headers: { ...json, signature: shuftiSignature(body, "another-key") }, body, status: 401 },
    { name: "shufti with both headers, both wrong", path: "/webhooks/shufti", headers: { ...json, signature: "1".repeat(64), sp_signature: shuftiSignature(body, "another-key") }, body, status: 401 },
    ...basicAttacks("netki", netki, { username: user, password }),
    ...basicAttacks("ondato", ondato, secrets.ondato),
    { name: "ondato with an unknown bearer token", path: "/webhooks/ondato", headers: { ...json, authorization: "Bearer 0123456789abcdef0123456789abcdef" }, body: ondato, status: 401 },
    { name: "ondato with an empty bearer token", path: "/webhooks/ondato", headers: { ...json, authorization: "Bearer " }, body: ondato, status: 401 },
    { name: "ondato with the client secret as a bearer token", path: "/webhooks/ondato", headers: { ...json, authorization: `Bearer ${secrets.ondatoClient.clientSecret}` }, body: ondato, status: 401 },
    { name: "jumio with no forwarded address", path: "/webhooks/jumio", headers: { "content-type": jumio.contentType }, body: jumio.body, status: 403 },
    { name: "jumio with a Jumio address left of the proxy's entry", path: "/webhooks/jumio", headers: { "content-type": jumio.contentType, "x-forwarded-for": `${secrets.jumioIp}, 203.0.113.9` }, body: jumio.body, status: 403 },
    { name: "jumio with a forwarded address that is not one", path: "/webhooks/jumio", headers: { "content-type": jumio.contentType, "x-forwarded-for": "callback.jumio.com" }, body: jumio.body, status: 403 },
    { name: "jumio with a hundred forwarded addresses", path: "/webhooks/jumio", headers: { "content-type": jumio.contentType, "x-forwarded-for": [...Array.from({ length: 100 }, (): string => secrets.jumioIp), "203.0.113.9"].join(", ") }, body: jumio.body, status: 403 },
  ];
}

/** The attacks on the admin routes and the token endpoint. */
function adminAttacks(): Attack[] {
  const token = secrets.adminToken;
  const routes = ["/events", "/events/1", "/verifications", "/deliveries"];
  const wrong: [string, Record<string, string>, string][] = [
    ["without a token", {}, ""],
    ["with a wrong token", { authorization: `Bearer ${token}x` }, ""],
    ["with a truncated token", { authorization: `Bearer ${token.slice(0, -1)}` }, ""],
    ["with a re-cased token", { authorization: `Bearer ${token.toUpperCase()}` }, ""],
    ["with the token as basic auth", { authorization: basic("admin", token) }, ""],
    ["with the token in the query string", {}, `?token=${token}`],
    ["with the token as access_token", {}, `?access_token=${token}`],
    ["with the token in a cookie", { cookie: `token=${token}` }, ""],
  ];
  const attacks: Attack[] = [];
  for (const route of routes) {
    for (const [what, headers, query] of wrong) attacks.push({ name: `GET ${route} ${what}`, path: `${route}${query}`, headers, method: "GET", status: 401 });
  }
  const tokenRequest = bytes("grant_type=client_credentials");
  const client = secrets.ondatoClient;
  attacks.push(
    { name: "the token endpoint without client credentials", path: "/webhooks/ondato/token", headers: form, body: tokenRequest, status: 401 },
    { name: "the token endpoint with a wrong client secret", path: "/webhooks/ondato/token", headers: { ...form, authorization: basic(client.clientId, `${client.clientSecret}x`) }, body: tokenRequest, status: 401 },
    { name: "the token endpoint with another client id", path: "/webhooks/ondato/token", headers: { ...form, authorization: basic(`${client.clientId}x`, client.clientSecret) }, body: tokenRequest, status: 401 },
    { name: "the token endpoint with a wrong secret in the body", path: "/webhooks/ondato/token", headers: form, body: bytes(`grant_type=client_credentials&client_id=${client.clientId}&client_secret=wrong`), status: 401 },
  );
  return attacks;
}

async function send(url: string, attack: Attack): Promise<number> {
  const response = await fetch(`${url}${attack.path}`, { method: attack.method ?? "POST", headers: attack.headers, ...(attack.body ? { body: new Uint8Array(attack.body) } : {}) });
  await response.arrayBuffer();
  return response.status;
}

/** The bytes the database takes (SQLite's file and its WAL; PostgreSQL's relations of the schema), and the rows of the tables a callback writes. */
async function databaseFootprint(database: BackendDatabase): Promise<{ bytes: number; rowsWritten: number }> {
  if (database.databaseSchema === undefined) {
    const file = database.databaseUrl.slice("sqlite:".length);
    const size = (path: string) => {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    };
    const db = new Database(file, { readonly: true });
    try {
      const counts = ["kyc_events", "kyc_deliveries", "kyc_oauth_tokens"].map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
      return { bytes: size(file) + size(`${file}-wal`), rowsWritten: counts.reduce((a, b) => a + b, 0) };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  try {
    const sizes = await client.query<{ bytes: string }>("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::text AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'", [database.databaseSchema]);
    // Rows counted, not pg_stat_user_tables: a backend reports its statistics up to 10 s late, so a row stored just
    // before the first count would show up in the second.
    let rowsWritten = 0;
    for (const table of ["kyc_events", "kyc_deliveries", "kyc_oauth_tokens"]) {
      const rows = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${database.databaseSchema}".${table}`);
      rowsWritten += Number(rows.rows[0]?.n ?? 0);
    }
    return { bytes: Number(sizes.rows[0]?.bytes ?? 0), rowsWritten };
  } finally {
    await client.end();
  }
}

async function tokenFor(url: string, client: { clientId: string; clientSecret: string }): Promise<string> {
  const response = await fetch(`${url}/webhooks/ondato/token`, { method: "POST", headers: { ...form, authorization: basic(client.clientId, client.clientSecret) }, body: "grant_type=client_credentials" });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

function ondatoWithNewId(): Uint8Array {
  const text = new TextDecoder().decode(ondatoBody());
  return bytes(text.replace(/"id"\s*:\s*"[^"]+"/, `"id": "${crypto.randomUUID()}"`));
}

describe.each(backends)("authentication attacks on $name", (backend) => {
  let database: BackendDatabase;
  let receiver: ReceiverProcess;
  let noProxy: ReceiverProcess;
  let twoHops: ReceiverProcess;
  let listedProxy: ReceiverProcess;
  let allowlisted: ReceiverProcess;
  let throttled: ReceiverProcess;
  const all: ReceiverProcess[] = [];

  beforeAll(async () => {
    await bundleReceiver();
    database = await backend.create();
    receiver = await startReceiver(database);
    [noProxy, twoHops, listedProxy, allowlisted, throttled] = await Promise.all([
      startReceiver(database, { KYC_TRUSTED_PROXIES: "0" }),
      startReceiver(database, { KYC_TRUSTED_PROXIES: "2" }),
      startReceiver(database, { KYC_TRUSTED_PROXIES: "127.0.0.1" }),
      startReceiver(database, { KYC_ONDATO_IP_ALLOWLIST: "203.0.113.50" }),
      startReceiver(database, { KYC_AUTH_FAILURE_BURST: "5", KYC_AUTH_FAILURES_PER_MINUTE: "60" }),
    ]);
    all.push(receiver, noProxy, twoHops, listedProxy, allowlisted, throttled);
  }, 60_000);

  afterAll(async () => {
    for (const running of all) await running.stop();
    await database?.cleanup();
  });

  it("refuses every forged, missing or malformed credential with 401 or 403, stores nothing and does not grow the database", async () => {
    // One stored event, so that an unauthenticated copy of it would show up as a recorded redelivery.
    const stored = signedShufti(`auth-stored-${backend.name}`);
    expect((await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: stored.headers, body: new Uint8Array(stored.body) })).status).toBe(200);
    const before = await databaseFootprint(database);
    const eventsBefore = await storedEvents(receiver.url);
    const jumio = jumioForm();
    const jumioFrom = (via: ReceiverProcess, forwardedFor: string): Attack & { via: ReceiverProcess } => ({
      via,
      name: `jumio through ${via === noProxy ? "no trusted proxy" : via === twoHops ? "two trusted hops" : "a listed proxy"} with X-Forwarded-For ${forwardedFor}`,
      path: "/webhooks/jumio",
      headers: { "content-type": jumio.contentType, "x-forwarded-for": forwardedFor },
      body: jumio.body,
      status: 403,
    });
    const attacks: (Attack & { via?: ReceiverProcess })[] = [
      ...callbackAttacks(),
      ...adminAttacks(),
      { name: "an unsigned copy of a stored Shufti callback", path: "/webhooks/shufti", headers: json, body: new Uint8Array(stored.body), status: 401 },
      jumioFrom(noProxy, secrets.jumioIp),
      // Fewer entries than the two hops: none was written by a trusted proxy, the peer (127.0.0.1) is the client.
      jumioFrom(twoHops, secrets.jumioIp),
      jumioFrom(listedProxy, `${secrets.jumioIp}, 203.0.113.9`),
    ];
    const wrong: string[] = [];
    // Each attack several times, so that a database growing per request would show.
    for (let round = 0; round < 5; round++) {
      for (const attack of attacks) {
        const status = await send((attack.via ?? receiver).url, attack);
        if (status !== attack.status) wrong.push(`${attack.name}: ${status} (expected ${attack.status})`);
      }
    }
    expect(wrong).toEqual([]);
    const eventsAfter = await storedEvents(receiver.url);
    expect(eventsAfter).toEqual(eventsBefore);
    const after = await databaseFootprint(database);
    expect(after.rowsWritten).toBe(before.rowsWritten);
    expect(after.bytes).toBe(before.bytes);
    await metricsOf(receiver.url);
  }, 120_000);

  it("takes a valid signature in either header when the other is wrong, and a re-cased valid signature (the same digest)", async () => {
    const one = signedShufti(`auth-both-${backend.name}`);
    const both = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { ...one.headers, sp_signature: "2".repeat(64) }, body: new Uint8Array(one.body) });
    expect(both.status).toBe(200);
    const two = signedShufti(`auth-recased-${backend.name}`);
    const recased = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { ...two.headers, signature: (two.headers.signature ?? "").toUpperCase() }, body: new Uint8Array(two.body) });
    expect(recased.status).toBe(200);
  });

  it("refuses an expired OAuth2 token, and keeps a valid one across a restart", async () => {
    const expiring = await tokenFor(receiver.url, secrets.ondatoClient);
    // Expired where the receiver keeps it (the shortest lifetime it can be configured with is a minute).
    await expireStoredTokens(database);
    const kept = await tokenFor(receiver.url, secrets.ondatoClient);
    const expired = await fetch(`${receiver.url}/webhooks/ondato`, { method: "POST", headers: { ...json, authorization: `Bearer ${expiring}` }, body: new Uint8Array(ondatoWithNewId()) });
    expect(expired.status).toBe(401);
    const restarted = await startReceiver(database);
    all.push(restarted);
    const replayed = await fetch(`${restarted.url}/webhooks/ondato`, { method: "POST", headers: { ...json, authorization: `Bearer ${kept}` }, body: new Uint8Array(ondatoWithNewId()) });
    expect(replayed.status).toBe(200);
  });

  it("refuses a token of a client that was rotated out (another client id, or the same id with a new secret)", async () => {
    const token = await tokenFor(receiver.url, secrets.ondatoClient);
    const [otherClient, newSecret] = await Promise.all([
      startReceiver(database, { KYC_ONDATO_CLIENT_ID: "ondato-client-2", KYC_ONDATO_CLIENT_SECRET: "ondato-client-secret-2" }),
      startReceiver(database, { KYC_ONDATO_CLIENT_SECRET: "ondato-client-secret-rotated" }),
    ]);
    all.push(otherClient, newSecret);
    for (const rotated of [otherClient, newSecret]) {
      const refused = await fetch(`${rotated.url}/webhooks/ondato`, { method: "POST", headers: { ...json, authorization: `Bearer ${token}` }, body: new Uint8Array(ondatoWithNewId()) });
      expect(refused.status).toBe(401);
    }
    // The client it was issued to still uses it.
    const accepted = await fetch(`${receiver.url}/webhooks/ondato`, { method: "POST", headers: { ...json, authorization: `Bearer ${token}` }, body: new Uint8Array(ondatoWithNewId()) });
    expect(accepted.status).toBe(200);
  });

  it("hands out OAuth2 tokens only to addresses in the Ondato allowlist, when one is set", async () => {
    const request = (forwardedFor: string) =>
      fetch(`${allowlisted.url}/webhooks/ondato/token`, {
        method: "POST",
        headers: { ...form, authorization: basic(secrets.ondatoClient.clientId, secrets.ondatoClient.clientSecret), "x-forwarded-for": forwardedFor },
        body: "grant_type=client_credentials",
      });
    expect((await request("198.51.100.1")).status).toBe(403);
    expect((await request("203.0.113.50")).status).toBe(200);
  });

  it("throttles failed credentials per address on every route that checks them (429 with Retry-After), never successful ones, and forgives them over time", async () => {
    const from = (address: string) => ({ "x-forwarded-for": address });
    const netki = (address: string, password: string) =>
      fetch(`${throttled.url}/webhooks/netki`, { method: "POST", headers: { ...json, ...from(address), authorization: basic(secrets.netki.username, password) }, body: new Uint8Array(netkiBody()) });
    const events = (address: string, token: string) => fetch(`${throttled.url}/events?limit=1`, { headers: { ...from(address), authorization: `Bearer ${token}` } });
    const tokenRequest = (address: string, secret: string) =>
      fetch(`${throttled.url}/webhooks/ondato/token`, { method: "POST", headers: { ...form, ...from(address), authorization: basic(secrets.ondatoClient.clientId, secret) }, body: "grant_type=client_credentials" });
    const shufti = (address: string, reference: string, sign = true) => {
      const { body, headers } = signedShufti(reference);
      return fetch(`${throttled.url}/webhooks/shufti`, { method: "POST", headers: { ...headers, ...from(address), ...(sign ? {} : { signature: "0".repeat(64) }) }, body: new Uint8Array(body) });
    };
    const statuses = async (responses: Promise<Response>[]) => Promise.all(responses.map(async (response) => (await response).status));
    const attacker = "198.51.100.66";
    const provider = "203.0.113.30";
    const run = `throttle-${backend.name}-${Date.now()}`;

    // An attacker's five failures are answered 401; from then on the address gets 429, whatever the route and
    // however right its next credentials are (a right guess is not told apart from a wrong one).
    const failures = [];
    for (let index = 0; index < 5; index++) failures.push((await netki(attacker, "wrong")).status);
    expect(failures).toEqual([401, 401, 401, 401, 401]);
    const refused = await netki(attacker, "wrong");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await statuses([netki(attacker, secrets.netki.password), shufti(attacker, `${run}-attacker`), events(attacker, secrets.adminToken), tokenRequest(attacker, secrets.ondatoClient.clientSecret)])).toEqual([429, 429, 429, 429]);

    // Meanwhile the provider, from its own address, is served; its successes never take from its allowance.
    const served = [];
    for (let index = 0; index < 30; index++) served.push((await shufti(provider, `${run}-provider-${index}`)).status);
    expect(served.every((status) => status === 200)).toBe(true);
    expect(await statuses([1, 2, 3, 4, 5].map(() => shufti(provider, `${run}-forged`, false)))).toEqual([401, 401, 401, 401, 401]);
    expect((await shufti(provider, `${run}-after-forged`)).status).toBe(429);

    // The admin API and the token endpoint count failures the same way, per address.
    expect(await statuses([1, 2, 3, 4, 5].map(() => events("198.51.100.67", "wrong-admin-token-0000")))).toEqual([401, 401, 401, 401, 401]);
    expect((await events("198.51.100.67", secrets.adminToken)).status).toBe(429);
    expect(await statuses([1, 2, 3, 4, 5].map(() => tokenRequest("198.51.100.68", "wrong-secret")))).toEqual([401, 401, 401, 401, 401]);
    expect((await tokenRequest("198.51.100.68", secrets.ondatoClient.clientSecret)).status).toBe(429);

    // Forgiven over time: one failure a second here, so after Retry-After the address may try once more.
    await sleep(Number(refused.headers.get("retry-after")) * 1_000 + 100);
    expect((await netki(attacker, secrets.netki.password)).status).toBe(200);
    await metricsOf(throttled.url);
  }, 60_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    for (const running of all.splice(0)) await running.stop();
    expect(leakedPersonalValues()).toEqual([]);
  });
});

/** Makes every token stored so far expired, where the receiver keeps them. */
async function expireStoredTokens(database: BackendDatabase): Promise<void> {
  const past = Date.now() - 1_000;
  if (database.databaseSchema === undefined) {
    const db = new Database(database.databaseUrl.slice("sqlite:".length));
    try {
      db.prepare("UPDATE kyc_oauth_tokens SET expires_at = ?").run(past);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: database.databaseUrl, options: `-c search_path=${database.databaseSchema}` });
  await client.connect();
  try {
    await client.query(`UPDATE kyc_oauth_tokens SET expires_at = to_timestamp($1 / 1000.0)`, [past]);
  } finally {
    await client.end();
  }
}
