/**
 * The HTTP layer, measured (`pnpm bench`): the same web-standard handler behind node:http with the
 * receiver's small adapter (the baseline) and behind Fastify 5 (body read as a Buffer, then the same
 * Request/Response conversion), side by side. Each bench iteration is one bounded autocannon run (a
 * fixed number of POSTs over 10 connections, generated in a child process); vitest prints the ratios.
 * The store is in-memory SQLite so that the HTTP layer, not the disk, is what differs. A second group
 * measures the layers alone (GET /healthz, no body, no database); a last one adds the real thing, a
 * SQLite file with synchronous=FULL, for scale. KYC_BENCH_REQUESTS and KYC_BENCH_ITERATIONS bound the runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fork } from "node:child_process";
import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { getFixture } from "@kyc-webhooks/netki/fixtures";
import { bench, describe } from "vitest";
import { createHandler } from "../src/handler.js";
import type { WebhookHandler } from "../src/handler.js";
import { createServer } from "../src/server.js";
import { createStore } from "../src/storage/index.js";
import type { Store } from "../src/storage/types.js";

const amount = Number(process.env.KYC_BENCH_REQUESTS ?? 3000);
const connections = 10;
const fixture = getFixture("transaction.completed");
// A field added in front makes each request a new event (the eventId is a hash of the content).
const template = fixture.text.replace(/^\{/, '{"bench": "__N__",');
const headers = { "content-type": "application/json" };

interface Load {
  requests: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function load(url: string, kind: "callback" | "healthz"): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL("./autocannon-run.mjs", import.meta.url), { stdio: "ignore" });
    child.once("message", (message) => {
      const result = message as Load;
      if (result.non2xx > 0 || result.errors > 0) reject(new Error(`bench run had ${result.non2xx} non-2xx answers and ${result.errors} errors`));
      else resolve(result);
    });
    child.once("error", reject);
    child.send(
      kind === "callback"
        ? { url: `${url}/webhooks/netki`, amount, connections, method: "POST", headers, body: template }
        : { url: `${url}/healthz`, amount: amount * 3, connections, method: "GET", headers: {} },
    );
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function makeHandler(store: Store): WebhookHandler {
  return createHandler({ store, providers: { netki: { scheme: "noauth", expectedStatus: 200 } } });
}

async function fastifyServer(handler: WebhookHandler): Promise<{ app: FastifyInstance; url: string }> {
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.all("/*", async (request, reply) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const body = request.body instanceof Buffer ? new Uint8Array(request.body) : undefined;
    const response = await handler(new Request(`http://localhost${request.url}`, { method: request.method, headers, ...(body ? { body } : {}) }), {
      remoteAddress: request.socket.remoteAddress,
    });
    reply.code(response.status);
    response.headers.forEach((value, name) => void reply.header(name, value));
    return reply.send(Buffer.from(await response.arrayBuffer()));
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

/** A server started on first use (the warm-up run absorbs its start), closed after its measured runs. */
interface Target {
  readonly name: string;
  url(): Promise<string>;
  close(): Promise<void>;
  readonly runs: Load[];
}

function target(name: string, start: () => Promise<{ url: string; close: () => Promise<void> }>): Target {
  let started: Promise<{ url: string; close: () => Promise<void> }> | undefined;
  return {
    name,
    runs: [],
    url: async () => (await (started ??= start())).url,
    close: async () => {
      if (started) await (await started).close();
    },
  };
}

function nodeTarget(name: string, databaseUrl: string, cleanup: () => void = () => undefined): Target {
  return target(name, async () => {
    const store = await createStore({ databaseUrl });
    const server = createServer(makeHandler(store));
    const url = await listen(server);
    return {
      url,
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await store.close();
        cleanup();
      },
    };
  });
}

function fastifyTarget(name: string): Target {
  return target(name, async () => {
    const store = await createStore({ databaseUrl: "sqlite::memory:" });
    const fastify = await fastifyServer(makeHandler(store));
    return {
      url: fastify.url,
      close: async () => {
        await fastify.app.close();
        await store.close();
      },
    };
  });
}

function report(entry: Target): void {
  const runs = entry.runs;
  if (runs.length === 0) return;
  const average = (pick: (run: Load) => number) => Math.round(runs.reduce((sum, run) => sum + pick(run), 0) / runs.length);
  process.stdout.write(`  ${entry.name}: ${average((run) => run.requests)} req/s, latency p50 ${average((run) => run.p50)} ms, p99 ${average((run) => run.p99)} ms (mean of ${runs.length} runs of ${runs[0]?.total ?? amount} requests)\n`);
}

/** One bench per target: each iteration is one autocannon run; the target is closed after the measured runs. */
function benchTarget(entry: Target, iterations: number, kind: "callback" | "healthz" = "callback"): void {
  let measuring = false;
  bench(
    entry.name,
    async () => {
      const result = await load(await entry.url(), kind);
      if (measuring) entry.runs.push(result);
    },
    {
      iterations,
      warmupIterations: 1,
      time: 0,
      warmupTime: 0,
      setup: (_task, mode) => {
        measuring = mode === "run";
      },
      teardown: async (_task, mode) => {
        if (mode !== "run") return;
        report(entry);
        await entry.close();
      },
    },
  );
}

const iterations = Number(process.env.KYC_BENCH_ITERATIONS ?? 5);

describe(`HTTP layer: ${amount} Netki callbacks (${fixture.body.byteLength} bytes) per run, ${connections} connections, in-memory SQLite`, () => {
  benchTarget(nodeTarget("node:http + adapter (baseline)", "sqlite::memory:"), iterations);
  benchTarget(fastifyTarget("fastify 5 + adapter"), iterations);
});

describe(`the layer alone: GET /healthz, ${amount * 3} requests per run, ${connections} connections`, () => {
  benchTarget(nodeTarget("node:http + adapter (baseline), /healthz", "sqlite::memory:"), iterations, "healthz");
  benchTarget(fastifyTarget("fastify 5 + adapter, /healthz"), iterations, "healthz");
});

describe("for scale: node:http on a SQLite file (WAL, synchronous=FULL)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kyc-bench-"));
  benchTarget(nodeTarget("node:http + adapter, SQLite file", `sqlite:${join(dir, "bench.db")}`, () => rmSync(dir, { recursive: true, force: true })), Math.min(iterations, 2));
});
