import { deliveryQuerySchema, toDeliveryBody, toDeliveryDetail } from "./api/deliveries.js";
import type { DeliveryListResponse, RedeliverResponse } from "./api/deliveries.js";
import type { DeliveryTarget } from "./fanout/endpoints.js";
import { redeliveryPlan } from "./fanout/policy.js";
import type { OutboxStore } from "./fanout/store.js";

/*
 * The outbound deliveries API behind the admin token (the handler checks it first):
 *   GET  /deliveries                 filters endpoint, state, event; cursor paging
 *   GET  /deliveries/{id}            one delivery with every attempt
 *   POST /deliveries/{id}/retry      a dead (or waiting) delivery is attempted now, with a fresh round
 *   POST /events/{id}/redeliver      the event is queued again for every target that takes its type
 * Answers are `{ status, body }` for the handler to send; undefined when the path is not one of these.
 */

export interface DeliveriesApiOptions {
  readonly outbox: OutboxStore;
  readonly targets: readonly DeliveryTarget[];
  /** Called after a retry or redeliver queued something (wakes the local worker). */
  readonly onQueued?: () => void;
  readonly now?: () => number;
}

export type ApiAnswer = { readonly status: number; readonly body: unknown } | { readonly status: number; readonly error: string; readonly message: string; readonly allow?: string };

export function createDeliveriesApi(options: DeliveriesApiOptions) {
  const now = options.now ?? Date.now;
  const plan = redeliveryPlan(options.targets);

  function decode(segment: string): string | undefined {
    try {
      return decodeURIComponent(segment);
    } catch {
      return undefined;
    }
  }

  return async function answer(method: string, path: string, params: URLSearchParams): Promise<ApiAnswer | undefined> {
    if (path === "/deliveries") {
      if (method !== "GET") return { status: 405, error: "method_not_allowed", message: "Use GET", allow: "GET" };
      const raw: Record<string, string> = {};
      for (const [key, value] of params) {
        if (key in raw) return { status: 400, error: "invalid_query", message: `Query parameter ${key} is repeated; use a comma-separated list` };
        raw[key] = value;
      }
      const query = deliveryQuerySchema.safeParse(raw);
      if (!query.success) return { status: 400, error: "invalid_query", message: query.error.issues[0]?.message ?? "Invalid query" };
      const page = await options.outbox.listDeliveries(query.data);
      const body: DeliveryListResponse = { deliveries: page.deliveries.map(toDeliveryBody), nextCursor: page.nextCursor };
      return { status: 200, body };
    }
    const delivery = /^\/deliveries\/([^/]+)(\/retry)?$/.exec(path);
    if (delivery) {
      const id = decode(delivery[1] ?? "");
      if (id === undefined) return { status: 400, error: "bad_request", message: "Malformed delivery id" };
      if (delivery[2] === undefined) {
        if (method !== "GET") return { status: 405, error: "method_not_allowed", message: "Use GET", allow: "GET" };
        const found = await options.outbox.getDelivery(id);
        if (!found) return { status: 404, error: "not_found", message: "No delivery has this id" };
        return { status: 200, body: toDeliveryDetail(found.delivery, found.attempts) };
      }
      if (method !== "POST") return { status: 405, error: "method_not_allowed", message: "Use POST", allow: "POST" };
      const retried = await options.outbox.retryDelivery(id, now());
      if (!retried.ok) {
        return retried.reason === "not_found"
          ? { status: 404, error: "not_found", message: "No delivery has this id" }
          : { status: 409, error: "already_delivered", message: "The target accepted this delivery already; POST /events/{id}/redeliver sends the event again" };
      }
      options.onQueued?.();
      return { status: 202, body: toDeliveryBody(retried.delivery) };
    }
    const redeliver = /^\/events\/([^/]+)\/redeliver$/.exec(path);
    if (redeliver) {
      if (method !== "POST") return { status: 405, error: "method_not_allowed", message: "Use POST", allow: "POST" };
      const id = decode(redeliver[1] ?? "");
      if (id === undefined) return { status: 400, error: "bad_request", message: "Malformed event id" };
      const result = await options.outbox.redeliverEvent(id, plan, now());
      if (!result.ok) {
        if (result.reason === "not_found") return { status: 404, error: "not_found", message: "No stored event has this id or eventId" };
        if (result.reason === "quarantined") return { status: 409, error: "quarantined", message: "A quarantined event has no normalized event to send" };
        return { status: 409, error: "no_outbound_targets", message: "No outbound endpoint takes this event's type: set KYC_OUTBOUND_URLS, outbound.endpoints or KYC_NATS_URL" };
      }
      options.onQueued?.();
      const body: RedeliverResponse = { deliveries: result.deliveries.map(toDeliveryBody) };
      return { status: 202, body };
    }
    return undefined;
  };
}
