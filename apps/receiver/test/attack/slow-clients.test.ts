import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuthorization } from "@kyc-webhooks/core";
import { backends } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { secrets } from "../helpers/harness.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { leakedPersonalValues, median, metricsOf, signedShufti, sleep, startReceiver, storedEvents } from "./support.js";

/*
 * Slow clients: connections that send their headers and then a byte a second, or part of a body and then
 * nothing, are cut off by the receiver's timeouts; meanwhile other clients are served at their normal latency,
 * measured before and during the attack in the same run.
 */

const headersTimeoutMs = 1_000;
const requestTimeoutMs = 2_000;
const slowClients = 20;

interface Cut {
  readonly ms: number;
  readonly answer: string;
}

/** Opens a raw connection, sends `head`, then `drip` one byte a second (or nothing); resolves when the receiver closes it. */
function slowClient(port: number, head: string, drip: boolean): Promise<Cut> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = "";
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(head);
      if (drip) timer = setInterval(() => socket.write("a"), 1_000);
    });
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ ms: Date.now() - started, answer });
    });
    socket.on("error", () => undefined);
    setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error("a slow client was not cut off within 15 s"));
    }, 15_000);
  });
}

/** Latencies (ms) of `count` signed callbacks sent one after the other. */
async function latencies(url: string, count: number, tag: string): Promise<{ ms: number[]; statuses: number[] }> {
  const ms: number[] = [];
  const statuses: number[] = [];
  for (let index = 0; index < count; index++) {
    const { body, headers } = signedShufti(`${tag}-${index}`);
    const started = performance.now();
    const response = await fetch(`${url}/webhooks/shufti`, { method: "POST", headers, body: new Uint8Array(body) });
    await response.arrayBuffer();
    ms.push(performance.now() - started);
    statuses.push(response.status);
  }
  return { ms, statuses };
}

describe.each(backends)("slow clients on $name", (backend) => {
  let database: BackendDatabase;
  let receiver: ReceiverProcess;

  beforeAll(async () => {
    await bundleReceiver();
    database = await backend.create();
    receiver = await startReceiver(database, { KYC_HEADERS_TIMEOUT_MS: String(headersTimeoutMs), KYC_REQUEST_TIMEOUT_MS: String(requestTimeoutMs) });
  }, 60_000);

  afterAll(async () => {
    await receiver?.stop();
    await database?.cleanup();
  });

  it(`${slowClients} byte-a-second and ${slowClients} never-finishing clients are cut off, while others are served at their normal latency`, async () => {
    const port = Number(new URL(receiver.url).port);
    const tag = `slow-${backend.name}-${Date.now()}`;
    // Warm up, then the normal latency, without attackers.
    await latencies(receiver.url, 5, `${tag}-warm`);
    const quiet = await latencies(receiver.url, 30, `${tag}-quiet`);
    const auth = basicAuthorization(secrets.netki);
    const attack = [
      // Headers complete, then a byte a second of a 1,000-byte body.
      ...Array.from({ length: slowClients }, () => slowClient(port, `POST /webhooks/netki HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nAuthorization: ${auth}\r\nContent-Length: 1000\r\n\r\n{`, true)),
      // Part of a body, then nothing.
      ...Array.from({ length: slowClients }, () => slowClient(port, `POST /webhooks/shufti HTTP/1.1\r\nHost: receiver\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"reference":`, false)),
      // Headers a byte a second (never complete).
      ...Array.from({ length: slowClients }, () => slowClient(port, "POST /webhooks/netki HTTP/1.1\r\nHost: receiver\r\nX-Slow: ", true)),
    ];
    await sleep(200);
    const during = await latencies(receiver.url, 30, `${tag}-during`);
    const cuts = await Promise.all(attack);
    const quietMedian = median(quiet.ms);
    const duringMedian = median(during.ms);
    console.info(`slow clients on ${backend.name}: median latency ${quietMedian.toFixed(1)} ms alone, ${duringMedian.toFixed(1)} ms with ${attack.length} slow clients; cut off after ${Math.min(...cuts.map((cut) => cut.ms))}-${Math.max(...cuts.map((cut) => cut.ms))} ms`);
    expect([...quiet.statuses, ...during.statuses].every((status) => status === 200)).toBe(true);
    // Served at their normal latency: within a factor of three of the quiet median, or 50 ms (a loaded machine's noise).
    expect(duringMedian).toBeLessThan(Math.max(quietMedian * 3, quietMedian + 50));
    // Cut off by the request timeout (checked every quarter of the headers timeout), not left open.
    for (const cut of cuts) {
      expect(cut.ms).toBeLessThan(requestTimeoutMs + 3_000);
      expect(cut.answer).not.toMatch(/^HTTP\/1\.1 2/);
    }
    // Nothing of theirs was stored.
    const references = new Set((await storedEvents(receiver.url)).map((event) => event.reference));
    expect(references.has(null)).toBe(false);
    await metricsOf(receiver.url);
  }, 60_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    await receiver.stop();
    expect(leakedPersonalValues()).toEqual([]);
  });
});
