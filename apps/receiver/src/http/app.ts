import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { performance } from "node:perf_hooks";
import { Hono } from "hono";
import type { Context } from "hono";
import { constantTimeEqual, getHeader, parseBearerAuthorization } from "@kyc-webhooks/core";
import { providerNames } from "@kyc-webhooks/normalized";
import { requestIdSchema } from "@kyc-webhooks/receiver-api";
import type { ReceiverRoute } from "@kyc-webhooks/receiver-api";
import type { z } from "zod";
import { errorFields } from "../log.js";
import { requestHeader } from "./request-headers.js";
import type { Logger } from "../log.js";
import { apiError } from "./answers.js";
import type { FailureThrottle } from "./client-limits.js";

/*
 * The router, built from the route table (@kyc-webhooks/receiver-api): each declared route becomes a Hono
 * route bound to its handler by operationId; what the declaration says is checked before the handler runs
 * (the admin token for routes whose security is `adminToken`, the percent-encoding of path parameters, the
 * query against the route's query schema). Around it: a request id per request, 405 with Allow for a known
 * path and another method, 404 for anything else, 500 (logged) for a handler that throws.
 */

/** What the hosting server passes: the peer address, or (under @hono/node-server) Node's request. */
export interface AppBindings {
  readonly remoteAddress?: string | undefined;
  readonly incoming?: IncomingMessage;
}

export type AppEnv = { Bindings: AppBindings; Variables: { requestId: string; started: number } };

/** What a route's handler gets: the request, its id, and what the declaration checked and decoded. */
export interface RouteRequest {
  readonly request: Request;
  readonly url: URL;
  readonly requestId: string;
  /** performance.now() when the request arrived. */
  readonly started: number;
  readonly remoteAddress: string | undefined;
  /** Node's request, under the Node server: its body is read from it directly (see readBody). */
  readonly incoming?: IncomingMessage | undefined;
  /** The path parameters, percent-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The query as the route's query schema gives it (undefined when the route has none). */
  readonly query: unknown;
}

export type RouteHandler = (request: RouteRequest) => Promise<Response> | Response;

export interface AppOptions {
  readonly routes: readonly ReceiverRoute[];
  /** One handler per route, by operationId. */
  readonly handlers: Readonly<Record<string, RouteHandler>>;
  /** The admin token; without it, routes behind `adminToken` answer 403. */
  readonly adminToken?: string | undefined;
  /** A path prefix the app is mounted under, e.g. `/kyc`. */
  readonly basePath?: string;
  readonly logger: Logger;
  /** Failed admin tokens per client address: an address that failed too often gets 429 before its token is checked. */
  readonly failures?: FailureThrottle;
  /** The client address of a request (after trusted-proxy resolution); default: the peer address. */
  readonly clientAddress?: (request: Request, remoteAddress: string | undefined) => string | undefined;
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** A query string, one value per parameter (lists are comma-separated), checked by the route's schema. */
export function parseQuery(schema: z.ZodType<unknown, Record<string, string>>, params: URLSearchParams): Parsed {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return { ok: false, message: `Query parameter ${key} is repeated; use a comma-separated list` };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid query" };
  return { ok: true, value: parsed.data };
}

const toHonoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ":$1");

/** The raw (still percent-encoded) path parameters of a matched path, by the route's template. */
function rawParameters(template: string, path: string): Record<string, string> {
  const names = template.split("/");
  const values = path.replace(/\/+$/, "").split("/");
  const out: Record<string, string> = {};
  names.forEach((segment, index) => {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name !== undefined) out[name] = values[index] ?? "";
  });
  return out;
}

export function buildApp(options: AppOptions): Hono<AppEnv> {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const root = new Hono<AppEnv>({ strict: false });
  const app = basePath === "" ? root : root.basePath(basePath);
  const logger = options.logger;

  root.use(async (c, next) => {
    // Most callbacks carry no X-Request-Id: only a given one is checked (a failed parse is not free).
    const incoming = c.env?.incoming;
    const header = incoming ? requestHeader(incoming, "x-request-id") : c.req.header("x-request-id");
    const given = header === undefined ? undefined : requestIdSchema.safeParse(header);
    c.set("requestId", given?.success ? given.data : randomUUID());
    c.set("started", performance.now());
    await next();
  });

  const remoteOf = (c: Context<AppEnv>) => c.env?.remoteAddress ?? c.env?.incoming?.socket.remoteAddress;
  const adminRefusal = (c: Context<AppEnv>): Response | undefined => {
    const requestId = c.get("requestId");
    if (!options.adminToken) return apiError(403, "events_api_disabled", "The events API is disabled: set KYC_ADMIN_TOKEN", requestId);
    const client = options.clientAddress ? options.clientAddress(c.req.raw, remoteOf(c)) : remoteOf(c);
    const wait = options.failures?.retryAfter(client);
    if (wait !== undefined) return apiError(429, "too_many_failures", "Too many failed authentication attempts from this address; try again later", requestId, { "retry-after": String(wait) });
    const token = parseBearerAuthorization(getHeader(c.req.raw.headers, "authorization"));
    if (!constantTimeEqual(token ?? "", options.adminToken) || token === undefined) {
      options.failures?.failed(client);
      return apiError(401, "unauthenticated", "The events API needs Authorization: Bearer <KYC_ADMIN_TOKEN>", requestId, { "www-authenticate": 'Bearer realm="kyc-webhooks"' });
    }
    return undefined;
  };

  const methods = new Map<string, string[]>();
  for (const route of options.routes) {
    const handler = options.handlers[route.operationId];
    if (!handler) throw new Error(`The route table declares ${route.method.toUpperCase()} ${route.path} (${route.operationId}), which has no handler`);
    methods.set(route.path, [...(methods.get(route.path) ?? []), route.method.toUpperCase()]);
    const admin = route.security.includes("adminToken");
    const pathParameters = Object.keys(route.pathParameters ?? {});
    app.on(route.method.toUpperCase(), toHonoPath(route.path), async (c) => {
      const requestId = c.get("requestId");
      if (admin) {
        const refused = adminRefusal(c);
        if (refused) return refused;
      }
      // Parsed when a route reads it (its parameters, its query, its handler), not for every callback.
      let parsedUrl: URL | undefined;
      const urlOf = (): URL => (parsedUrl ??= new URL(c.req.url));
      const params: Record<string, string> = {};
      if (pathParameters.length > 0) {
        const raw = rawParameters(route.path, urlOf().pathname.slice(basePath.length));
        for (const name of pathParameters) {
          try {
            params[name] = decodeURIComponent(raw[name] ?? "");
          } catch {
            return apiError(400, "bad_request", `Malformed ${name}: not valid percent-encoding`, requestId);
          }
          // No stored id, eventId or reference holds a NUL (PostgreSQL text cannot): refused here, not a 500 from the database.
          if (params[name]?.includes("\u0000")) return apiError(400, "bad_request", `Malformed ${name}: contains a NUL character`, requestId);
        }
      }
      let query: unknown;
      if (route.query) {
        const parsed = parseQuery(route.query, urlOf().searchParams);
        if (!parsed.ok) return apiError(400, "invalid_query", parsed.message, requestId);
        query = parsed.value;
      }
      const remoteAddress = remoteOf(c);
      return handler({
        request: c.req.raw,
        get url() {
          return urlOf();
        },
        requestId,
        started: c.get("started"),
        remoteAddress,
        incoming: c.env?.incoming,
        params,
        query,
      });
    });
  }
  // A known path with another method: 405 and the methods it takes.
  for (const [path, allowed] of methods) {
    const allow = allowed.join(", ");
    app.all(toHonoPath(path), (c) => apiError(405, "method_not_allowed", `Use ${allow}`, c.get("requestId"), { allow }));
  }
  app.all("/webhooks/:provider", (c) => apiError(404, "not_found", `Unknown provider; callbacks go to /webhooks/{${providerNames.join(",")}}`, c.get("requestId")));

  root.notFound((c) => apiError(404, "not_found", "No such endpoint", c.get("requestId") ?? randomUUID()));
  root.onError((error, c) => {
    const requestId = c.get("requestId") ?? randomUUID();
    logger.error("request failed", { requestId, path: c.req.path.slice(0, 100), ...errorFields(error) });
    return apiError(500, "internal_error", "The request failed; see the receiver's log for this requestId", requestId);
  });
  return root;
}
