import type { ProviderName } from "@kyc-webhooks/normalized";
import type { ReceiverApiDescription } from "@kyc-webhooks/receiver-api";
import type { ProvidersConfig } from "./config.js";
import type { DeliveryTarget } from "./fanout/endpoints.js";
import type { BodyBudgetLimits, FailureThrottleLimits } from "./http/client-limits.js";
import type { RouteHandler } from "./http/app.js";
import type { Logger } from "./log.js";
import { ReceiverMetrics } from "./metrics.js";
import type { Store } from "./storage/types.js";
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
    readonly outbound?: {
        readonly targets: readonly DeliveryTarget[];
        readonly onQueued?: () => void;
    };
    /** The route table (default: the receiver's); every route in it needs a handler. */
    readonly api?: ReceiverApiDescription;
    /** Handlers for routes beyond the receiver's own, by operationId (with `api`). */
    readonly extraHandlers?: Readonly<Record<string, RouteHandler>>;
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
    readonly providerStatus: readonly {
        readonly provider: ProviderName;
        readonly enabled: boolean;
        readonly how: string;
    }[];
    /** Makes /readyz answer 503 (used while shutting down). */
    setReady(ready: boolean): void;
}
/** The defaults of the settings KYC_MAX_BUFFERED_BYTES, KYC_MAX_CLIENT_BUFFERED_BYTES and KYC_MAX_CLIENT_REQUESTS. */
export declare const defaultBodyBudget: BodyBudgetLimits;
/** The defaults of KYC_AUTH_FAILURE_BURST and KYC_AUTH_FAILURES_PER_MINUTE. */
export declare const defaultAuthFailures: FailureThrottleLimits;
export declare function createHandler(options: HandlerOptions): WebhookHandler;
//# sourceMappingURL=handler.d.ts.map