import type { DeliveryDetail, OutboundDeliveryBody } from "@kyc-webhooks/receiver-api";
import type { OutboundAttempt, OutboundDelivery } from "../fanout/store.js";
import type { RouteHandler } from "../http/app.js";
import type { RouteDeps } from "./context.js";
export declare function toDeliveryBody(delivery: OutboundDelivery): OutboundDeliveryBody;
export declare function toDeliveryDetail(delivery: OutboundDelivery, attempts: readonly OutboundAttempt[]): DeliveryDetail;
export declare function deliveryHandlers({ store, outbound, now }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=deliveries.d.ts.map