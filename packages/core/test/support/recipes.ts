import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import express from "express";
import Fastify from "fastify";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { SimulatedDelivery, Webhooks } from "../../src/webhooks.js";

/*
 * The framework recipes of the provider READMEs, run: each starts its framework on loopback, receives simulate()
 * deliveries over real HTTP and answers what verifyAndParse says. The one rule in all four: hand verifyAndParse the
 * raw bytes. A JSON parser re-encodes the body (Shufti's PHP escapes `\/` and `\uXXXX` come back different), and the
 * signature no longer matches; Jumio's form body must not be decoded by a form parser either.
 */


interface Running {
  readonly url: string;
  close(): Promise<void>;
}

/** Express: express.raw() for every content type keeps the bytes as a Buffer; req.socket.remoteAddress is the peer. */
export async function startExpress<M>(webhooks: Webhooks<M>): Promise<Running> {
  const app = express();
  app.post("/webhooks", express.raw({ type: "*/*", limit: "1mb" }), async (req, res) => {
    const result = await webhooks.verifyAndParse({ body: req.body, headers: req.headers, remoteAddress: req.socket.remoteAddress });
    if (!result.ok) {
      res.status(result.status).json({ stage: result.stage, issues: result.issues });
      return;
    }
    res.status(200).json({ kind: result.kind });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Fastify: a content-type parser that keeps every body as a Buffer, for this route's plugin scope. */
export async function startFastify<M>(webhooks: Webhooks<M>): Promise<Running> {
  const app = Fastify();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  app.post("/webhooks", async (request, reply) => {
    const result = await webhooks.verifyAndParse({ body: request.body, headers: request.headers, remoteAddress: request.socket.remoteAddress });
    if (!result.ok) return reply.code(result.status).send({ stage: result.stage, issues: result.issues });
    return reply.code(200).send({ kind: result.kind });
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: address, close: () => app.close() };
}

/** Hono (here on Node through @hono/node-server): c.req.arrayBuffer() is the raw body; the peer address from the Node socket. */
export async function startHono<M>(webhooks: Webhooks<M>): Promise<Running> {
  const app = new Hono<{ Bindings: { incoming: { socket: { remoteAddress?: string } } } }>();
  app.post("/webhooks", async (c) => {
    const result = await webhooks.verifyAndParse({ body: await c.req.arrayBuffer(), headers: c.req.raw.headers, remoteAddress: c.env.incoming.socket.remoteAddress });
    if (!result.ok) return c.json({ stage: result.stage, issues: result.issues }, result.status);
    return c.json({ kind: result.kind }, 200);
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A Next.js App Router route handler (`app/webhooks/route.ts`): `export async function POST(request: Request)`, the
 * web-standard Request, whose `arrayBuffer()` is the raw body. Next gives no socket address to a route handler: behind
 * Vercel or another proxy, pass the address it sets in X-Real-IP, without trustedProxies (Jumio). Served here by Node's
 * http server through the same Request/Response conversion Next performs; apps/recipes-nextjs runs the same recipes
 * in a real Next.js app (next build, next start).
 */
export function nextRouteHandler<M>(webhooks: Webhooks<M>, remoteAddressOf: (request: Request) => string | undefined) {
  return async function POST(request: Request): Promise<Response> {
    const result = await webhooks.verifyAndParse({ body: await request.arrayBuffer(), headers: request.headers, remoteAddress: remoteAddressOf(request) });
    if (!result.ok) return Response.json({ stage: result.stage, issues: result.issues }, { status: result.status });
    return Response.json({ kind: result.kind }, { status: 200 });
  };
}

export async function startNextRouteHandler<M>(webhooks: Webhooks<M>): Promise<Running> {
  // The test's stand-in for the platform: the socket's peer travels in a header only this server sets.
  const POST = nextRouteHandler(webhooks, (request) => request.headers.get("x-test-peer") ?? undefined);
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
      headers.set("x-test-peer", incoming.socket.remoteAddress ?? "");
      const request = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, { method: incoming.method ?? "POST", headers, body: Buffer.concat(chunks) });
      void POST(request).then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function post(url: string, delivery: SimulatedDelivery): Promise<Response> {
  return fetch(`${url}/webhooks`, { method: delivery.method, headers: delivery.headers, body: new Uint8Array(delivery.body) });
}

export interface RecipeSubject<M> {
  readonly provider: string;
  /** With the allowlist of an address-checking provider including 127.0.0.1: the test client's address. */
  readonly webhooks: Webhooks<M>;
  /** A valid fixture name and its kind. */
  readonly fixture: { readonly name: string; readonly kind: string };
  /** Same provider, other credentials (or, for Jumio, an allowlist without the loopback). */
  readonly refusing: Webhooks<M>;
}


export function describeRecipes<M>(subject: RecipeSubject<M>): void {
  describe(`${subject.provider} recipes`, () => {
    const frameworks: Record<string, (webhooks: Webhooks<M>) => Promise<Running>> = {
      Express: startExpress,
      Fastify: startFastify,
      Hono: startHono,
      "a Next.js route handler": startNextRouteHandler,
    };
    for (const [framework, start] of Object.entries(frameworks)) {
      it(`${framework} on loopback accepts a simulated ${subject.fixture.name} byte for byte and refuses what verifyAndParse refuses`, async () => {
        const running = await start(subject.webhooks);
        try {
          const accepted = await post(running.url, subject.webhooks.simulate(subject.fixture.name));
          expect(await accepted.json()).toEqual({ kind: subject.fixture.kind });
          expect(accepted.status).toBe(200);
          const refused = await post(running.url, subject.refusing.simulate(subject.fixture.name));
          expect([401, 403]).toContain(refused.status);
          expect(((await refused.json()) as { stage: string }).stage).toBe("authenticate");
        } finally {
          await running.close();
        }
      });
    }
  });
}
