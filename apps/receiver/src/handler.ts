import { createHash, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { constantTimeEqual, getHeader, mediaType, parseBearerAuthorization, resolveClientIp } from "@kyc-webhooks/core";
import type { Issue } from "@kyc-webhooks/core";
import { normalizeRaw, providerNames, rawEventId } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { respondToTokenRequest } from "@kyc-webhooks/ondato";
import { callbackContentTypes } from "./api/content-types.js";
import { rawParameterSchema, requestIdSchema } from "./api/schemas.js";
import type { ApiError, CallbackAck } from "./api/schemas.js";
import { createAuthenticators, enableHints, headersForStorage, tokenHash } from "./auth.js";
import type { ProviderAuthenticator } from "./auth.js";
import type { ProvidersConfig } from "./config.js";
import { parseEventQuery } from "./events-query.js";
import { answerVerifications } from "./routes/verifications.js";
import { answerPurge, answerRekey } from "./routes/personal-data.js";
import { providerDeletion } from "./privacy/provider-deletion.js";
import { errorFields, silentLogger } from "./log.js";
import type { Logger } from "./log.js";
import { ReceiverMetrics } from "./metrics.js";
import type { RefusalReason } from "./metrics.js";
import type { Store } from "./storage/types.js";
import { createDeliveriesApi } from "./deliveries-api.js";
import type { DeliveryTarget } from "./fanout/endpoints.js";

/*
 * The receiver's core: a web-standard handler, `(Request) => Promise<Response>`, that a team can mount in
 * any server (Node, Express, Fastify, a serverless function). The Node server in server.ts adapts it.
 *
 *   POST /webhooks/{jumio,shufti,ondato,netki}  authenticate, limit, decode, validate, normalize, store, ack
 *   POST /webhooks/ondato/token                 the OAuth2 client-credentials token endpoint Ondato calls
 *   GET  /events, /events/{id}                  the stored events (Bearer admin token)
 *   GET  /verifications, /verifications/{provider}/{reference}   the current state per verification (same token)
 *   POST /verifications/{provider}/{reference}/purge, /maintenance/rekey   personal data (same token)
 *   GET  /healthz, /readyz, /metrics
 *
 * api/routes.ts describes these routes for the OpenAPI document, and api/schemas.ts the bodies they answer.
 */

export interface HandlerOptions {
  readonly store: Store;
  readonly providers: ProvidersConfig;
  /** Bearer token for the events API; without it the events API answers 403. */
  readonly adminToken?: string;
  readonly logger?: Logger;
  readonly metrics?: ReceiverMetrics;
  /** Largest accepted body in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** X-Forwarded-For hops to believe (see core's resolveClientIp); default 0: the header is ignored. */
  readonly trustedProxies?: number | readonly string[];
  /** A path prefix the handler is mounted under, e.g. `/kyc` (default: none). */
  readonly basePath?: string;
  /** The clock (epoch ms), for tests. */
  readonly now?: () => number;
  /** Fan-out targets, for POST /events/{id}/redeliver; and who to wake after a retry or redeliver. */
  readonly outbound?: { readonly targets: readonly DeliveryTarget[]; readonly onQueued?: () => void };
}

/** What the hosting server knows that a `Request` does not carry. */
export interface RequestContext {
  /** The peer address of the connection (e.g. Node's `req.socket.remoteAddress`). */
  readonly remoteAddress?: string | undefined;
}

export interface WebhookHandler {
  (request: Request, context?: RequestContext): Promise<Response>;
  readonly metrics: ReceiverMetrics;
  /** Enabled providers and how each authenticates (for the start-up log). */
  readonly providerStatus: readonly { readonly provider: ProviderName; readonly enabled: boolean; readonly how: string }[];
  /** Makes /readyz answer 503 (used while shutting down). */
  setReady(ready: boolean): void;
}

const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } as const;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204 || status === 205 || status === 304) return new Response(null, { status, headers: { "cache-control": "no-store", ...headers } });
  return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } });
}

function apiError(status: number, error: string, message: string, requestId: string, headers: Record<string, string> = {}): Response {
  const body: ApiError = { error, message, requestId };
  return json(status, body, { "x-request-id": requestId, ...headers });
}

type BodyResult = { readonly ok: true; readonly body: Uint8Array } | { readonly ok: false; readonly reason: "too_large" | "aborted" };

/** Reads the body, stopping (and cancelling the stream) as soon as it passes `max` bytes. */
async function readBody(request: Request, max: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > max) return { ok: false, reason: "too_large" };
  if (request.body === null) return { ok: true, body: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away, or the server's request timeout cut it off, before the body was complete.
      return { ok: false, reason: "aborted" };
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return { ok: true, body: chunks[0] };
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}

/** Issue codes and paths for the log: never the values (Issue messages never quote values either, but paths are enough). */
function issueSummary(issues: readonly Issue[]): string[] {
  return issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(body)"}:${issue.code}`);
}

export function createHandler(options: HandlerOptions): WebhookHandler {
  const store = options.store;
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new ReceiverMetrics();
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;
  const trustedProxies = options.trustedProxies ?? 0;
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const now = options.now ?? Date.now;
  const authenticators = createAuthenticators(options.providers, store);
  const deliveriesApi = createDeliveriesApi({ outbox: store.outbox, targets: options.outbound?.targets ?? [], now, ...(options.outbound?.onQueued ? { onQueued: options.outbound.onQueued } : {}) });
  let ready = true;

  const providerStatus = providerNames.map((provider) => {
    const authenticator: ProviderAuthenticator | undefined = authenticators[provider];
    return authenticator
      ? { provider, enabled: true, how: authenticator.description }
      : { provider, enabled: false, how: `disabled: ${enableHints[provider]}` };
  });

  async function handleCallback(provider: ProviderName, request: Request, context: RequestContext, requestId: string, started: number): Promise<Response> {
    const log = logger.child({ requestId, provider });
    metrics.received.inc({ provider });
    const refuse = (status: number, reason: RefusalReason, message: string, headers: Record<string, string> = {}) => {
      metrics.refused.inc({ provider, reason });
      const latencyMs = performance.now() - started;
      metrics.latency.observe({ provider, outcome: "refused" }, latencyMs / 1000);
      log.warn("callback refused", { outcome: "refused", reason, status, latencyMs: Math.round(latencyMs * 10) / 10 });
      return apiError(status, reason, message, requestId, headers);
    };

    const authenticator = authenticators[provider];
    if (!authenticator) {
      return refuse(403, "provider_disabled", `${provider} callbacks are not enabled on this receiver: ${enableHints[provider]}`);
    }
    const clientIp = resolveClientIp({ remoteAddress: context.remoteAddress, forwardedFor: request.headers.get("x-forwarded-for"), trustedProxies });
    const headers = request.headers;

    let method = "none";
    if (!authenticator.needsBody) {
      const verdict = await authenticator.authenticate({ headers, clientIp });
      if (!verdict.ok) return refuse(verdict.status, verdict.code, verdict.message, verdict.challenge ? { "www-authenticate": verdict.challenge } : {});
      method = verdict.method;
    }
    const contentType = headers.get("content-type") ?? undefined;
    const media = mediaType(contentType);
    if (media === undefined || !callbackContentTypes[provider].includes(media)) {
      return refuse(415, "unsupported_media_type", `${provider} callbacks are sent as ${callbackContentTypes[provider].join(" or ")}; got ${media ?? "no Content-Type"}`);
    }
    const read = await readBody(request, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === "aborted") return refuse(408, "incomplete_body", "The request body was not received completely");
      return refuse(413, "payload_too_large", `The body is larger than ${maxBodyBytes} bytes`);
    }
    const body = read.body;
    if (authenticator.needsBody) {
      const verdict = await authenticator.authenticate({ headers, clientIp, body });
      if (!verdict.ok) return refuse(verdict.status, verdict.code, verdict.message, verdict.challenge ? { "www-authenticate": verdict.challenge } : {});
      method = verdict.method;
    }

    // Authenticated: from here on the callback is stored, valid or not.
    // Tolerant: a callback that breaks a documented rule or carries a value nobody has listed yet is still
    // an event (its warnings are stored with it), so a provider's new value never stops decisions in quarantine.
    const result = normalizeRaw(body, { provider, contentType, strictness: "tolerant" });
    const eventId = result.ok ? result.event.eventId : (result.eventId ?? rawEventId(provider, body));
    const kind = result.kind;
    const quarantined = !result.ok;
    const bodySha256 = createHash("sha256").update(body).digest("hex");
    let outcome;
    try {
      outcome = await store.recordDelivery({
        requestId,
        provider,
        kind,
        eventId,
        receivedAt: now(),
        sourceIp: clientIp,
        headers: headersForStorage(headers),
        contentType,
        body,
        bodySha256,
        quarantined,
        issues: result.ok ? result.warnings : result.issues,
        ...(result.ok ? { normalized: result.event } : { decoded: result.decoded }),
      });
    } catch (error) {
      // Not stored: answer 503 so that the provider delivers it again.
      log.error("callback not stored", { kind: kind ?? null, eventId, ...errorFields(error) });
      return refuse(503, "storage_error", "The callback could not be stored; deliver it again later");
    }

    // Purge on the provider's word (a deletion event): after the commit, before the answer, so that a failed
    // purge is answered 503 and the provider's redelivery purges again.
    const deletion = providerDeletion(provider, result.ok ? result.event : undefined, outcome, now());
    if (deletion) {
      try {
        const purged = await store.purgeVerification(deletion);
        log.info("personal data purged", { reason: "provider", eventId: outcome.eventId, purgedEvents: purged.purgedEvents, cancelledDeliveries: purged.cancelledDeliveries });
      } catch (error) {
        log.error("purge failed", { eventId: outcome.eventId, ...errorFields(error) });
        return refuse(503, "storage_error", "The deletion event is stored but the purge it asks for failed; deliver it again later");
      }
    }

    if (outcome.duplicate) metrics.duplicates.inc({ provider });
    else {
      metrics.stored.inc({ provider });
      if (outcome.quarantined) metrics.quarantined.inc({ provider });
    }
    const state = outcome.duplicate ? "duplicate" : quarantined ? "quarantined" : "stored";
    const latencyMs = performance.now() - started;
    metrics.latency.observe({ provider, outcome: state }, latencyMs / 1000);
    const status = provider === "netki" ? (options.providers.netki?.expectedStatus ?? 200) : 200;
    const fields = {
      outcome: state,
      status,
      kind: kind ?? null,
      eventId: outcome.eventId,
      id: outcome.id,
      ...(outcome.verification ? { verificationOutcome: outcome.verification.outcome } : {}),
      auth: method,
      bytes: body.byteLength,
      latencyMs: Math.round(latencyMs * 10) / 10,
      ...(result.ok ? (result.warnings.length > 0 ? { warnings: issueSummary(result.warnings), warningCount: result.warnings.length } : {}) : { issues: issueSummary(result.issues), issueCount: result.issues.length }),
    };
    if (quarantined && !outcome.duplicate) log.warn("callback quarantined", fields);
    else log.info("callback", fields);
    const ack: CallbackAck = { received: true, id: outcome.id, eventId: outcome.eventId, duplicate: outcome.duplicate, quarantined: outcome.quarantined, requestId };
    return json(status, ack, { "x-request-id": requestId });
  }

  async function handleToken(request: Request, requestId: string): Promise<Response> {
    const oauth2 = options.providers.ondato?.oauth2;
    if (!oauth2) {
      metrics.tokens.inc({ outcome: "disabled" });
      return apiError(404, "not_found", "The Ondato OAuth2 token endpoint is not enabled: set KYC_ONDATO_CLIENT_ID and KYC_ONDATO_CLIENT_SECRET", requestId);
    }
    const read = await readBody(request, 16_384);
    if (!read.ok) return read.reason === "aborted" ? apiError(408, "incomplete_body", "The request body was not received completely", requestId) : apiError(413, "payload_too_large", "The token request is too large", requestId);
    const answer = respondToTokenRequest(read.body, request.headers, { clientId: oauth2.clientId, clientSecret: oauth2.clientSecret, ttlSeconds: oauth2.tokenTtlSeconds });
    if (answer.issued) {
      try {
        await store.saveAccessToken(tokenHash(answer.issued.accessToken), answer.issued.expiresAt);
      } catch (error) {
        logger.error("token not stored", { requestId, provider: "ondato", ...errorFields(error) });
        metrics.tokens.inc({ outcome: "error" });
        return apiError(503, "storage_error", "The token could not be stored", requestId);
      }
      metrics.tokens.inc({ outcome: "issued" });
      logger.info("oauth2 token issued", { requestId, provider: "ondato", expiresInSeconds: oauth2.tokenTtlSeconds });
    } else {
      metrics.tokens.inc({ outcome: "refused" });
      logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: answer.status });
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { ...answer.headers, "x-request-id": requestId } });
  }

  function adminRefusal(request: Request, requestId: string): Response | undefined {
    if (!options.adminToken) {
      return apiError(403, "events_api_disabled", "The events API is disabled: set KYC_ADMIN_TOKEN", requestId);
    }
    const token = parseBearerAuthorization(getHeader(request.headers, "authorization"));
    if (!constantTimeEqual(token ?? "", options.adminToken) || token === undefined) {
      return apiError(401, "unauthenticated", "The events API needs Authorization: Bearer <KYC_ADMIN_TOKEN>", requestId, { "www-authenticate": 'Bearer realm="kyc-webhooks"' });
    }
    return undefined;
  }

  async function handleEvents(request: Request, url: URL, id: string | undefined, requestId: string): Promise<Response> {
    const refused = adminRefusal(request, requestId);
    if (refused) return refused;
    if (id === undefined) {
      const query = parseEventQuery(url.searchParams);
      if (!query.ok) return apiError(400, "invalid_query", query.message, requestId);
      const page = await store.listEvents(query.value);
      return json(200, page, { "x-request-id": requestId });
    }
    const detail = await store.getEvent(id, { includeRawBody: rawParameterSchema.safeParse(url.searchParams.get("raw")).success });
    if (!detail) return apiError(404, "not_found", "No stored event has this id or eventId", requestId);
    return json(200, detail, { "x-request-id": requestId });
  }

  async function route(request: Request, context: RequestContext): Promise<Response> {
    const started = performance.now();
    const given = requestIdSchema.safeParse(request.headers.get("x-request-id"));
    const requestId = given.success ? given.data : randomUUID();
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return apiError(400, "bad_request", "Malformed request URL", requestId);
    }
    let path = url.pathname;
    if (basePath !== "") {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return apiError(404, "not_found", "No such endpoint", requestId);
      path = path.slice(basePath.length) || "/";
    }
    if (path.length > 1) path = path.replace(/\/+$/, "");
    const method = request.method.toUpperCase();
    const allow = (methods: string) => apiError(405, "method_not_allowed", `Use ${methods}`, requestId, { allow: methods });

    try {
      const webhook = /^\/webhooks\/([a-z]+)$/.exec(path);
      if (webhook) {
        const provider = webhook[1] as ProviderName;
        if (!providerNames.includes(provider)) return apiError(404, "not_found", `Unknown provider; callbacks go to /webhooks/{${providerNames.join(",")}}`, requestId);
        if (method !== "POST") return allow("POST");
        return await handleCallback(provider, request, context, requestId, started);
      }
      if (path === "/webhooks/ondato/token") {
        if (method !== "POST") return allow("POST");
        return await handleToken(request, requestId);
      }
      if (path === "/deliveries" || path.startsWith("/deliveries/") || /^\/events\/[^/]+\/redeliver$/.test(path)) {
        const refused = adminRefusal(request, requestId);
        if (refused) return refused;
        const answer = await deliveriesApi(method, path, url.searchParams);
        if (answer === undefined) return apiError(404, "not_found", "No such endpoint", requestId);
        if ("error" in answer) return apiError(answer.status, answer.error, answer.message, requestId, answer.allow ? { allow: answer.allow } : {});
        return json(answer.status, answer.body, { "x-request-id": requestId });
      }
      const events = /^\/events(?:\/([^/]+))?$/.exec(path);
      if (events) {
        if (method !== "GET") return allow("GET");
        let id: string | undefined;
        try {
          id = events[1] === undefined ? undefined : decodeURIComponent(events[1]);
        } catch {
          return apiError(400, "bad_request", "Malformed event id", requestId);
        }
        return await handleEvents(request, url, id, requestId);
      }
      const purge = /^\/verifications\/([^/]+)\/([^/]+)\/purge$/.exec(path);
      if (purge || path === "/maintenance/rekey") {
        if (method !== "POST") return allow("POST");
        const refused = adminRefusal(request, requestId);
        if (refused) return refused;
        let reference: string;
        try {
          reference = purge ? decodeURIComponent(purge[2] as string) : "";
        } catch {
          return apiError(400, "bad_request", "Malformed reference", requestId);
        }
        const answer = purge ? await answerPurge(store, purge[1] as string, reference, now()) : await answerRekey(store);
        if (!answer.ok) return apiError(answer.status, answer.error, answer.message, requestId);
        logger.info(purge ? "personal data purged" : "personal data re-sealed", { requestId, ...("purgedEvents" in answer.body ? { reason: "request", provider: answer.body.provider, purgedEvents: answer.body.purgedEvents } : { keyId: answer.body.keyId, values: answer.body.values }) });
        return json(200, answer.body, { "x-request-id": requestId });
      }
      const verifications = /^\/verifications(?:\/([^/]+)\/([^/]+))?$/.exec(path);
      if (verifications) {
        if (method !== "GET") return allow("GET");
        const refused = adminRefusal(request, requestId);
        if (refused) return refused;
        let one: { provider: string; reference: string } | undefined;
        try {
          one = verifications[1] === undefined || verifications[2] === undefined ? undefined : { provider: verifications[1], reference: decodeURIComponent(verifications[2]) };
        } catch {
          return apiError(400, "bad_request", "Malformed reference", requestId);
        }
        const answer = await answerVerifications(store, url.searchParams, one);
        return answer.ok ? json(200, answer.body, { "x-request-id": requestId }) : apiError(answer.status, answer.error, answer.message, requestId);
      }
      if (path === "/healthz") return method === "GET" ? json(200, { status: "ok" }) : allow("GET");
      if (path === "/readyz") {
        if (method !== "GET") return allow("GET");
        if (!ready) return json(503, { status: "shutting_down" });
        try {
          await store.ping();
          return json(200, { status: "ready", database: store.backend });
        } catch (error) {
          logger.warn("readiness check failed", { requestId, ...errorFields(error) });
          return json(503, { status: "database_unreachable", database: store.backend });
        }
      }
      if (path === "/metrics") {
        if (method !== "GET") return allow("GET");
        return new Response(metrics.render(), { status: 200, headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8", "cache-control": "no-store" } });
      }
      return apiError(404, "not_found", "No such endpoint", requestId);
    } catch (error) {
      logger.error("request failed", { requestId, path: path.slice(0, 100), ...errorFields(error) });
      return apiError(500, "internal_error", "The request failed; see the receiver's log for this requestId", requestId);
    }
  }

  const handler = ((request: Request, context: RequestContext = {}) => route(request, context)) as WebhookHandler;
  Object.defineProperty(handler, "metrics", { value: metrics });
  Object.defineProperty(handler, "providerStatus", { value: providerStatus });
  Object.defineProperty(handler, "setReady", {
    value: (value: boolean) => {
      ready = value;
    },
  });
  return handler;
}
