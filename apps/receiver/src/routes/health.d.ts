import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function healthHandlers({ store, logger, isReady }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=health.d.ts.map