import { spawn } from "node:child_process";
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { createServer } from "node:http";
import type { IncomingHttpHeaders, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, silentLogger, startReceiver } from "@kyc-webhooks/receiver";
import type { EventListResponse, RunningReceiver } from "@kyc-webhooks/receiver";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { binary, cleanEnv, cliDir, repoFixtures, run } from "./helpers.js";

/*
 * An integrator's day against a real receiver (SQLite file in a temp dir): profiles instead of options, the
 * paging hint, and the follow loops (`events tail`, `listen --forward-to`) through a receiver restart.
 */

const adminToken = "cli-dev-loop-admin-token-0123456789";
const secrets = { shufti: "dev-loop-shufti-secret", netki: ["netki-user", "netki-password"], ondato: ["ondato-client", "ondato-client-secret"] } as const;
const jumioIp = "34.202.241.227";
const forwardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

const fixtures = repoFixtures();
const validFixture = (provider: string, index = 0) => {
  const fixture = fixtures.filter((candidate) => candidate.provider === provider && candidate.valid && candidate.contentType !== "")[index];
  if (!fixture) throw new Error(`no valid ${provider} fixture ${index}`);
  return fixture;
};

let folder: string;
let receiver: RunningReceiver;
let port: number;
let profileEnv: Record<string, string>;

function receiverEnv(listenPort: number): Record<string, string> {
  return {
    KYC_PORT: String(listenPort),
    KYC_HOST: "127.0.0.1",
    DATABASE_URL: `sqlite:${join(folder, "receiver.db")}`,
    KYC_ADMIN_TOKEN: adminToken,
    KYC_SHUFTI_SECRET_KEY: secrets.shufti,
    KYC_NETKI_USERNAME: secrets.netki[0],
    KYC_NETKI_PASSWORD: secrets.netki[1],
    KYC_ONDATO_CLIENT_ID: secrets.ondato[0],
    KYC_ONDATO_CLIENT_SECRET: secrets.ondato[1],
    KYC_JUMIO_IP_ALLOWLIST: "default",
    KYC_TRUSTED_PROXIES: "127.0.0.1",
  };
}

async function restartReceiver(downMs: number): Promise<void> {
  await receiver.close();
  await new Promise((resolve) => setTimeout(resolve, downMs));
  receiver = await startReceiver(loadConfig({ env: receiverEnv(port) }), { logger: silentLogger });
}

async function events(): Promise<EventListResponse["events"]> {
  const response = await fetch(`${receiver.url}/events?limit=500`, { headers: { authorization: `Bearer ${adminToken}` } });
  return ((await response.json()) as EventListResponse).events;
}

/** A long-running CLI child process whose output lines are collected. */
function follow(args: readonly string[]): { child: ChildProcessWithoutNullStreams; lines: () => string[]; errors: () => string; exited: Promise<number> } {
  const child = spawn(process.execPath, [binary, ...args], { cwd: cliDir, env: cleanEnv(profileEnv) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  return {
    child,
    lines: () => Buffer.concat(out).toString().split("\n").filter(Boolean),
    errors: () => Buffer.concat(err).toString(),
    exited: new Promise((resolve) => child.on("close", (code) => resolve(code ?? -1))),
  };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "kyc-cli-dev-loop-"));
  receiver = await startReceiver(loadConfig({ env: receiverEnv(0) }), { logger: silentLogger });
  port = Number(new URL(receiver.url).port);
  const config = {
    default: "local",
    profiles: {
      local: {
        url: receiver.url,
        adminToken,
        shufti: { secret: secrets.shufti },
        netki: { username: secrets.netki[0], password: secrets.netki[1] },
        ondato: { clientId: secrets.ondato[0], clientSecret: secrets.ondato[1] },
        jumio: { headers: { "X-Forwarded-For": jumioIp } },
      },
      elsewhere: { url: "http://127.0.0.1:9", adminToken: "x" },
    },
  };
  writeFileSync(join(folder, "config.json"), JSON.stringify(config, null, 2));
  profileEnv = { KYC_WEBHOOKS_CONFIG: join(folder, "config.json") };
});
afterAll(async () => {
  await receiver.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("profiles", () => {
  for (const provider of ["jumio", "shufti", "ondato", "netki"]) {
    it(`send ${provider} <fixture> works with the profile alone: --to and the credentials come from it`, async () => {
      const fixture = validFixture(provider);
      const result = await run(["send", provider, fixture.name, "--json"], { env: profileEnv });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const outcome = JSON.parse(result.stdout) as { delivered: boolean; request: { url: string }; stored: { id: string; quarantined: boolean } };
      expect(outcome).toMatchObject({ delivered: true, request: { url: `${receiver.url}/webhooks/${provider}` }, stored: { quarantined: false } });
      expect((await events()).find((event) => event.id === outcome.stored.id)).toMatchObject({ provider, kind: fixture.kind });
    });
  }

  it("send takes several fixtures and - for stdin, one delivery each, and says which was quarantined", async () => {
    const invalid = fixtures.find((candidate) => candidate.provider === "netki" && !candidate.valid && candidate.breaks === undefined && candidate.contentType !== "");
    const stdinBody = JSON.stringify({ identity: { transaction_identity: {} } });
    const result = await run(["send", "netki", validFixture("netki", 1).name, invalid?.name ?? "", "-"], { env: profileEnv, input: stdinBody });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^POST /gm)).toHaveLength(3);
    expect(result.stdout.match(/⚠ quarantined: the receiver kept the body as event \d+, but it failed validation/g)).toHaveLength(2);
  });

  it("--profile picks another profile, and an option beats the profile", async () => {
    const elsewhere = await run(["--profile", "elsewhere", "events", "list"], { env: profileEnv });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain("Could not reach the receiver at http://127.0.0.1:9");
    const overridden = await run(["events", "list", "--json", "--profile", "elsewhere", "--url", receiver.url, "--admin-token", adminToken], { env: profileEnv });
    expect(overridden.code).toBe(0);
  });

  it("a profile that does not exist, or a config file with a mistake, is an error naming the place", async () => {
    const missing = await run(["--profile", "nope", "events", "list"], { env: profileEnv });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No profile "nope"');
    expect(missing.stderr).toContain("local, elsewhere");
    writeFileSync(join(folder, "broken.json"), '{\n  "profiles": {\n    "local": { "url": "http://127.0.0.1:1", "shufti": { "secrett": "x" } }\n  }\n}\n');
    const broken = await run(["events", "list", "--profile", "local"], { env: { KYC_WEBHOOKS_CONFIG: join(folder, "broken.json") } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`${join(folder, "broken.json")}:3:`);
    expect(broken.stderr).toContain("unknown field secrett");
  });
});

describe("events list's paging hint", () => {
  it("keeps every filter, -n and --url: running it lists the next page of the same list", async () => {
    for (let index = 0; index < 3; index += 1) {
      expect((await run(["send", "shufti", validFixture("shufti", index + 1).name], { env: profileEnv })).code).toBe(0);
    }
    const wanted = (await events()).filter((event) => event.provider === "shufti" && !event.quarantined);
    expect(wanted.length).toBeGreaterThanOrEqual(4);
    // A profile pointing elsewhere: only --url and --admin-token reach this receiver, so the hint must keep --url.
    const args = ["events", "list", "--profile", "elsewhere", "--url", receiver.url, "--admin-token", adminToken, "--provider", "shufti", "--valid", "--since", "1h", "-n", "2"];
    const first = await run(args, { env: profileEnv });
    expect(first.code).toBe(0);
    const hint = /More: (kyc-webhooks events list .*) \(or --all\)/.exec(first.stdout)?.[1];
    expect(hint).toBeDefined();
    expect(hint).toContain(`--url ${receiver.url}`);
    expect(hint).not.toContain(adminToken);
    // Run the hint as a shell would split it, plus the token it rightly leaves out.
    const words = (hint ?? "").split(" ").slice(1);
    const second = await run([...words, "--profile", "elsewhere", "--admin-token", adminToken, "--json"], { env: profileEnv });
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as EventListResponse).events.map((event) => event.id)).toEqual(wanted.slice(2, 4).map((event) => event.id));
  });

  it("options of one subcommand are refused by another", async () => {
    const result = await run(["events", "tail", "-n", "2"], { env: profileEnv });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option -n for events tail");
    expect(result.stderr).toContain("belongs to `events list`");
  });

  it("reaches a receiver on a port fetch refuses (6666), with --timeout", async () => {
    const server = createServer((request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ events: [], nextCursor: null }));
    });
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(6666, "127.0.0.1", resolve));
    try {
      const result = await run(["events", "list", "--json", "--url", "http://127.0.0.1:6666", "--admin-token", "x", "--timeout", "5"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ events: [], nextCursor: null });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("following a receiver through its restart", () => {
  let target: Server;
  let targetUrl: string;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    target = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.end("ok");
      });
    });
    await new Promise<void>((resolve) => target.listen(0, "127.0.0.1", resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise((resolve) => target.close(resolve)));

  it("listen --forward-to delivers each new event and the verification change it made, signed per Standard Webhooks, before and after a receiver restart", async () => {
    const listen = follow(["listen", "--forward-to", targetUrl, "--secret", forwardSecret, "--interval", "0.1", "--count", "2"]);
    await until(() => listen.errors().includes("Ready."), "listen to start");
    // Verifications of their own, so that each event sets its verification's state (earlier tests send the fixtures).
    const decision = (kind: string) => {
      const fixture = fixtures.find((candidate) => candidate.provider === "shufti" && candidate.valid && candidate.kind === kind)!;
      return JSON.stringify({ ...(JSON.parse(readFileSync(fixture.path, "utf8")) as object), reference: `listen-${kind}-${Date.now()}` });
    };
    expect((await run(["send", "shufti", "-"], { env: profileEnv, input: decision("verification.accepted") })).code).toBe(0);
    await until(() => received.length === 2, "the first forwarded event and its verification change");

    await restartReceiver(600);
    await until(() => listen.errors().includes("Receiver back"), "listen to notice the restart", 30_000);
    expect((await run(["send", "shufti", "-"], { env: profileEnv, input: decision("verification.declined") })).code).toBe(0);
    expect(await listen.exited).toBe(0);

    const webhook = new Webhook(forwardSecret);
    type Message = { type: string; data: { provider: string; type?: string; eventId?: string; reference?: string; status?: string; event?: { eventId: string } } };
    const messages = received.map(({ headers, body }) => ({ id: headers["webhook-id"], message: webhook.verify(body, headers as Record<string, string>) as Message }));
    // Each event, under its own type with its eventId as the Standard Webhooks id, then the state it set.
    expect(messages.map(({ message }) => [message.data.provider, message.type === "verification.updated" ? "verification" : "event"])).toEqual([
      ["shufti", "event"],
      ["shufti", "verification"],
      ["shufti", "event"],
      ["shufti", "verification"],
    ]);
    for (const [index, { id, message }] of messages.entries()) {
      if (index % 2 === 0) {
        expect(message.type).toBe(message.data.type);
        expect(id).toBe(message.data.eventId);
      } else {
        const event = messages[index - 1]!.message.data;
        expect(message.data.event?.eventId).toBe(event.eventId);
        expect(id).toBe(`${event.eventId ?? ""}:verification`);
      }
    }
    expect(listen.lines()).toHaveLength(4);
    for (const line of listen.lines()) expect(line).toMatch(/\[200 OK\] \d+ ms$/);
    expect(listen.errors()).toContain("Could not reach the receiver");
  }, 60_000);

  it("events tail goes on through a restart, and shows a redelivery as one", async () => {
    const fixture = validFixture("netki", 2);
    const tail = follow(["events", "tail", "--lines", "0", "--interval", "0.1", "--count", "2"]);
    await until(() => tail.errors().includes("Waiting for new events"), "tail to start");
    expect((await run(["send", "netki", fixture.name], { env: profileEnv })).code).toBe(0);
    await until(() => tail.lines().length >= 2, "the first event (header and row)");

    await restartReceiver(600);
    await until(() => tail.errors().includes("Receiver back"), "tail to notice the restart", 30_000);
    expect((await run(["send", "netki", fixture.name], { env: profileEnv })).code).toBe(0);
    await until(() => tail.lines().some((line) => line.startsWith("↻")), "the redelivery line");
    expect((await run(["send", "jumio", validFixture("jumio", 1).name], { env: profileEnv })).code).toBe(0);
    expect(await tail.exited).toBe(0);
    const lines = tail.lines();
    expect(lines.find((line) => line.startsWith("↻"))).toMatch(/redelivered at .*: 2 deliveries \(netki /);
    expect(lines.filter((line) => /^\d+\s/.test(line)).map((line) => line.split(/\s+/)[3])).toEqual(["netki", "jumio"]);
  }, 60_000);
});
