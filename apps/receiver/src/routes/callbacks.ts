import { hash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { getHeader, mediaType } from "@kyc-webhooks/core";
import type { HeadersLike, Issue } from "@kyc-webhooks/core";
import { normalizeRaw, rawEventId } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { callbackContentTypes, callbackRoutes } from "@kyc-webhooks/receiver-api";
import type { CallbackAck } from "@kyc-webhooks/receiver-api";
import { clientAddress } from "../addresses.js";
import { createAuthenticators, enableHints, headersForStorage } from "../auth.js";
import type { AuthVerdict, ProviderAuthenticator } from "../auth.js";
import { apiError, json } from "../http/answers.js";
import type { RouteHandler, RouteRequest } from "../http/app.js";
import { readBody } from "../http/body.js";
import { requestHeaders } from "../http/request-headers.js";
import type { BudgetRefusal } from "../http/client-limits.js";
import { errorFields } from "../log.js";
import type { RefusalReason } from "../metrics.js";
import type { RouteDeps } from "./context.js";
import { providerDeletion } from "../privacy/provider-deletion.js";

/*
 * POST /webhooks/{provider}, one route per provider: authenticate (the provider package's check), limit,
 * decode, validate, normalize, store, and only then acknowledge.
 */

/** Issue codes and paths for the log: never the values (Issue messages never quote values either, but paths are enough). */
function issueSummary(issues: readonly Issue[]): string[] {
  return issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(body)"}:${issue.code}`);
}

export function callbackHandlers(deps: RouteDeps, authenticators: Partial<Record<ProviderName, ProviderAuthenticator>> = createAuthenticators(deps.providers, deps.store)): Record<string, RouteHandler> {
  const { store, logger, metrics, maxBodyBytes, trustedProxies, now, bodyBudget, failures } = deps;

  async function receive(provider: ProviderName, { request, requestId, started, remoteAddress, incoming }: RouteRequest): Promise<Response> {
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
    // Read from Node's request where there is one (the same values as request.headers, without building it).
    const headers: HeadersLike = incoming ? requestHeaders(incoming) : request.headers;
    const clientIp = clientAddress(remoteAddress, getHeader(headers, "x-forwarded-for") ?? null, trustedProxies);
    // An address whose credentials failed too often is answered before they are checked again.
    const wait = failures.retryAfter(clientIp);
    if (wait !== undefined) return refuse(429, "too_many_failures", "Too many failed authentication attempts from this address; try again later", { "retry-after": String(wait) });
    const failed = (verdict: Extract<AuthVerdict, { ok: false }>) => {
      failures.failed(clientIp);
      return refuse(verdict.status, verdict.code, verdict.message, verdict.challenge ? { "www-authenticate": verdict.challenge } : {});
    };

    let method = "none";
    if (!authenticator.needsBody) {
      const verdict = await authenticator.authenticate({ headers, clientIp });
      if (!verdict.ok) return failed(verdict);
      method = verdict.method;
    }
    const contentType = getHeader(headers, "content-type");
    const media = mediaType(contentType);
    if (media === undefined || !callbackContentTypes[provider].includes(media)) {
      return refuse(415, "unsupported_media_type", `${provider} callbacks are sent as ${callbackContentTypes[provider].join(" or ")}; got ${media ?? "no Content-Type"}`);
    }
    // The body is held in memory from here until the answer: within the budget of this address and of all.
    const lease = bodyBudget.enter(clientIp);
    if (typeof lease === "string") return refuseBusy(lease);
    try {
      const read = await readBody(request, maxBodyBytes, lease, incoming, headers);
      if (!read.ok) {
        if (read.reason === "aborted") return refuse(408, "incomplete_body", "The request body was not received completely");
        if (read.reason === "too_large") return refuse(413, "payload_too_large", `The body is larger than ${maxBodyBytes} bytes`);
        return refuseBusy(read.reason);
      }
      const body = read.body;
      if (authenticator.needsBody) {
        const verdict = await authenticator.authenticate({ headers, clientIp, body });
        if (!verdict.ok) return failed(verdict);
        method = verdict.method;
      }
      return await keep(body, method);
    } finally {
      lease.release();
    }

    function refuseBusy(reason: BudgetRefusal): Response {
      return reason === "client_busy"
        ? refuse(429, "client_busy", "This address has too many request bodies in flight; try again later", { "retry-after": "1" })
        : refuse(503, "server_busy", "The receiver holds as many request bodies as it may; try again later", { "retry-after": "1" });
    }

    async function keep(body: Uint8Array, method: string): Promise<Response> {
      // Authenticated: from here on the callback is stored, valid or not.
      // Tolerant: a callback that breaks a documented rule or carries a value nobody has listed yet is still
      // an event (its warnings are stored with it), so a provider's new value never stops decisions in quarantine.
      const result = normalizeRaw(body, { provider, contentType, strictness: "tolerant" });
      const eventId = result.ok ? result.event.eventId : (result.eventId ?? rawEventId(provider, body));
      const kind = result.kind;
      const quarantined = !result.ok;
      const bodySha256 = hash("sha256", body, "hex");
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
          ...(result.ok ? { normalized: result.event } : { decoded: result.decoded, ...(result.reference === undefined ? {} : { quarantinedReference: result.reference }) }),
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
      const status = provider === "netki" ? (deps.providers.netki?.expectedStatus ?? 200) : 200;
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
  }

  // Each declared callback route is POST /webhooks/<provider>.
  return Object.fromEntries(
    callbackRoutes.map((route) => {
      const provider = route.path.slice("/webhooks/".length) as ProviderName;
      return [route.operationId, (request: RouteRequest) => receive(provider, request)];
    }),
  );
}
