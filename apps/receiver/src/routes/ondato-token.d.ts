import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function ondatoTokenHandlers({ store, providers, logger, metrics, trustedProxies, failures, bodyBudget }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=ondato-token.d.ts.map