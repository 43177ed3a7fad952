/**
 * The HTTP layer, measured (`pnpm bench`): the receiver's real callback path (POST /webhooks/netki: content
 * type, body read with the size limit, normalize, store, acknowledge, the same route handler) behind the two
 * frameworks issue 13 weighed, side by side: Hono 4 on node:http through @hono/node-server (what the receiver
 * runs: its web-standard handler), and Fastify 5 (a native Fastify route, body read by Fastify as a Buffer,
 * calling the same route handler). Each iteration runs one bounded autocannon load (a fixed number of POSTs
 * over 10 connections, generated in a child process) against each target in turn, so that a machine whose
 * load changes during the run shifts both alike; the ratio to the first target is printed. The store is
 * in-memory SQLite so that the HTTP layer, not the disk, is what differs. A second group measures the layers
 * alone (GET /healthz); a last one adds the real thing, a SQLite file with synchronous=FULL, for scale.
 * KYC_BENCH_REQUESTS and KYC_BENCH_ITERATIONS bound the runs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { getFixture } from "@kyc-webhooks/netki/fixtures";
import { bench, describe } from "vitest";
import { createHandler, defaultAuthFailures, defaultBodyBudget } from "../src/handler.js";
import { BodyBudget, FailureThrottle } from "../src/http/client-limits.js";
import type { WebhookHandler } from "../src/handler.js";
import { silentLogger } from "../src/log.js";
import { ReceiverMetrics } from "../src/metrics.js";
import { callbackHandlers } from "../src/routes/callbacks.js";
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

const providers = { netki: { scheme: "noauth" as const, expectedStatus: 200 } };

function makeHandler(store: Store): WebhookHandler {
  return createHandler({ store, providers });
}

/** Fastify 5 with a native route for the callback (the same route handler) and one for /healthz. */
async function fastifyServer(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  const metrics = new ReceiverMetrics();
  const deps = { store, providers, logger: silentLogger, metrics, maxBodyBytes: 1_048_576, bodyBudget: new BodyBudget(defaultBodyBudget), failures: new FailureThrottle(defaultAuthFailures), trustedProxies: 0, now: Date.now, outbound: { targets: [] }, isReady: () => true };
  const receiveNetki = callbackHandlers(deps)["receiveNetkiCallback"]!;
  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.post("/webhooks/netki", async (request, reply) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const url = new URL(`http://localhost${request.url}`);
    const body = request.body instanceof Buffer ? new Uint8Array(request.body) : undefined;
    const response = await receiveNetki({
      request: new Request(url, { method: "POST", headers, ...(body ? { body } : {}) }),
      url,
      requestId: request.id,
      started: performance.now(),
      remoteAddress: request.socket.remoteAddress,
      params: {},
      query: undefined,
    });
    reply.code(response.status);
    response.headers.forEach((value, name) => void reply.header(name, value));
    return reply.send(Buffer.from(await response.arrayBuffer()));
  });
  app.get("/healthz", (_request, reply) => reply.header("cache-control", "no-store").send({ status: "ok" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

interface Target {
  readonly name: string;
  start(): Promise<{ url: string; close: () => Promise<void> }>;
}

function honoTarget(name: string, databaseUrl: string, cleanup: () => void = () => undefined): Target {
  return {
    name,
    start: async () => {
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
    },
  };
}

function fastifyTarget(name: string): Target {
  return {
    name,
    start: async () => {
      const store = await createStore({ databaseUrl: "sqlite::memory:" });
      const fastify = await fastifyServer(store);
      return {
        url: fastify.url,
        close: async () => {
          await fastify.app.close();
          await store.close();
        },
      };
    },
  };
}

function report(name: string, runs: readonly Load[], baseline?: readonly Load[]): void {
  if (runs.length === 0) return;
  const mean = (of: readonly Load[], pick: (run: Load) => number) => of.reduce((sum, run) => sum + pick(run), 0) / of.length;
  const ratio = baseline && baseline.length > 0 ? ` = ${(mean(runs, (run) => run.requests) / mean(baseline, (run) => run.requests)).toFixed(2)}x the first` : "";
  process.stdout.write(
    `  ${name}: ${Math.round(mean(runs, (run) => run.requests))} req/s${ratio}, latency p50 ${Math.round(mean(runs, (run) => run.p50))} ms, p99 ${Math.round(mean(runs, (run) => run.p99))} ms (mean of ${runs.length} runs of ${runs[0]?.total ?? amount} requests)\n`,
  );
}

/**
 * One bench whose every iteration loads each target once, in turn (alternating which goes first), so that
 * they are measured side by side under the same machine load; the first target is the ratios' baseline.
 */
function benchSideBySide(name: string, targets: readonly Target[], iterations: number, kind: "callback" | "healthz" = "callback"): void {
  let started: { url: string; close: () => Promise<void> }[] = [];
  const runs = targets.map(() => [] as Load[]);
  let measuring = false;
  let round = 0;
  bench(
    name,
    async () => {
      if (started.length === 0) started = await Promise.all(targets.map((target) => target.start()));
      const order = targets.map((_, index) => index);
      if (round++ % 2 === 1) order.reverse();
      for (const index of order) {
        const result = await load(started[index]!.url, kind);
        if (measuring) runs[index]!.push(result);
      }
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
        targets.forEach((target, index) => report(target.name, runs[index]!, index === 0 ? undefined : runs[0]));
        await Promise.all(started.map((server) => server.close()));
        started = [];
      },
    },
  );
}

const iterations = Number(process.env.KYC_BENCH_ITERATIONS ?? 5);

describe(`HTTP layer: ${amount} Netki callbacks (${fixture.body.byteLength} bytes) per run, ${connections} connections, in-memory SQLite`, () => {
  benchSideBySide("hono 4 (@hono/node-server) vs fastify 5, callbacks", [honoTarget("hono 4 + @hono/node-server (the receiver)", "sqlite::memory:"), fastifyTarget("fastify 5, native route")], iterations);
});

describe(`the layer alone: GET /healthz, ${amount * 3} requests per run, ${connections} connections`, () => {
  benchSideBySide("hono 4 vs fastify 5, /healthz", [honoTarget("hono 4 + @hono/node-server (the receiver), /healthz", "sqlite::memory:"), fastifyTarget("fastify 5, native route, /healthz")], iterations, "healthz");
});

describe("for scale: the receiver on a SQLite file (WAL, synchronous=FULL)", () => {
  const dir = mkdtempSync(join(tmpdir(), "kyc-bench-"));
  benchSideBySide("receiver, SQLite file", [honoTarget("hono 4 + @hono/node-server, SQLite file", `sqlite:${join(dir, "bench.db")}`, () => rmSync(dir, { recursive: true, force: true }))], Math.min(iterations, 2));
});
