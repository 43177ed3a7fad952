import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { computeSignature } from "@kyc-webhooks/shufti";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { getFixture as shuftiFixture } from "@kyc-webhooks/shufti/fixtures";
import type { BackendDatabase } from "../helpers/backends.js";
import { testEnv, secrets } from "../helpers/harness.js";
import { leakedValues, personalValues } from "../helpers/personal-data.js";
import { bundledMain, startReceiverProcess } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";

/*
 * What the attack tests share. They talk to receivers started as processes (the bundled main.js, configured by
 * environment) over HTTP on 127.0.0.1 only, so they hold whatever the receiver's HTTP layer is built with.
 */

/** A TCP port that was free a moment ago, so that a receiver restarted after a kill listens where its clients send. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Every log line of every receiver a test file started, for the personal-data check at its end. */
export const allLogLines: string[] = [];
/** Every /metrics text a test file read. */
export const allMetrics: string[] = [];

/**
 * Every attack test's clients share 127.0.0.1, where a provider has an address of its own: the per-address limits
 * (failed credentials, requests in flight) are lifted for them, except where a test sets them to test them.
 */
export const oneAddressForAll = { KYC_AUTH_FAILURE_BURST: "1000000", KYC_MAX_CLIENT_REQUESTS: "1000000", KYC_MAX_CLIENT_BUFFERED_BYTES: "268435456", KYC_MAX_BUFFERED_BYTES: "268435456" };

/** A receiver process whose log lines are collected (also those written after it was killed and replaced). */
export async function startReceiver(database: BackendDatabase, extra: Record<string, string> = {}): Promise<ReceiverProcess> {
  const receiver = await startReceiverProcess(testEnv(database, { KYC_LOG_LEVEL: "info", ...oneAddressForAll, ...extra }));
  receiver.child.once("exit", () => allLogLines.push(...receiver.lines));
  return receiver;
}

/**
 * A receiver process handed back at once, before it listens (to be killed while it starts): `listening` resolves
 * when its banner names its URL, or with undefined when it exits first.
 */
export function spawnReceiver(env: Record<string, string>): { child: ChildProcess; listening: Promise<string | undefined> } {
  const child = spawn(process.execPath, [bundledMain], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const listening = new Promise<string | undefined>((resolve) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
      const match = /listening on (http:\/\/[^\s]+)/.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", () => resolve(undefined));
  });
  return { child, listening };
}

/** SIGKILL of a child process, resolved once it is gone. */
export async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  await exited;
}

/** SIGKILL: no shutdown, no flush, no goodbye. */
export async function kill(receiver: ReceiverProcess): Promise<void> {
  if (receiver.child.exitCode !== null || receiver.child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => receiver.child.once("exit", () => resolve()));
  receiver.child.kill("SIGKILL");
  await exited;
}

/** Reads /metrics (kept for the personal-data check). */
export async function metricsOf(url: string): Promise<string> {
  const text = await (await fetch(`${url}/metrics`)).text();
  allMetrics.push(text);
  return text;
}

/** The value of one sample in a Prometheus text, summed over the label sets that contain `labels`. */
export function metricValue(text: string, name: string, labels = ""): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(name) || (line[name.length] !== "{" && line[name.length] !== " ")) continue;
    if (labels && !line.includes(labels)) continue;
    sum += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return sum;
}

/** Shufti Pro's documented verification.accepted sample: the template every unique callback is made from. */
export function shuftiTemplate(): Record<string, unknown> {
  return JSON.parse(Buffer.from(shuftiFixture("verification.accepted").body).toString("utf8")) as Record<string, unknown>;
}

/** Shufti's v2 signature: SHA-256 of the body followed by the hex SHA-256 of the secret key. */
/** Shufti's v2 signature of a body, by the shufti package's own rule (`computeSignature`). */
export function shuftiSignature(body: Uint8Array | string, secret: string = secrets.shufti): string {
  return computeSignature(typeof body === "string" ? body : new Uint8Array(body), secret, "v2");
}

/** A unique, correctly signed Shufti callback. */
export function signedShufti(reference: string): { body: Buffer; headers: Record<string, string> } {
  const body = Buffer.from(JSON.stringify({ ...shuftiTemplate(), reference }));
  return { body, headers: { "content-type": "application/json", signature: shuftiSignature(body) } };
}

/** Every stored event, through the events API (following the cursor). */
export async function storedEvents(url: string, query = ""): Promise<{ id: string; reference: string | null; deliveries: number; quarantined: boolean; provider: string }[]> {
  const out: { id: string; reference: string | null; deliveries: number; quarantined: boolean; provider: string }[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set("limit", "500");
    if (cursor) params.set("cursor", cursor);
    const response = await fetch(`${url}/events?${params.toString()}`, { headers: { authorization: `Bearer ${secrets.adminToken}` } });
    if (response.status !== 200) throw new Error(`GET /events answered ${response.status}`);
    const page = (await response.json()) as { events: typeof out; nextCursor: string | null };
    out.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** The sender process (sender.mjs): a provider posting unique signed callbacks under load. */
export interface Sender {
  readonly child: ChildProcess;
  /** References acknowledged with a 2xx so far, in order. */
  readonly acknowledged: string[];
  /** Stops starting callbacks, waits for the ones in flight; resolves with the number of attempts. */
  stop(): Promise<{ acknowledged: number; attempts: number }>;
}

export function startSender(url: string, concurrency: number, run: string): Sender {
  const script = fileURLToPath(new URL("sender.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, url, String(concurrency), run], {
    env: { PATH: process.env.PATH ?? "", SHUFTI_SECRET: secrets.shufti, TEMPLATE: JSON.stringify(shuftiTemplate()) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const acknowledged: string[] = [];
  let buffered = "";
  let done: { acknowledged: number; attempts: number } | undefined;
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("ack ")) acknowledged.push(line.slice(4));
      const finished = /^done (\d+) (\d+)$/.exec(line);
      if (finished) done = { acknowledged: Number(finished[1]), attempts: Number(finished[2]) };
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    acknowledged,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      if (!done) throw new Error("the sender did not finish");
      return done;
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns true (or throws after `timeoutMs`). */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000, what = "condition"): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The personal values of every fixture that occur in the collected logs and metrics. */
export function leakedPersonalValues(): string[] {
  return leakedValues([...allLogLines, ...allMetrics].join("\n"), personalValues());
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
