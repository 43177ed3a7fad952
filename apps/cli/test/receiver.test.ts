import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, silentLogger, startReceiver } from "@kyc-webhooks/receiver";
import type { EventDetail, EventListResponse, EventSummary, RunningReceiver, VerificationDetail } from "@kyc-webhooks/receiver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binary, cleanEnv, cliDir, repoFixtures, run } from "./helpers.js";

/*
 * The commands that talk to a receiver, against real receivers started in this process (SQLite files in a
 * temp dir, every provider's authentication configured): `send` delivers, the receiver stores, and `events`
 * and `replay` read it back through the events API.
 */

const adminToken = "cli-test-admin-token-0123456789";
const credentials = {
  shuftiSecret: "cli-test-shufti-secret",
  netki: { username: "netki-user", password: "netki-password" },
  ondato: { username: "ondato-user", password: "ondato-password", clientId: "ondato-client", clientSecret: "ondato-client-secret" },
};
/** A Jumio US callback address (jumio package, platform list); the receiver believes X-Forwarded-For from 127.0.0.1. */
const jumioIp = "34.202.241.227";

const fixtures = repoFixtures();
const fixtureOf = (provider: string, valid = true) => {
  // An invalid one that the receiver quarantines: structurally wrong, not one that only breaks a documented rule (stored with a warning).
  const fixture = fixtures.find((candidate) => candidate.provider === provider && candidate.valid === valid && (valid || candidate.breaks === undefined) && candidate.contentType !== "");
  if (!fixture) throw new Error(`no ${valid ? "valid" : "invalid"} ${provider} fixture`);
  return fixture;
};

function receiverEnv(folder: string, name: string): Record<string, string> {
  return {
    KYC_PORT: "0",
    KYC_HOST: "127.0.0.1",
    DATABASE_URL: `sqlite:${join(folder, `${name}.db`)}`,
    KYC_ADMIN_TOKEN: adminToken,
    KYC_SHUFTI_SECRET_KEY: credentials.shuftiSecret,
    KYC_NETKI_USERNAME: credentials.netki.username,
    KYC_NETKI_PASSWORD: credentials.netki.password,
    KYC_ONDATO_USERNAME: credentials.ondato.username,
    KYC_ONDATO_PASSWORD: credentials.ondato.password,
    KYC_ONDATO_CLIENT_ID: credentials.ondato.clientId,
    KYC_ONDATO_CLIENT_SECRET: credentials.ondato.clientSecret,
    KYC_JUMIO_IP_ALLOWLIST: "default",
    KYC_TRUSTED_PROXIES: "127.0.0.1",
  };
}

async function api<T>(receiver: RunningReceiver, path: string): Promise<T> {
  const response = await fetch(`${receiver.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const allEvents = async (receiver: RunningReceiver) => (await api<EventListResponse>(receiver, "/events?limit=500")).events;

/** The credentials `send` needs for each provider's receiver endpoint. */
function credentialArgs(provider: string): string[] {
  switch (provider) {
    case "shufti":
      return ["--secret", credentials.shuftiSecret];
    case "netki":
      return ["-u", credentials.netki.username, "--password", credentials.netki.password];
    case "ondato":
      return ["-u", credentials.ondato.username, "--password", credentials.ondato.password];
    default:
      return ["--header", `X-Forwarded-For: ${jumioIp}`];
  }
}

describe("against a running receiver", () => {
  let folder: string;
  let receiver: RunningReceiver;
  let other: RunningReceiver;
  const receiverArgs = () => ["--url", receiver.url, "--admin-token", adminToken];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-receiver-"));
    receiver = await startReceiver(loadConfig({ env: receiverEnv(folder, "main") }), { logger: silentLogger });
    other = await startReceiver(loadConfig({ env: receiverEnv(folder, "other") }), { logger: silentLogger });
  });
  afterAll(async () => {
    await Promise.all([receiver.close(), other.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  describe("send", () => {
    for (const provider of ["jumio", "shufti", "ondato", "netki"]) {
      it(`delivers a ${provider} fixture as ${provider} does, and the receiver stores and normalizes it`, async () => {
        const fixture = fixtureOf(provider);
        const result = await run(["send", provider, fixture.name, "--to", `${receiver.url}/webhooks/${provider}`, ...credentialArgs(provider)]);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/← 200 OK in \d/);
        const ack = JSON.parse(result.stdout.split("\n").find((line) => line.includes('"received"')) ?? "{}") as { id: string; quarantined: boolean };
        const stored = await api<EventDetail>(receiver, `/events/${ack.id}?raw=1`);
        expect(stored).toMatchObject({ provider, kind: fixture.kind, quarantined: false, contentType: expect.stringContaining(fixture.contentType.split(";")[0] ?? "") });
        expect(stored.normalized?.provider).toBe(provider);
        expect(Buffer.from(stored.rawBody?.data ?? "", stored.rawBody?.encoding === "base64" ? "base64" : "utf8").equals(readFileSync(fixture.path))).toBe(true);
      });
    }

    it("Ondato's OAuth2 flow: gets a token from the receiver's token endpoint, then sends it as a bearer token", async () => {
      const fixture = fixtures.filter((candidate) => candidate.provider === "ondato" && candidate.valid)[1] ?? fixtureOf("ondato");
      const result = await run([
        "send",
        "ondato",
        fixture.name,
        "--to",
        `${receiver.url}/webhooks/ondato`,
        "--client-id",
        credentials.ondato.clientId,
        "--client-secret",
        credentials.ondato.clientSecret,
        "--json",
      ]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ delivered: true, status: 200, request: { headers: { authorization: "Bearer …" } } });
      const wrong = await run(["send", "ondato", fixture.name, "--to", `${receiver.url}/webhooks/ondato`, "--client-id", credentials.ondato.clientId, "--client-secret", "wrong"]);
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain("The token endpoint");
    });

    it("an invalid fixture is acknowledged and stored quarantined", async () => {
      const fixture = fixtureOf("netki", false);
      const result = await run(["send", "netki", fixture.name, "--to", `${receiver.url}/webhooks/netki`, ...credentialArgs("netki"), "--json"]);
      expect(result.code).toBe(0);
      const ack = JSON.parse((JSON.parse(result.stdout) as { response: { body: string } }).response.body) as { id: string; quarantined: boolean };
      expect(ack.quarantined).toBe(true);
      expect(await api<EventDetail>(receiver, `/events/${ack.id}`)).toMatchObject({ provider: "netki", quarantined: true });
    });

    it("wrong credentials: refused (exit 1, the status and what to check), and nothing is stored", async () => {
      const before = (await allEvents(receiver)).length;
      const [shufti, netki, jumio] = await Promise.all([
        run(["send", "shufti", fixtureOf("shufti").name, "--to", `${receiver.url}/webhooks/shufti`, "--secret", "not-the-secret"]),
        run(["send", "netki", fixtureOf("netki").name, "--to", `${receiver.url}/webhooks/netki`, "-u", "netki-user", "--password", "wrong"]),
        run(["send", "jumio", fixtureOf("jumio").name, "--to", `${receiver.url}/webhooks/jumio`]),
      ]);
      for (const result of [shufti, netki, jumio]) {
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/← 40[13] /);
        expect(result.stderr).toContain("Not delivered");
      }
      expect((await allEvents(receiver)).length).toBe(before);
    });
  });

  describe("events", () => {
    it("list --json: the receiver's page { events, nextCursor }, newest first", async () => {
      const result = await run(["events", "list", "--json", ...receiverArgs()]);
      expect(result.code).toBe(0);
      const page = JSON.parse(result.stdout) as EventListResponse;
      expect(page.events.length).toBeGreaterThanOrEqual(5);
      expect(page).toHaveProperty("nextCursor");
      for (const event of page.events) {
        expect(event).toMatchObject({ id: expect.any(String), eventId: expect.any(String), provider: expect.any(String), quarantined: expect.any(Boolean), deliveries: expect.any(Number) });
      }
      expect(page.events).toEqual(await allEvents(receiver));
    });

    it("list: a table with the id, provider, kind and status of each event", async () => {
      const events = await allEvents(receiver);
      const result = await run(["events", "list", ...receiverArgs()]);
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(lines[0]).toMatch(/^ID\s+RECEIVED\s+PROVIDER\s+KIND\s+STATUS\s+TYPE\s+DELIVERIES\s+REFERENCE$/);
      for (const event of events) {
        expect(result.stdout).toMatch(new RegExp(`^${event.id}\\s+\\S+ \\S+\\s+${event.provider}\\s+${(event.kind ?? "?").replace(/\./g, "\\.")}\\s+${event.quarantined ? "quarantined" : event.status}`, "m"));
      }
    });

    it("list filters by provider and quarantine, pages with --limit/--cursor, and --all follows every page", async () => {
      const events = await allEvents(receiver);
      const [netki, quarantined, firstPage, everything] = await Promise.all([
        run(["events", "list", "--json", "--provider", "netki", ...receiverArgs()]),
        run(["events", "list", "--json", "--quarantined", ...receiverArgs()]),
        run(["events", "list", "--limit", "2", ...receiverArgs()]),
        run(["events", "list", "--json", "--limit", "2", "--all", ...receiverArgs()]),
      ]);
      expect((JSON.parse(netki.stdout) as EventListResponse).events.map((event) => event.id)).toEqual(events.filter((event) => event.provider === "netki").map((event) => event.id));
      expect((JSON.parse(quarantined.stdout) as EventListResponse).events.map((event) => event.id)).toEqual(events.filter((event) => event.quarantined).map((event) => event.id));
      const cursor = /--cursor (\S+)/.exec(firstPage.stdout)?.[1];
      expect(cursor).toBeDefined();
      const second = await run(["events", "list", "--json", "--limit", "2", "--cursor", cursor ?? "", ...receiverArgs()]);
      expect((JSON.parse(second.stdout) as EventListResponse).events.map((event) => event.id)).toEqual(events.slice(2, 4).map((event) => event.id));
      expect((JSON.parse(everything.stdout) as EventListResponse).events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    });

    it("show: the event's summary; --json the API's detail; --raw exactly the bytes received", async () => {
      const shufti = (await allEvents(receiver)).find((event) => event.provider === "shufti" && !event.quarantined) as EventSummary;
      const [plain, json, raw] = await Promise.all([
        run(["events", "show", shufti.id, ...receiverArgs()]),
        run(["events", "show", shufti.id, "--json", ...receiverArgs()]),
        run(["events", "show", shufti.id, "--raw", ...receiverArgs()]),
      ]);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toContain(`Event ${shufti.id}`);
      expect(plain.stdout).toContain(shufti.eventId);
      expect(plain.stdout).toMatch(/status\s+\w+ \(verification\.\w+/);
      expect(plain.stdout).toContain("Deliveries");
      const detail = JSON.parse(json.stdout) as EventDetail;
      expect(detail).toMatchObject({ id: shufti.id, eventId: shufti.eventId, provider: "shufti", normalized: { provider: "shufti" }, deliveryLog: expect.any(Array) });
      expect(raw.code).toBe(0);
      expect(raw.stdout).toBe(readFileSync(fixtureOf("shufti").path, "utf8"));
    });

    it("show: an unknown id, a wrong or missing admin token, an unreachable receiver each exit 1 with what to do", async () => {
      const [missing, wrongToken, noToken, down] = await Promise.all([
        run(["events", "show", "999999", ...receiverArgs()]),
        run(["events", "list", "--url", receiver.url, "--admin-token", "wrong-token-wrong-token"]),
        run(["events", "list", "--url", receiver.url]),
        run(["events", "list", "--url", "http://127.0.0.1:9", "--admin-token", adminToken]),
      ]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("The receiver has no event 999999");
      expect(wrongToken.code).toBe(1);
      expect(wrongToken.stderr).toContain("Check the admin token");
      expect(noToken.code).toBe(1);
      expect(noToken.stderr).toContain("--admin-token or KYC_ADMIN_TOKEN");
      expect(down.code).toBe(1);
      expect(down.stderr).toContain("Could not reach the receiver");
      for (const result of [missing, wrongToken, noToken, down]) expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it("the admin token and URL also come from KYC_ADMIN_TOKEN and KYC_RECEIVER_URL", async () => {
      const result = await run(["events", "list", "--json"], { env: { KYC_ADMIN_TOKEN: adminToken, KYC_RECEIVER_URL: receiver.url } });
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as EventListResponse).events.length).toBeGreaterThan(0);
    });

    it("tail: prints the last events, then each new one as it arrives (JSON lines with --json)", async () => {
      const events = await allEvents(receiver);
      const child = spawn(process.execPath, [binary, "events", "tail", "--json", "--lines", "2", "--interval", "0.1", "--count", "1", ...receiverArgs()], {
        cwd: cliDir,
        env: cleanEnv(),
      });
      const out: Buffer[] = [];
      child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
      const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? -1)));
      // Wait for the backlog, so that the new event is new to the tail.
      for (let waited = 0; Buffer.concat(out).toString().split("\n").filter(Boolean).length < 2 && waited < 100; waited += 1) await new Promise((resolve) => setTimeout(resolve, 50));

      const fixture = fixtures.filter((candidate) => candidate.provider === "shufti" && candidate.valid)[2] ?? fixtureOf("shufti");
      const sent = await run(["send", "shufti", fixture.name, "--to", `${receiver.url}/webhooks/shufti`, "--secret", credentials.shuftiSecret]);
      expect(sent.code).toBe(0);
      expect(await exited).toBe(0);
      const lines = Buffer.concat(out).toString().trim().split("\n").map((line) => JSON.parse(line) as EventSummary);
      expect(lines.map((event) => event.id)).toEqual([events[1]?.id, events[0]?.id, (await allEvents(receiver))[0]?.id]);
      expect(lines[2]).toMatchObject({ provider: "shufti", kind: fixture.kind });
    });

    it("usage errors exit 2: no subcommand, an unknown filter value, a bad time", async () => {
      const results = await Promise.all([
        run(["events", ...receiverArgs()]),
        run(["events", "list", "--status", "great", ...receiverArgs()]),
        run(["events", "list", "--since", "yesterday", ...receiverArgs()]),
      ]);
      for (const result of results) expect(result.code).toBe(2);
      expect(results[0]?.stderr).toContain("list, show or tail");
      expect(results[1]?.stderr).toContain('Unknown --status value "great"');
      expect(results[2]?.stderr).toContain("neither an ISO 8601 time nor a duration");
    });
  });

  describe("status", () => {
    it("prints a verification's status and its history; --json the API's detail", async () => {
      const netki = (await allEvents(receiver)).find((event) => event.provider === "netki" && !event.quarantined && event.reference !== null) as EventSummary;
      const reference = netki.reference ?? "";
      const [plain, json] = await Promise.all([run(["status", "netki", reference, ...receiverArgs()]), run(["status", "netki", reference, "--json", ...receiverArgs()])]);
      expect(plain.code).toBe(0);
      const detail = JSON.parse(json.stdout) as VerificationDetail;
      expect(detail).toEqual(await api<VerificationDetail>(receiver, `/verifications/netki/${encodeURIComponent(reference)}`));
      expect(plain.stdout).toContain(`netki ${reference}: ${detail.status}`);
      expect(plain.stdout).toMatch(/^ID\s+RECEIVED\s+KIND\s+STATUS\s+OCCURRED\s+DELIVERIES\s+OUTCOME$/m);
      for (const entry of detail.history) expect(plain.stdout).toMatch(new RegExp(`^${entry.id}\\s.*\\s${entry.outcome}$`, "m"));
    });

    it("exits 1 naming the verification when the receiver has none, and 2 for an unknown provider", async () => {
      const missing = await run(["status", "shufti", "no-such-reference", ...receiverArgs()]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("no verification shufti no-such-reference");
      expect((await run(["status", "acme", "1", ...receiverArgs()])).code).toBe(2);
    });
  });

  describe("replay", () => {
    it("re-delivers a stored event byte for byte to another receiver, which stores the same event", async () => {
      const events = await allEvents(receiver);
      const shufti = events.find((event) => event.provider === "shufti" && !event.quarantined) as EventSummary;
      const netki = events.find((event) => event.provider === "netki" && event.quarantined) as EventSummary;
      const [replayedShufti, replayedNetki] = await Promise.all([
        run(["replay", shufti.id, "--to", `${other.url}/webhooks/shufti`, "--secret", credentials.shuftiSecret, ...receiverArgs()]),
        run(["replay", netki.id, "--to", `${other.url}/webhooks/netki`, ...credentialArgs("netki"), ...receiverArgs(), "--json"]),
      ]);
      expect(replayedShufti.code).toBe(0);
      expect(replayedShufti.stdout).toMatch(/← 200 OK in \d/);
      expect(replayedNetki.code).toBe(0);
      expect(JSON.parse(replayedNetki.stdout)).toMatchObject({ delivered: true, request: { event: netki.id, provider: "netki" } });

      const copies = await allEvents(other);
      for (const original of [shufti, netki]) {
        const copy = copies.find((event) => event.eventId === original.eventId);
        expect(copy, original.provider).toMatchObject({ provider: original.provider, kind: original.kind, quarantined: original.quarantined });
        const [a, b] = await Promise.all([api<EventDetail>(receiver, `/events/${original.id}`), api<EventDetail>(other, `/events/${copy?.id ?? ""}`)]);
        expect(b.bodySha256).toBe(a.bodySha256);
        expect(b.contentType).toBe(a.contentType);
      }
    });

    it("an unknown event or a refused delivery exits 1", async () => {
      const shufti = (await allEvents(receiver)).find((event) => event.provider === "shufti") as EventSummary;
      const [unknown, refused] = await Promise.all([
        run(["replay", "999999", "--to", `${other.url}/webhooks/shufti`, ...receiverArgs()]),
        run(["replay", shufti.id, "--to", `${other.url}/webhooks/shufti`, "--secret", "wrong-secret", ...receiverArgs()]),
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain("The receiver has no event 999999");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("Not delivered");
    });
  });

  // Last: purge changes what the receiver holds.
  describe("purge and rekey", () => {
    it("purge removes a verification's personal values and keeps its status; a second purge removes nothing more", async () => {
      const shufti = (await allEvents(other)).find((event) => event.provider === "shufti" && !event.quarantined && event.reference !== null) as EventSummary;
      const reference = shufti.reference ?? "";
      const before = await api<EventDetail>(other, `/events/${shufti.id}?raw=1`);
      expect(before.rawBody?.data.length).toBeGreaterThan(0);
      const otherArgs = ["--url", other.url, "--admin-token", adminToken];
      const first = await run(["purge", "shufti", reference, ...otherArgs]);
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(`shufti ${reference}: personal data removed from 1 event.`);
      expect(first.stdout).toMatch(/Tombstone: purged by admin \(request\) at \d{4}-/);
      const after = await api<EventDetail>(other, `/events/${shufti.id}?raw=1`);
      expect(after.rawBody?.data).toBe("");
      expect(after.bodySha256).toBe(before.bodySha256);
      expect(after.normalized?.status).toBe(before.normalized?.status);
      const again = JSON.parse((await run(["purge", "shufti", reference, "--json", ...otherArgs])).stdout) as { purgedEvents: number };
      expect(again.purgedEvents).toBe(0);
      const status = await run(["status", "shufti", reference, ...otherArgs]);
      expect(status.stdout).toContain(`shufti ${reference}: ${before.normalized?.status}`);
      expect((await run(["purge", "acme", "1", ...otherArgs])).code).toBe(2);
      const refused = await run(["purge", "shufti", reference, "--url", other.url, "--admin-token", "wrong-token-0123456789"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("(401)");
    });

    it("rekey re-seals with the newest key; without keys the receiver refuses it (exit 1)", async () => {
      const off = await run(["rekey", ...receiverArgs()]);
      expect(off.code).toBe(1);
      expect(off.stderr).toContain("KYC_ENCRYPTION_KEYS");
      const key = () => randomBytes(32).toString("base64");
      const env = { ...receiverEnv(folder, "sealed"), KYC_ENCRYPTION_KEYS: `old:${key()}` };
      let sealed = await startReceiver(loadConfig({ env }), { logger: silentLogger });
      const fixture = fixtureOf("shufti");
      expect((await run(["send", "shufti", fixture.name, "--to", `${sealed.url}/webhooks/shufti`, ...credentialArgs("shufti")])).code).toBe(0);
      await sealed.close();
      sealed = await startReceiver(loadConfig({ env: { ...env, KYC_ENCRYPTION_KEYS: `${env.KYC_ENCRYPTION_KEYS},new:${key()}` } }), { logger: silentLogger });
      try {
        const args = ["--url", sealed.url, "--admin-token", adminToken];
        const result = await run(["rekey", ...args]);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^[1-9]\d* stored values? re-sealed; every value is now sealed with key new\.$/m);
        expect(JSON.parse((await run(["rekey", "--json", ...args])).stdout)).toEqual({ keyId: "new", values: 0 });
        const stored = (await allEvents(sealed))[0] as EventSummary;
        const detail = await api<EventDetail>(sealed, `/events/${stored.id}?raw=1`);
        expect(Buffer.from(detail.rawBody?.data ?? "", "utf8").equals(readFileSync(fixture.path))).toBe(true);
      } finally {
        await sealed.close();
      }
    });
  });
});
