import * as z from "zod";
import { eventTypes, normalizedEventSchema, providerNameSchema } from "@kyc-webhooks/normalized";
import { commaSeparated, limitQuery, pageParameters, unknownParameters } from "./schemas.js";
import type { ReadonlyShape } from "./schemas.js";

/*
 * The outbound deliveries API (fan-out operations): GET /deliveries, GET /deliveries/{id},
 * POST /deliveries/{id}/retry, POST /events/{id}/redeliver. Schemas of the answers and of the list query;
 * the routes are declared in routes/deliveries.ts.
 */

/** A delivery's state in the fan-out queue (the receiver's outbox has the same three). */
export type DeliveryState = "pending" | "succeeded" | "dead";
export const deliveryStates: readonly DeliveryState[] = ["pending", "succeeded", "dead"];

const storedId = z.string().regex(/^\d+$/);
const timestamp = z.iso.datetime();
const stateSchema = z.enum(deliveryStates as [DeliveryState, ...DeliveryState[]]).describe("pending: waiting for its next attempt (or being attempted); succeeded: the target accepted it; dead: every attempt of the schedule failed (retry it by hand).");

export const outboundDeliverySchema = z
  .object({
    id: storedId.describe("The delivery's id."),
    messageId: z.string().describe("The message's id: the `webhook-id` header and the JetStream `Nats-Msg-Id`, the same on every attempt."),
    eventRowId: storedId.describe("The receiver's id of the event (GET /events/{id})."),
    eventId: z.string().describe("The event's eventId."),
    endpoint: z.string().describe("The target's name (an HTTP endpoint's name or URL, or `nats`)."),
    state: stateSchema,
    attempts: z.number().int().min(0).describe("Attempts in the current round (a manual retry starts a new round)."),
    nextAttemptAt: timestamp.nullable().describe("When it is attempted next (while an attempt runs: when its lease ends); null unless pending."),
    lastStatusCode: z.number().int().nullable().describe("The HTTP status of the last attempt, when one came."),
    lastError: z.string().nullable().describe("Why the last attempt failed (`HTTP 503`, `timeout after 15000 ms`, `network error: ECONNREFUSED`, ...); null after a success."),
    createdAt: timestamp.describe("When it was queued."),
    updatedAt: timestamp.describe("When it last changed."),
    deliveredAt: timestamp.nullable().describe("When the target accepted it."),
  })
  .describe("One message for one target.");
export type OutboundDeliveryBody = ReadonlyShape<z.infer<typeof outboundDeliverySchema>>;

export const outboundAttemptSchema = z
  .object({
    attempt: z.number().int().min(1).describe("1, 2, ... over the delivery's whole life."),
    worker: z.string().describe("The receiver process that made it."),
    startedAt: timestamp,
    durationMs: z.number().min(0),
    ok: z.boolean(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
  })
  .describe("One delivery attempt.");

export const deliveryListResponseSchema = z
  .object({
    deliveries: z.array(outboundDeliverySchema).describe("Newest first."),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next (older) page; null on the last page."),
  })
  .describe("One page of outbound deliveries, newest first.");
export type DeliveryListResponse = ReadonlyShape<z.infer<typeof deliveryListResponseSchema>>;

export const deliveryDetailSchema = outboundDeliverySchema.extend({ attemptLog: z.array(outboundAttemptSchema).describe("Every attempt, oldest first.") }).describe("One delivery with every attempt.");
export type DeliveryDetail = ReadonlyShape<z.infer<typeof deliveryDetailSchema>>;

export const redeliverResponseSchema = z
  .object({ deliveries: z.array(outboundDeliverySchema).describe("The deliveries queued again, one per target that takes the event's type.") })
  .describe("The event is queued again.");
export type RedeliverResponse = ReadonlyShape<z.infer<typeof redeliverResponseSchema>>;

/** What every HTTP endpoint receives (the POST body) and JetStream holds (the message data). */
export const outboundMessageSchema = z
  .object({
    type: z.enum(eventTypes.map((type) => `kyc.${type}`) as [string, ...string[]]).describe("`kyc.` and the normalized event's type."),
    timestamp: timestamp.describe("When the event was received."),
    data: z.object({
      id: storedId.describe("The receiver's id of the event (GET /events/{id})."),
      eventId: z.string().describe("The event's eventId."),
      provider: providerNameSchema,
      outcome: z.enum(["applied", "conflict", "redelivered"]).describe("What the event did to its verification: applied; conflict (contradicts a final decision, not applied); redelivered (sent by an operator's redeliver)."),
      event: normalizedEventSchema,
      verification: z.record(z.string(), z.unknown()).nullable().describe("The verification's state after the event, when the receiver keeps verification state."),
    }),
  })
  .describe("An outbound message, per Standard Webhooks: headers webhook-id (the messageId), webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256> per secret).");

/** GET /deliveries query parameters, each as the value the receiver works with. */
export const deliveryQueryParameters = {
  endpoint: z.array(z.string().min(1).max(500)).min(1, { error: "endpoint must not be empty" }).describe("Only these targets (names as GET /deliveries shows them), comma-separated."),
  state: z.array(z.enum(deliveryStates as [DeliveryState, ...DeliveryState[]], { error: `state must be among ${deliveryStates.join(", ")}` })).min(1, { error: "state must not be empty" }).describe(`Only these states (${deliveryStates.join(", ")}), comma-separated.`),
  event: z.string().min(1).max(500).describe("Only the deliveries of this event (its id or eventId)."),
  ...pageParameters,
} as const;

const q = deliveryQueryParameters;

/** Reads GET /deliveries's query. Unknown parameters are refused. */
export const deliveryQuerySchema = z.strictObject(
  {
    endpoint: commaSeparated(q.endpoint).optional(),
    state: commaSeparated(q.state).optional(),
    event: q.event.optional(),
    limit: limitQuery.optional(),
    cursor: q.cursor.optional(),
  },
  { error: unknownParameters },
);
