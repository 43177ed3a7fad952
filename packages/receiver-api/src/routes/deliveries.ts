import * as z from "zod";
import { normalizedEventSchema } from "@kyc-webhooks/normalized";
import {
  deliveryDetailSchema,
  deliveryListResponseSchema,
  deliveryQueryParameters,
  deliveryQuerySchema,
  outboundAttemptSchema,
  outboundDeliverySchema,
  outboundMessageSchema,
  redeliverResponseSchema,
} from "../deliveries.js";
import { adminRefusals, error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { apiErrorSchema } from "../schemas.js";

/* The fan-out's deliveries API: list, one delivery, retry, and redeliver an event (admin token). */

const components = {
  ApiError: apiErrorSchema,
  DeliveryDetail: deliveryDetailSchema,
  DeliveryListResponse: deliveryListResponseSchema,
  NormalizedEvent: normalizedEventSchema,
  OutboundAttempt: outboundAttemptSchema,
  OutboundDelivery: outboundDeliverySchema,
  OutboundMessage: outboundMessageSchema,
  RedeliverResponse: redeliverResponseSchema,
};

const deliveryId = { id: z.string().regex(/^\d+$/).describe("The delivery's id.") };

export const listDeliveriesRoute: ReceiverRoute = {
  operationId: "listDeliveries",
  method: "get",
  path: "/deliveries",
  tag: "deliveries",
  summary: "List outbound deliveries, newest first",
  description:
    "The fan-out queue: one delivery per message and target (HTTP endpoint or `nats`), with its state, attempts and last error, newest first, a page at a time (pass `nextCursor` as `cursor`). Each parameter at most once; lists are comma-separated.",
  queryParameters: Object.fromEntries(Object.entries(deliveryQueryParameters).map(([name, schema]) => [name, schema.optional()])),
  query: deliveryQuerySchema,
  responses: [
    { status: 200, description: "One page of deliveries.", content: json(deliveryListResponseSchema), headers: requestIdHeader },
    error(400, "`invalid_query`: a parameter is unknown, repeated or invalid; the message names it."),
    ...adminRefusals,
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const getDeliveryRoute: ReceiverRoute = {
  operationId: "getDelivery",
  method: "get",
  path: "/deliveries/{id}",
  tag: "deliveries",
  summary: "Show one outbound delivery with every attempt",
  description: "One delivery and its attempt log: each attempt's worker, start, duration, HTTP status and error.",
  pathParameters: deliveryId,
  responses: [
    { status: 200, description: "The delivery.", content: json(deliveryDetailSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no delivery has this id."),
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const retryDeliveryRoute: ReceiverRoute = {
  operationId: "retryDelivery",
  method: "post",
  path: "/deliveries/{id}/retry",
  tag: "deliveries",
  summary: "Retry a dead-lettered delivery",
  description: "A dead (or waiting) delivery is attempted now, with a fresh round of the retry schedule. Same message, same `webhook-id`.",
  pathParameters: deliveryId,
  responses: [
    { status: 202, description: "Queued: the delivery, pending.", content: json(outboundDeliverySchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no delivery has this id."),
    error(409, "`already_delivered`: the target accepted it already (redeliver the event to send it again)."),
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const redeliverEventRoute: ReceiverRoute = {
  operationId: "redeliverEvent",
  method: "post",
  path: "/events/{id}/redeliver",
  tag: "deliveries",
  summary: "Send a stored event again",
  description:
    "Queues the event again for every target that takes its type, whatever `KYC_OUTBOUND_EVENTS` says (an event that was not queued when it arrived is queued now, with outcome `redelivered`). The message keeps its id, so consumers and JetStream can tell it is the same.",
  pathParameters: { id: z.string().min(1).describe("The receiver's id of the event, or its eventId.") },
  responses: [
    { status: 202, description: "Queued.", content: json(redeliverResponseSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no stored event has this id or eventId."),
    error(409, "`quarantined`: the event has no normalized event to send; or `no_outbound_targets`: no target takes its type."),
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const deliveryRoutes: readonly ReceiverRoute[] = [redeliverEventRoute, listDeliveriesRoute, getDeliveryRoute, retryDeliveryRoute];
