import type { ReceiverApiDescription } from "@kyc-webhooks/receiver-api";
import type { RouteHandler } from "../http/app.js";
export declare function openApiHandlers(api: ReceiverApiDescription): Record<string, RouteHandler>;
//# sourceMappingURL=openapi.d.ts.map