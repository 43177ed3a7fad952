import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function metricsHandlers({ metrics }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=metrics.d.ts.map