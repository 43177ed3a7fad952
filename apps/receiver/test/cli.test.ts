import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWebhooks as createShuftiWebhooks } from "@kyc-webhooks/shufti";
import { createWebhooks as createNetkiWebhooks } from "@kyc-webhooks/netki";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli.js";
import type { CliIo } from "../src/cli.js";
import { devCredentials, settings } from "../src/config.js";
import { captureLogs } from "./helpers/logs.js";
import { leakedValues, personalValues } from "./helpers/personal-data.js";

/*
 * The receiver command as `node dist/main.js` runs it (main.ts only adds signal handling): flags, the
 * start-up log and banner, the zero-config SQLite default in ./data/, development mode, bad settings.
 */

const logs = captureLogs();

function io(env: Record<string, string>): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { env, logger: logs.logger, stdout: (text) => void out.push(text), stderr: (text) => void err.push(text), out, err };
}

describe("the receiver command", () => {
  afterAll(() => {
    expect(leakedValues(logs.lines.join(""), personalValues())).toEqual([]);
  });

  it("--help lists every setting and exits 0", async () => {
    const streams = io({});
    const result = await runCli(["--help"], streams);
    expect(result.exitCode).toBe(0);
    const text = streams.out.join("");
    for (const setting of settings) expect(text).toContain(setting.env);
    expect(text).toContain("--config");
  });

  it("exits 2 with one line naming a bad setting, and no stack trace", async () => {
    const streams = io({ KYC_PORT: "eighty" });
    const result = await runCli([], streams);
    expect(result.exitCode).toBe(2);
    const text = streams.err.join("");
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).toContain("KYC_PORT");
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it("exits 2 on an unknown argument", async () => {
    const streams = io({});
    expect((await runCli(["--frobnicate"], streams)).exitCode).toBe(2);
    expect(streams.err.join("")).toContain("--frobnicate");
  });

  it("exits 1 with a clear line when the database cannot be reached", async () => {
    const streams = io({ KYC_PORT: "0", DATABASE_URL: "postgres://postgres@127.0.0.1:1/test" });
    const result = await runCli([], streams);
    expect(result.exitCode).toBe(1);
    expect(streams.err.join("")).toContain("DATABASE_URL");
  });

  it("starts with no settings at all on SQLite under ./data/, says which providers are disabled and how to send a sample", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kyc-cwd-"));
    const previous = process.cwd();
    process.chdir(dir);
    const start = logs.lines.length;
    try {
      const streams = io({ KYC_PORT: "0" });
      const result = await runCli([], streams);
      expect(result.exitCode).toBe(0);
      const receiver = result.receiver!;
      try {
        expect(existsSync(join(dir, "data", "kyc-webhooks.db"))).toBe(true);
        const entries = logs.lines.slice(start).map((line) => JSON.parse(line) as Record<string, unknown>);
        const disabled = entries.filter((entry) => entry.msg === "provider disabled");
        expect(disabled.map((entry) => entry.provider).sort()).toEqual(["jumio", "netki", "ondato", "shufti"]);
        expect(disabled.find((entry) => entry.provider === "shufti")?.auth).toContain("KYC_SHUFTI_SECRET_KEY");
        const banner = streams.err.join("");
        expect(banner).toContain(`listening on ${receiver.url}`);
        expect(banner).toContain(`kyc-webhooks send shufti verification.accepted --to ${receiver.url}/webhooks/shufti`);
        expect(banner).toContain("KYC_DEV_MODE=1");

        const refused = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
        expect(refused.status).toBe(403);
        expect(((await refused.json()) as { message: string }).message).toContain("KYC_SHUFTI_SECRET_KEY");
        expect((await fetch(`${receiver.url}/readyz`)).status).toBe(200);
      } finally {
        await receiver.close();
      }
    } finally {
      process.chdir(previous);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--dev enables every provider with well-known credentials, loudly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kyc-dev-"));
    const start = logs.lines.length;
    const streams = io({ KYC_PORT: "0", DATABASE_URL: `sqlite:${join(dir, "dev.db")}` });
    const result = await runCli(["--dev"], streams);
    const receiver = result.receiver!;
    try {
      const entries = logs.lines.slice(start).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries.filter((entry) => entry.msg === "provider enabled")).toHaveLength(4);
      expect(entries.some((entry) => entry.level === "warn" && String(entry.msg).includes("DEVELOPMENT MODE"))).toBe(true);
      expect(streams.err.join("")).toContain(`--secret ${devCredentials.shuftiSecretKey}`);

      const fixture = shuftiFixture("verification.accepted");
      const shufti = await fetch(`${receiver.url}/webhooks/shufti`, {
        method: "POST",
        headers: createShuftiWebhooks({ secretKey: devCredentials.shuftiSecretKey }).simulate(fixture).headers,
        body: new Uint8Array(fixture.body),
      });
      expect(shufti.status).toBe(200);
      const netki = await fetch(`${receiver.url}/webhooks/netki`, {
        method: "POST",
        headers: createNetkiWebhooks(devCredentials.netki).simulate("transaction.completed").headers,
        body: new Uint8Array(netkiFixture("transaction.completed").body),
      });
      expect(netki.status).toBe(200);
      const events = await fetch(`${receiver.url}/events`, { headers: { authorization: `Bearer ${devCredentials.adminToken}` } });
      expect(((await events.json()) as { events: unknown[] }).events).toHaveLength(2);
    } finally {
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
