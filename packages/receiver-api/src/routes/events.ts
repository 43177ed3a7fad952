import * as z from "zod";
import { normalizedEventSchema } from "@kyc-webhooks/normalized";
import { adminRefusals, error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import {
  apiErrorSchema,
  deliveryRecordSchema,
  eventDetailSchema,
  eventListResponseSchema,
  eventQueryParameters,
  eventQuerySchema,
  eventSummarySchema,
  issueSchema,
  personalDataRemovedSchema,
  rawBodySchema,
  rawParameterSchema,
  tombstoneSchema,
  warningSchema,
} from "../schemas.js";

/* The events API: GET /events and GET /events/{id} (admin token). */

const components = {
  ApiError: apiErrorSchema,
  DeliveryRecord: deliveryRecordSchema,
  EventDetail: eventDetailSchema,
  EventListResponse: eventListResponseSchema,
  EventSummary: eventSummarySchema,
  Issue: issueSchema,
  NormalizedEvent: normalizedEventSchema,
  PersonalDataRemoved: personalDataRemovedSchema,
  RawBody: rawBodySchema,
  Tombstone: tombstoneSchema,
  Warning: warningSchema,
};

export const listEventsRoute: ReceiverRoute = {
  operationId: "listEvents",
  method: "get",
  path: "/events",
  tag: "events",
  summary: "List stored events, newest first",
  description: "The stored events that match every filter given, newest first, a page at a time: pass the answer's `nextCursor` as `cursor` for the next (older) page. Each parameter at most once; lists are comma-separated.",
  queryParameters: Object.fromEntries(Object.entries(eventQueryParameters).map(([name, schema]) => [name, schema.optional()])),
  query: eventQuerySchema,
  responses: [
    { status: 200, description: "One page of events.", content: json(eventListResponseSchema), headers: requestIdHeader },
    error(400, "`invalid_query`: a parameter is unknown, repeated or invalid; the message names it."),
    ...adminRefusals,
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const getEventRoute: ReceiverRoute = {
  operationId: "getEvent",
  method: "get",
  path: "/events/{id}",
  tag: "events",
  summary: "Show one stored event",
  description: "One stored event with its normalized event (or, quarantined, its issues and decoded body), headers without secrets, and every delivery.",
  pathParameters: { id: z.string().min(1).describe("The receiver's id of the event, or its eventId.") },
  queryParameters: { raw: rawParameterSchema.optional() },
  responses: [
    { status: 200, description: "The event.", content: json(eventDetailSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no stored event has this id or eventId."),
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const eventRoutes: readonly ReceiverRoute[] = [listEventsRoute, getEventRoute];
