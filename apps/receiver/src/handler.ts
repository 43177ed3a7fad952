import type { IncomingMessage } from "node:http";
import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { receiverApi } from "@kyc-webhooks/receiver-api";
import type { ReceiverApiDescription } from "@kyc-webhooks/receiver-api";
import { AddressList, clientAddress } from "./addresses.js";
import { createAuthenticators, enableHints } from "./auth.js";
import type { ProvidersConfig } from "./config.js";
import type { DeliveryTarget } from "./fanout/endpoints.js";
import { buildApp } from "./http/app.js";
import { BodyBudget, FailureThrottle } from "./http/client-limits.js";
import type { BodyBudgetLimits, FailureThrottleLimits } from "./http/client-limits.js";
import type { RouteHandler } from "./http/app.js";
import { silentLogger } from "./log.js";
import type { Logger } from "./log.js";
import { ReceiverMetrics } from "./metrics.js";
import { callbackHandlers } from "./routes/callbacks.js";
import type { RouteDeps } from "./routes/context.js";
import { deliveryHandlers } from "./routes/deliveries.js";
import { eventHandlers } from "./routes/events.js";
import { healthHandlers } from "./routes/health.js";
import { metricsHandlers } from "./routes/metrics.js";
import { ondatoTokenHandlers } from "./routes/ondato-token.js";
import { openApiHandlers } from "./routes/openapi.js";
import { verificationHandlers } from "./routes/verifications.js";
import { personalDataHandlers } from "./routes/personal-data.js";
import type { Store } from "./storage/types.js";

/*
 * The receiver's core: a web-standard handler, `(Request) => Promise<Response>`, that a team can mount in
 * any server (Node, Express, Fastify, a serverless function). Inside, a Hono app built from the route table
 * (@kyc-webhooks/receiver-api) with one handler per route (routes/); server.ts serves it on node:http.
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
  /** Request bodies held in memory at once (defaults: 64 MiB in total, 8 MiB and 32 requests per client address). */
  readonly bodyBudget?: BodyBudgetLimits;
  /** Throttling of failed credentials per client address (default: 20 in a row, 10 forgiven a minute). */
  readonly authFailures?: FailureThrottleLimits;
  /** X-Forwarded-For hops to believe (see core's resolveClientIp); default 0: the header is ignored. */
  readonly trustedProxies?: number | readonly string[];
  /** A path prefix the handler is mounted under, e.g. `/kyc` (default: none). */
  readonly basePath?: string;
  /** The clock (epoch ms), for tests. */
  readonly now?: () => number;
  /** Fan-out targets, for POST /events/{id}/redeliver; and who to wake after a retry or redeliver. */
  readonly outbound?: { readonly targets: readonly DeliveryTarget[]; readonly onQueued?: () => void };
  /** The route table (default: the receiver's); every route in it needs a handler. */
  readonly api?: ReceiverApiDescription;
  /** Handlers for routes beyond the receiver's own, by operationId (with `api`). */
  readonly extraHandlers?: Readonly<Record<string, RouteHandler>>;
}

/** What the hosting server knows that a `Request` does not carry. */
export interface RequestContext {
  /** The peer address of the connection (e.g. Node's `req.socket.remoteAddress`). */
  readonly remoteAddress?: string | undefined;
  /** Node's request, under a Node server: callback bodies are read from it rather than from the `Request`'s stream. */
  readonly incoming?: IncomingMessage | undefined;
}

export interface WebhookHandler {
  (request: Request, context?: RequestContext): Promise<Response>;
  readonly metrics: ReceiverMetrics;
  /** Enabled providers and how each authenticates (for the start-up log). */
  readonly providerStatus: readonly { readonly provider: ProviderName; readonly enabled: boolean; readonly how: string }[];
  /** Makes /readyz answer 503 (used while shutting down). */
  setReady(ready: boolean): void;
}

/** The defaults of the settings KYC_MAX_BUFFERED_BYTES, KYC_MAX_CLIENT_BUFFERED_BYTES and KYC_MAX_CLIENT_REQUESTS. */
export const defaultBodyBudget: BodyBudgetLimits = { totalBytes: 67_108_864, clientBytes: 8_388_608, clientRequests: 32 };
/** The defaults of KYC_AUTH_FAILURE_BURST and KYC_AUTH_FAILURES_PER_MINUTE. */
export const defaultAuthFailures: FailureThrottleLimits = { burst: 20, perMinute: 10 };

export function createHandler(options: HandlerOptions): WebhookHandler {
  const logger = options.logger ?? silentLogger;
  const metrics = options.metrics ?? new ReceiverMetrics();
  const api = options.api ?? receiverApi;
  let ready = true;
  const now = options.now ?? Date.now;
  const trustedProxies = typeof options.trustedProxies === "object" ? new AddressList(options.trustedProxies) : (options.trustedProxies ?? 0);
  const failures = new FailureThrottle(options.authFailures ?? defaultAuthFailures, now);
  const deps: RouteDeps = {
    store: options.store,
    providers: options.providers,
    logger,
    metrics,
    maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
    bodyBudget: new BodyBudget(options.bodyBudget ?? defaultBodyBudget),
    failures,
    trustedProxies,
    now,
    outbound: options.outbound ?? { targets: [] },
    isReady: () => ready,
  };
  const authenticators = createAuthenticators(options.providers, options.store);
  const providerStatus = providerNames.map((provider) => {
    const authenticator = authenticators[provider];
    return authenticator ? { provider, enabled: true, how: authenticator.description } : { provider, enabled: false, how: `disabled: ${enableHints[provider]}` };
  });
  const app = buildApp({
    routes: api.routes,
    handlers: {
      ...callbackHandlers(deps, authenticators),
      ...ondatoTokenHandlers(deps),
      ...eventHandlers(deps),
      ...deliveryHandlers(deps),
      ...verificationHandlers(deps),
      ...personalDataHandlers(deps),
      ...healthHandlers(deps),
      ...metricsHandlers(deps),
      ...openApiHandlers(api),
      ...options.extraHandlers,
    },
    adminToken: options.adminToken,
    failures,
    clientAddress: (request, remoteAddress) => clientAddress(remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies),
    ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
    logger,
  });

  const handler = ((request: Request, context: RequestContext = {}) => Promise.resolve(app.fetch(request, context))) as WebhookHandler;
  Object.defineProperty(handler, "metrics", { value: metrics });
  Object.defineProperty(handler, "providerStatus", { value: providerStatus });
  Object.defineProperty(handler, "setReady", {
    value: (value: boolean) => {
      ready = value;
    },
  });
  return handler;
}
