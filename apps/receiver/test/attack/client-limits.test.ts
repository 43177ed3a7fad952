import { readFileSync } from "node:fs";
import { connect } from "node:net";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthorization } from "@kyc-webhooks/core";
import { backends } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { secrets } from "../helpers/harness.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { leakedPersonalValues, metricsOf, signedShufti, sleep, startReceiver, storedEvents } from "./support.js";

/*
 * What one client, and all of them together, may hold: request bodies in memory are bounded in total and per
 * address (beyond: 503 or 429 with Retry-After, the body unread), connections are capped, and a refused request's
 * connection is closed instead of its body being read on. Measured on the receiver process: its resident memory
 * while many clients send large unauthenticated bodies slowly, and the bytes a client got off its hands after a 401.
 */

/** The receiver's resident set, in bytes (Linux /proc). */
function rss(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}

const mib = (bytes: number) => bytes / 1_048_576;

/**
 * A refused connection is half-closed after its answer and destroyed a second later (so that a client still sending
 * reads the answer rather than a reset); the margin is for a loaded machine.
 */
const closedWithinMs = 3_000;

interface RawAnswer {
  /** The status line's code, 0 when none came. */
  readonly status: number;
  readonly head: string;
  /** Bytes the client's socket handed to the kernel (at most what the receiver read, plus what the kernel buffers). */
  readonly bytesWritten: number;
  /** From the first byte of the body until the receiver closed the connection (ms). */
  readonly closedAfterMs: number;
  /** From the answer until the connection was closed (ms). */
  readonly closedAfterAnswerMs: number;
}

/**
 * A raw HTTP/1.1 request: `head`, then `bodyBytes` of body in `chunk`-byte pieces, each after `everyMs` (0: as fast
 * as the socket takes them). Resolves when the receiver closes the connection (or after `giveUpMs`).
 */
function rawRequest(port: number, head: string, bodyBytes: number, chunk: number, everyMs: number, giveUpMs = 20_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1");
    let answer = "";
    let answeredAt: number | undefined;
    let sent = 0;
    let started = 0;
    let finished = false;
    const piece = Buffer.alloc(chunk, "a");
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(giveUp);
      const now = performance.now();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      resolve({ status, head: answer.split("\r\n\r\n")[0] ?? "", bytesWritten: socket.bytesWritten, closedAfterMs: now - started, closedAfterAnswerMs: answeredAt === undefined ? Number.NaN : now - answeredAt });
      socket.destroy();
    };
    const giveUp = setTimeout(finish, giveUpMs);
    const pump = () => {
      while (!finished && !socket.destroyed && sent < bodyBytes) {
        const size = Math.min(chunk, bodyBytes - sent);
        sent += size;
        const more = socket.write(size === chunk ? piece : piece.subarray(0, size));
        if (everyMs > 0) {
          setTimeout(pump, everyMs);
          return;
        }
        if (!more) {
          socket.once("drain", pump);
          return;
        }
      }
    };
    socket.on("connect", () => {
      socket.write(head);
      started = performance.now();
      pump();
    });
    socket.on("data", (data: Buffer) => {
      answeredAt ??= performance.now();
      answer += data.toString("latin1");
    });
    socket.on("error", () => undefined);
    socket.on("close", finish);
  });
}

const head = (path: string, length: number, headers: Record<string, string>) =>
  [`POST ${path} HTTP/1.1`, "Host: receiver", `Content-Length: ${length}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), "", ""].join("\r\n");

describe.each(backends)("client limits on $name", (backend) => {
  let database: BackendDatabase;
  const running: ReceiverProcess[] = [];

  beforeAll(async () => {
    await bundleReceiver();
    database = await backend.create();
  }, 60_000);

  afterAll(async () => {
    for (const receiver of running) await receiver.stop();
    await database?.cleanup();
  });

  const start = async (env: Record<string, string>) => {
    const receiver = await startReceiver(database, env);
    running.push(receiver);
    return receiver;
  };

  it("a client that goes on sending 400 MB after its 401 reads its answer and is cut off a second later, the rest unread", async () => {
    const receiver = await start({ KYC_MAX_BODY_BYTES: "1048576" });
    const port = Number(new URL(receiver.url).port);
    const size = 400 * 1_048_576;
    const wrong = basicAuthorization({ username: secrets.netki.username, password: `${secrets.netki.password}x` });
    // Netki's credentials are checked before the body; Shufti's signature after it (a body within the size limit).
    const [netki, shufti, tooLarge] = await Promise.all([
      rawRequest(port, head("/webhooks/netki", size, { "Content-Type": "application/json", Authorization: wrong }), size, 65_536, 0),
      rawRequest(port, head("/webhooks/shufti", 1_000_000, { "Content-Type": "application/json", Signature: "0".repeat(64) }), 1_000_000, 65_536, 0),
      rawRequest(port, head("/webhooks/shufti", size, { "Content-Type": "application/json", Signature: "0".repeat(64) }), size, 65_536, 0),
    ]);
    console.info(
      `refusal on ${backend.name}: after a 401 the client got ${mib(netki.bytesWritten).toFixed(1)} MiB of 400 MiB off its hands (kernel buffers included), closed ${netki.closedAfterAnswerMs.toFixed(0)} ms after the answer; ` +
        `413: ${mib(tooLarge.bytesWritten).toFixed(1)} MiB, closed ${tooLarge.closedAfterAnswerMs.toFixed(0)} ms after the answer`,
    );
    expect(netki.status).toBe(401);
    expect(netki.head.toLowerCase()).toContain("connection: close");
    expect(netki.bytesWritten).toBeLessThan(32 * 1_048_576);
    expect(netki.closedAfterAnswerMs).toBeLessThan(closedWithinMs);
    expect(shufti.status).toBe(401);
    expect(shufti.head.toLowerCase()).toContain("connection: close");
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.bytesWritten).toBeLessThan(32 * 1_048_576);
    expect(tooLarge.closedAfterAnswerMs).toBeLessThan(closedWithinMs);
    // The receiver goes on serving.
    const { body, headers } = signedShufti(`after-refusals-${backend.name}-${Date.now()}`);
    expect((await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers, body: new Uint8Array(body) })).status).toBe(200);
  }, 60_000);

  it("many clients sending large unauthenticated bodies slowly: memory stays within the budget, and each connection is closed after its refusal", async () => {
    const clients = 120;
    const bodyBytes = 1_000_000;
    const budget = 8 * 1_048_576;
    const limits = { KYC_MAX_BODY_BYTES: "1048576", KYC_MAX_CLIENT_BUFFERED_BYTES: "2097152", KYC_MAX_CLIENT_REQUESTS: "2" };
    const [bounded, unbounded] = await Promise.all([start({ ...limits, KYC_MAX_BUFFERED_BYTES: String(budget) }), start({ ...limits, KYC_MAX_BUFFERED_BYTES: String(1024 * 1_048_576) })]);
    const attack = async (receiver: ReceiverProcess) => {
      const port = Number(new URL(receiver.url).port);
      const before = rss(receiver.pid);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rss(receiver.pid))), 25);
      // Each client from an address of its own (the test stands in for the trusted proxy), 50 kB every 100 ms: each
      // body takes two seconds, so that all of them are in flight together, on a quiet machine or a busy one.
      const answers = await Promise.all(
        Array.from({ length: clients }, (_, index) =>
          rawRequest(port, head("/webhooks/shufti", bodyBytes, { "Content-Type": "application/json", Signature: "0".repeat(64), "X-Forwarded-For": `198.51.${100 + Math.floor(index / 250)}.${(index % 250) + 1}` }), bodyBytes, 50_000, 100),
        ),
      );
      clearInterval(sampler);
      peak = Math.max(peak, rss(receiver.pid));
      return { growth: peak - before, answers };
    };
    // Both at once (two processes, each measured on its own).
    const [boundedRun, unboundedRun] = await Promise.all([attack(bounded), attack(unbounded)]);
    const count = (answers: readonly RawAnswer[], status: number) => answers.filter((answer) => answer.status === status).length;
    console.info(
      `memory on ${backend.name}: ${clients} clients sending 1 MB unauthenticated bodies slowly: receiver RSS grew ${mib(boundedRun.growth).toFixed(1)} MiB with an 8 MiB body budget ` +
        `(${count(boundedRun.answers, 401)} got 401 after their body, ${count(boundedRun.answers, 503)} got 503 unread), ${mib(unboundedRun.growth).toFixed(1)} MiB with a 1 GiB budget`,
    );
    for (const answer of boundedRun.answers) {
      expect([401, 503]).toContain(answer.status);
      expect(answer.head.toLowerCase()).toContain("connection: close");
      // Closed by the receiver soon after the answer, not when the client stopped sending.
      expect(answer.closedAfterAnswerMs).toBeLessThan(closedWithinMs);
    }
    expect(boundedRun.answers.filter((answer) => answer.status === 503).every((answer) => /retry-after: \d+/i.test(answer.head))).toBe(true);
    expect(count(boundedRun.answers, 503)).toBeGreaterThan(0);
    expect(count(boundedRun.answers, 401)).toBeGreaterThan(0);
    // The body budget plus room for what the runtime does with each connection (and garbage not yet collected);
    // well below what the clients send, and what an unbounded receiver holds.
    expect(boundedRun.growth).toBeLessThan(budget + 48 * 1_048_576);
    expect(boundedRun.growth).toBeLessThan(unboundedRun.growth * 0.6);
    await metricsOf(bounded.url);
  }, 90_000);

  it("one address gets 429 with Retry-After beyond its requests in flight, while another address is served", async () => {
    const receiver = await start({ KYC_MAX_CLIENT_REQUESTS: "3", KYC_MAX_CLIENT_BUFFERED_BYTES: "1048576", KYC_MAX_BODY_BYTES: "65536" });
    const port = Number(new URL(receiver.url).port);
    // Ten slow bodies from one address: three are read (and refused for their signature), the rest refused at once.
    const slow = Array.from({ length: 10 }, () => rawRequest(port, head("/webhooks/shufti", 50_000, { "Content-Type": "application/json", Signature: "0".repeat(64), "X-Forwarded-For": "198.51.100.7" }), 50_000, 5_000, 100));
    await sleep(200);
    const { body, headers } = signedShufti(`other-address-${backend.name}-${Date.now()}`);
    const other = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { ...headers, "x-forwarded-for": "203.0.113.20" }, body: new Uint8Array(body) });
    expect(other.status).toBe(200);
    const answers = await Promise.all(slow);
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array.from({ length: 3 }, () => 401), ...Array.from({ length: 7 }, () => 429)]);
    for (const answer of answers.filter((one) => one.status === 429)) {
      expect(answer.head).toMatch(/retry-after: \d+/i);
      expect(answer.closedAfterAnswerMs).toBeLessThan(closedWithinMs);
    }
  }, 30_000);

  it("connections beyond KYC_MAX_CONNECTIONS are closed as soon as they are accepted; the receiver serves again once they go", async () => {
    const receiver = await start({ KYC_MAX_CONNECTIONS: "20" });
    const port = Number(new URL(receiver.url).port);
    const sockets = Array.from({ length: 40 }, () => connect(port, "127.0.0.1"));
    const closed = new Set<Socket>();
    for (const socket of sockets) {
      socket.on("error", () => undefined);
      socket.on("close", () => closed.add(socket));
    }
    await sleep(500);
    const held = sockets.length - closed.size;
    for (const socket of sockets) socket.destroy();
    expect(held).toBe(20);
    await sleep(100);
    const { body, headers } = signedShufti(`after-connections-${backend.name}-${Date.now()}`);
    expect((await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers, body: new Uint8Array(body) })).status).toBe(200);
    const stored = await storedEvents(receiver.url, "provider=shufti");
    expect(stored.some((event) => event.reference?.startsWith("after-connections-"))).toBe(true);
  }, 30_000);

  it("connections lingering after refusals do not count against KYC_MAX_CONNECTIONS: a burst of refusals does not shut out the next client", async () => {
    const receiver = await start({ KYC_MAX_CONNECTIONS: "20" });
    // Each refusal's connection stays half-open about a second after its answer (so that a client still sending reads it).
    const refused: number[] = [];
    for (let index = 0; index < 40; index++) {
      const { body, headers } = signedShufti(`refused-${index}`);
      const response = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { ...headers, signature: "0".repeat(64) }, body: new Uint8Array(body) });
      await response.arrayBuffer();
      refused.push(response.status);
    }
    expect(refused).toEqual(refused.map(() => 401));
    const { body, headers } = signedShufti(`after-refusals-${backend.name}-${Date.now()}`);
    expect((await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers, body: new Uint8Array(body) })).status).toBe(200);
  }, 30_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    for (const receiver of running.splice(0)) await receiver.stop();
    expect(leakedPersonalValues()).toEqual([]);
  });
});
