import type { ProviderName } from "@kyc-webhooks/normalized";
import type { ProviderAuthenticator } from "../auth.js";
import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function callbackHandlers(deps: RouteDeps, authenticators?: Partial<Record<ProviderName, ProviderAuthenticator>>): Record<string, RouteHandler>;
//# sourceMappingURL=callbacks.d.ts.map