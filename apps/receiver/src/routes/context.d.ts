import type { AddressList } from "../addresses.js";
import type { ProvidersConfig } from "../config.js";
import type { BodyBudget, FailureThrottle } from "../http/client-limits.js";
import type { DeliveryTarget } from "../fanout/endpoints.js";
import type { Logger } from "../log.js";
import type { ReceiverMetrics } from "../metrics.js";
import type { Store } from "../storage/types.js";
/** What the route handlers share: the store, the settings they answer by, and the metrics and log they write. */
export interface RouteDeps {
    readonly store: Store;
    readonly providers: ProvidersConfig;
    readonly logger: Logger;
    readonly metrics: ReceiverMetrics;
    readonly maxBodyBytes: number;
    /** Request bodies held in memory at once, in total and per client address. */
    readonly bodyBudget: BodyBudget;
    /** Failed credentials per client address. */
    readonly failures: FailureThrottle;
    /** X-Forwarded-For hops to believe: a count, or the trusted proxies' addresses. */
    readonly trustedProxies: number | AddressList;
    readonly now: () => number;
    readonly outbound: {
        readonly targets: readonly DeliveryTarget[];
        readonly onQueued?: () => void;
    };
    /** False while shutting down (GET /readyz answers 503). */
    readonly isReady: () => boolean;
}
//# sourceMappingURL=context.d.ts.map