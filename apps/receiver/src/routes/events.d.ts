import type { EventDetail, EventQuery, EventSummary } from "@kyc-webhooks/receiver-api";
import type { RouteHandler } from "../http/app.js";
import type { EventFilter, StoredEvent, StoredEventDetail } from "../storage/records.js";
import type { RouteDeps } from "./context.js";
export declare function eventFilterOf(query: EventQuery): EventFilter;
export declare function toEventSummary(event: StoredEvent): EventSummary;
export declare function toEventDetail(event: StoredEventDetail, includeRawBody: boolean): EventDetail;
export declare function eventHandlers({ store }: RouteDeps): Record<string, RouteHandler>;
//# sourceMappingURL=events.d.ts.map