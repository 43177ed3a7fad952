import * as z from "zod";
import type { Issue, Warning } from "@kyc-webhooks/core";
import { eventTypes, eventTypeSchema, normalizedEventSchema, providerNames, providerNameSchema, statuses, statusSchema } from "@kyc-webhooks/normalized";
import { decodeCursor, maxPageSize } from "./cursors.js";

/*
 * The receiver's own HTTP API as zod schemas: what it answers (acknowledgements, errors, the events API,
 * health and readiness) and what GET /events accepts. The exported types are derived from them, so that the
 * receiver, its clients (the CLI) and the generated receiver-openapi.json of @kyc-webhooks/spec say the same.
 * All timestamps are ISO 8601 strings in UTC.
 */

/**
 * A type as `z.infer` gives it, with readonly properties and readonly arrays (one level deep), as the API's
 * types have always been: a client can hand in a `readonly` array where the API holds a list.
 */
export type ReadonlyShape<T> = { readonly [K in keyof T]: ReadonlyArrays<T[K]> };
type ReadonlyArrays<V> = V extends (infer U)[] ? readonly U[] : V;

/** The pattern of a request id the receiver accepts from `X-Request-Id` (else it makes a UUID). */
export const requestIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,100}$/)
  .describe("The request's id: the caller's `X-Request-Id` when it is 1 to 100 letters, digits, `.`, `_`, `:` or `-`, else a UUID the receiver made. Also in the receiver's log lines.");

const storedId = z.string().regex(/^\d+$/);
const timestamp = z.iso.datetime();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const issueFields = {
  path: z.array(z.union([z.string(), z.number().int()])).describe("Path of the offending field, e.g. `[\"verification_data\", \"document\", \"dob\"]`; empty for the whole body."),
  code: z.string().describe("Machine-readable code: zod's issue codes, plus `invalid_json`, `invalid_form`, `invalid_utf8`, `empty_body`, `binary_body`, `unknown_kind`, `unsupported_media_type`, `rule_broken`, `unknown_value`."),
  message: z.string().describe("A readable sentence: what was expected and what was received. Never contains the received value itself."),
  expected: z.string().optional().describe("What the field should have held, when known (a type, an enum, a format)."),
  received: z.string().optional().describe("What kind of value was found (a type name), never the value itself."),
  line: z.number().int().min(1).optional().describe("For an issue about the body's text itself (a JSON syntax error): the line where it is, 1-based."),
  column: z.number().int().min(1).optional().describe("With `line`: the column, 1-based."),
};

/** One problem found in a callback body: core's `Issue`, as the receiver stores and shows it. */
export const issueSchema: z.ZodType<Issue> = z
  .object(issueFields)
  .describe("One problem found in a callback body, with the path of the field it is about. Never holds a value from the body.");

/** What tolerant parsing let through: core's `Warning`, an issue naming the rule it is about. */
export const warningSchema: z.ZodType<Warning> = z
  .object({
    ...issueFields,
    rule: z.string().describe("The id of the documented rule the callback breaks (`code` `rule_broken`), or `unknown-enum-value` (`code` `unknown_value`)."),
  })
  .describe("A documented rule a stored callback breaks, or a value no document lists. Never holds a value from the body.");

/** The answer to an accepted callback (stored, quarantined or a redelivery). */
export const callbackAckSchema = z
  .object({
    received: z.literal(true).describe("Always true: the callback is stored (or was already), and the provider may stop delivering it."),
    id: storedId.describe("The receiver's id of the stored event (a decimal string, increasing with arrival)."),
    eventId: z
      .string()
      .describe(
        "The stored event's identity: the normalized event's eventId (`<eventId>#<n>` for the n-th separate event with equal content, e.g. a second Shufti status change), or for a quarantined body a hash of provider and raw bytes.",
      ),
    duplicate: z.boolean().describe("True when the event was already stored: this delivery was recorded as a redelivery only."),
    quarantined: z.boolean().describe("True when the stored body failed decoding or validation (it is kept, with its issues)."),
    requestId: requestIdSchema,
  })
  .describe("The answer to an accepted callback: stored, quarantined or a redelivery. No personal data (Netki keeps the answer in response_raw).");
export type CallbackAck = ReadonlyShape<z.infer<typeof callbackAckSchema>>;

/** The body of every error answer (4xx/5xx) of the receiver, except the OAuth2 token endpoint's own errors. */
export const apiErrorSchema = z
  .object({
    error: z
      .string()
      .describe(
        "A stable code, e.g. `unauthenticated`, `forbidden_ip`, `provider_disabled`, `payload_too_large`, `incomplete_body`, `unsupported_media_type`, `storage_error`, `invalid_query`, `not_found`, `events_api_disabled`, `method_not_allowed`.",
      ),
    message: z.string().describe("What went wrong and what to do, in a sentence (never a secret or a value from a body)."),
    requestId: requestIdSchema.optional(),
  })
  .describe("The body of an error answer.");
export type ApiError = ReadonlyShape<z.infer<typeof apiErrorSchema>>;

/** What the receiver keeps of a purge of a verification's personal data (one per provider + reference). */
export const tombstoneSchema = z
  .object({
    requestedBy: z.string().describe("Who asked first: `admin` (the purge API, the CLI) or `provider:<name>` (the provider's deletion event)."),
    reason: z.enum(["request", "provider"]).describe("`request` (an operator's purge) or `provider` (the provider's word: a deletion event)."),
    requestedAt: timestamp.describe("The first purge of this reference."),
    lastPurgedAt: timestamp.describe("The latest purge of this reference (a repeated purge, a redelivered deletion event)."),
  })
  .describe("A purge of a verification's personal data: who asked, why, when first and last.");
export type Tombstone = ReadonlyShape<z.infer<typeof tombstoneSchema>>;

/** An event whose personal values are gone: when, and why. */
export const personalDataRemovedSchema = z
  .object({
    at: timestamp.describe("When its personal values were removed."),
    reason: z.enum(["retention", "request", "provider"]).describe("`retention` (KYC_RETENTION_DAYS), `request` (a purge) or `provider` (the provider's deletion event)."),
  })
  .describe("The event's raw body, decoded body and personal fields were removed; its decision (status, type, references, times, hashes) stays.");

/** One stored event as GET /events lists it. */
export const eventSummarySchema = z
  .object({
    id: storedId.describe("The receiver's id of the stored event (a decimal string, increasing with arrival)."),
    eventId: z.string().describe("The deduplication key: the normalized event's eventId, or for a quarantined body a hash of provider and raw bytes."),
    provider: providerNameSchema,
    kind: z.string().nullable().describe("The provider's own callback kind, when it could be told (also for many quarantined bodies)."),
    receivedAt: timestamp.describe("When the first delivery was received."),
    lastReceivedAt: timestamp.describe("When the latest delivery (first or redelivery) was received."),
    deliveries: z.number().int().min(1).describe("Deliveries of this event: 1 plus the redeliveries."),
    quarantined: z.boolean().describe("True when the body failed decoding or validation; `issues` of the event says why."),
    issueCount: z.number().int().min(0).describe("How many issues the body has (0 unless quarantined)."),
    warningCount: z.number().int().min(0).describe("How many warnings tolerant parsing gave a stored event: documented rules it breaks, values no document lists (0 when quarantined)."),
    status: statusSchema.nullable().describe("The normalized event's status; null for a quarantined body."),
    type: eventTypeSchema.nullable().describe("The normalized event's type; null for a quarantined body."),
    reference: z.string().nullable().describe("The provider's transaction, scan or verification id, from the normalized event."),
    merchantReference: z.string().nullable().describe("The customer's own reference, where the provider echoes it."),
    occurredAt: z.string().nullable().describe("When it happened, from the payload where it has one (the normalized event's occurredAt)."),
    personalDataRemoved: personalDataRemovedSchema.nullable().describe("Set when the event's personal values were removed (retention or a purge); null while they are held."),
  })
  .describe("One stored event, as GET /events lists it.");
export type EventSummary = ReadonlyShape<z.infer<typeof eventSummarySchema>>;

/** GET /events */
export const eventListResponseSchema = z
  .object({
    events: z.array(eventSummarySchema).describe("The events, newest first."),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next (older) page; null on the last page."),
  })
  .describe("One page of stored events, newest first.");
export type EventListResponse = ReadonlyShape<z.infer<typeof eventListResponseSchema>>;

/** One delivery of an event: the first one, or a redelivery that was acknowledged and not stored again. */
export const deliveryRecordSchema = z
  .object({
    requestId: requestIdSchema,
    receivedAt: timestamp.describe("When this delivery was received."),
    sourceIp: z.string().nullable().describe("The client address it came from (after trusted-proxy resolution)."),
    duplicate: z.boolean().describe("False for the delivery that stored the event, true for redeliveries."),
    bodySha256: sha256.describe("SHA-256 of this delivery's body, lower-case hex."),
    sameBody: z.boolean().describe("Whether this delivery's bytes equal the stored event's bytes (a redelivery may differ, e.g. in a timestamp)."),
  })
  .describe("One delivery of an event: the first one, or a redelivery that was acknowledged and not stored again.");
export type DeliveryRecord = ReadonlyShape<z.infer<typeof deliveryRecordSchema>>;

/** The raw body of GET /events/{id}?raw=1. */
export const rawBodySchema = z
  .object({
    encoding: z.enum(["utf8", "base64"]).describe("`utf8` when the bytes are valid UTF-8 (data is the text), else `base64`."),
    data: z.string().describe("The body exactly as received, in that encoding."),
  })
  .describe("A stored body exactly as received.");

/** GET /events/{id} */
export const eventDetailSchema = eventSummarySchema
  .extend({
    normalized: normalizedEventSchema.nullable().describe("The normalized event (null for a quarantined body)."),
    issues: z.array(issueSchema).describe("Validation issues of a quarantined body (paths and codes, never values)."),
    warnings: z
      .array(warningSchema)
      .describe("For a stored event: the documented rules the callback breaks and the values no document lists, each with `rule` (the receiver parses tolerantly: these do not quarantine it)."),
    decoded: z.unknown().describe("For a quarantined body that decoded: the decoded value, so that nothing is lost; else null."),
    contentType: z.string().nullable().describe("The Content-Type the first delivery came with."),
    sourceIp: z.string().nullable().describe("The client address the first delivery came from (after trusted-proxy resolution)."),
    headers: z.record(z.string(), z.string()).describe("Request headers of the first delivery, secrets removed (Authorization reduced to its scheme, Cookie removed)."),
    bodySha256: sha256.describe("SHA-256 of the stored body, lower-case hex."),
    bodyBytes: z.number().int().min(0).describe("Size of the stored body in bytes."),
    deliveryLog: z.array(deliveryRecordSchema).describe("Every delivery, first one first."),
    rawBody: rawBodySchema.optional().describe("Only with `?raw=1`: the body exactly as received."),
    tombstone: tombstoneSchema
      .nullable()
      .describe(
        "The purge of this event's verification (its provider and reference; a quarantined body's best-effort reference), when one was asked; null when none. An event received after the purge keeps its values (`personalDataRemoved` is null) until the next purge.",
      ),
  })
  .describe("One stored event with everything the receiver keeps about it.");
export type EventDetail = ReadonlyShape<z.infer<typeof eventDetailSchema>>;

/** `GET /healthz` */
export const healthSchema = z.object({ status: z.literal("ok") }).describe("The process runs.");

const databaseBackend = z.enum(["sqlite", "postgres"]).describe("The storage backend.");

/** `GET /readyz` when ready. */
export const readySchema = z.object({ status: z.literal("ready"), database: databaseBackend }).describe("The database answers: the receiver takes callbacks.");

/** `GET /readyz` when not ready. */
export const notReadySchema = z
  .object({
    status: z.enum(["shutting_down", "database_unreachable"]).describe("`shutting_down` after SIGTERM/SIGINT; `database_unreachable` when the database does not answer."),
    database: databaseBackend.optional(),
  })
  .describe("The receiver does not take callbacks now; a load balancer should send them elsewhere.");

/** `GET /metrics` */
export const metricsSchema = z.string().describe("Prometheus text exposition format 0.0.4. Holds no request data.");

/*
 * GET /events query parameters. Each parameter's schema is the value the receiver works with (an array of
 * providers, a boolean, an integer); `eventQuerySchema` reads them from the query string, where a list is
 * comma-separated and everything is text. The error messages name the parameter (the 400 answer's message).
 */

/** A list of enum values (a query parameter after splitting at commas). */
export const listOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.array(z.enum(values, { error: `${name} must be among ${values.join(", ")}` })).min(1, { error: `${name} must not be empty` });

const text = (name: string) => z.string().min(1, { error: `${name} must not be empty` }).max(500, { error: `${name} is too long` });

/** An ISO 8601 date or timestamp query parameter. */
export const time = (name: string) =>
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    error: `${name} must be an ISO 8601 date or timestamp`,
  });

export const limitMessage = `limit must be an integer from 1 to ${maxPageSize}`;

/** A list's page size, and the cursor of the page before (the same for every paged list). */
export const pageParameters = {
  limit: z.number().int({ error: limitMessage }).min(1, { error: limitMessage }).max(maxPageSize, { error: limitMessage }).describe(`Page size, 1 to ${maxPageSize} (default 50).`),
  cursor: z
    .string()
    .refine((value) => decodeCursor(value) !== undefined, { error: "cursor is not one this receiver gave out" })
    .describe("The previous page's `nextCursor`."),
} as const;

/** `limit` as the query string carries it. */
export const limitQuery = z.string().regex(/^\d+$/, { error: limitMessage }).transform(Number).pipe(pageParameters.limit);

/** The GET /events query parameters, each as the value the receiver works with. All are optional. */
export const eventQueryParameters = {
  provider: listOf(providerNames, "provider").describe(`Only these providers (${providerNames.join(", ")}), comma-separated.`),
  status: listOf(statuses, "status").describe("Only these statuses of the normalized event, comma-separated."),
  type: listOf(eventTypes, "type").describe("Only these types of the normalized event, comma-separated."),
  kind: text("kind").describe("The provider's callback kind, e.g. `verification.accepted`, `NETVERIFYID`."),
  reference: text("reference").describe("The provider's transaction, scan or verification id (exact match)."),
  merchantReference: text("merchantReference").describe("The customer's own reference (exact match)."),
  eventId: text("eventId").describe("The deduplication key (exact match)."),
  from: time("from").describe("Received at or after this time (ISO 8601 date or timestamp)."),
  to: time("to").describe("Received before this time (ISO 8601 date or timestamp)."),
  quarantined: z.boolean().describe("Only quarantined events (true) or only valid ones (false)."),
  ...pageParameters,
} as const;

/** A comma-separated query value as a list (spaces around items and empty items dropped). */
export const commaSeparated = <T extends z.ZodType<unknown, string[]>>(list: T) =>
  z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()).filter((part) => part !== ""))
    .pipe(list);

const p = eventQueryParameters;

/** The error of a strict query object for parameters it does not know. */
export const unknownParameters = (issue: { code?: string; keys?: readonly string[] }) =>
  issue.code === "unrecognized_keys" ? `Unknown query parameter(s): ${(issue.keys ?? []).join(", ")}` : undefined;

/** Reads GET /events's query (one value per parameter, as text) into an {@link EventQuery}. Unknown parameters are refused. */
export const eventQuerySchema = z.strictObject(
  {
    provider: commaSeparated(p.provider).optional(),
    status: commaSeparated(p.status).optional(),
    type: commaSeparated(p.type).optional(),
    kind: p.kind.optional(),
    reference: p.reference.optional(),
    merchantReference: p.merchantReference.optional(),
    eventId: p.eventId.optional(),
    from: p.from.optional(),
    to: p.to.optional(),
    quarantined: z
      .enum(["true", "false"], { error: "quarantined must be true or false" })
      .transform((value) => value === "true")
      .pipe(p.quarantined)
      .optional(),
    limit: limitQuery.optional(),
    cursor: p.cursor.optional(),
  },
  { error: unknownParameters },
);

/** The query GET /events understands. Comma-separated values in provider, status and type match any of them. */
export type EventQuery = ReadonlyShape<z.output<typeof eventQuerySchema>>;

/** GET /events/{id}'s `raw` parameter: these values add the raw body, any other value (or none) does not. */
export const rawParameterSchema = z.enum(["1", "true"]).describe("`1` or `true` adds `rawBody`, the body exactly as received; any other value does not.");
