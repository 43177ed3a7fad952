import type { DeliveryDetail, DeliveryListResponse, OutboundDeliveryBody, RedeliverResponse } from "@kyc-webhooks/receiver/api";
import { requestJson } from "./receiver-api.js";
import type { NotFound } from "./receiver-api.js";
import type { ReceiverApi } from "./receiver-api.js";

/*
 * A client of the receiver's outbound deliveries API (its fan-out): GET /deliveries, GET /deliveries/{id},
 * POST /deliveries/{id}/retry, POST /events/{id}/redeliver. The response types are the receiver's own.
 */

export function listDeliveries(api: ReceiverApi, query: Readonly<Record<string, string | undefined>>): Promise<DeliveryListResponse> {
  const url = new URL("deliveries", api.baseUrl);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  return requestJson<DeliveryListResponse>(api, "GET", url);
}

export function getDelivery(api: ReceiverApi, id: string): Promise<DeliveryDetail> {
  return requestJson<DeliveryDetail>(api, "GET", new URL(`deliveries/${encodeURIComponent(id)}`, api.baseUrl), undefined, deliveryNotFound(id));
}

export function retryDelivery(api: ReceiverApi, id: string): Promise<OutboundDeliveryBody> {
  return requestJson<OutboundDeliveryBody>(api, "POST", new URL(`deliveries/${encodeURIComponent(id)}/retry`, api.baseUrl), undefined, deliveryNotFound(id));
}

export function redeliverEvent(api: ReceiverApi, id: string): Promise<RedeliverResponse> {
  return requestJson<RedeliverResponse>(api, "POST", new URL(`events/${encodeURIComponent(id)}/redeliver`, api.baseUrl), id);
}

function deliveryNotFound(id: string): NotFound {
  return { message: `The receiver has no delivery ${id}.`, hint: "List them with `kyc-webhooks deliveries list`.", what: "deliveries" };
}
