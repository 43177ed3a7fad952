import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function personalDataHandlers({ store, logger, now }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=personal-data.d.ts.map