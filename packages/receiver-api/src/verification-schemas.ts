import * as z from "zod";
import { providerNames, providerNameSchema, statuses, statusSchema, verificationOutcomes } from "@kyc-webhooks/normalized";
import { decodeVerificationCursor } from "./verification-cursor.js";
import { commaSeparated, eventQueryParameters, limitMessage, listOf, time, tombstoneSchema } from "./schemas.js";
import type { ReadonlyShape } from "./schemas.js";

/*
 * The verifications API: the current state of every verification (provider + reference) and its history,
 * as @kyc-webhooks/normalized's identity rules and reducer make them (see that package's README for the
 * rules per provider). All timestamps are ISO 8601 strings in UTC.
 */

const storedId = z.string().regex(/^\d+$/);
const timestamp = z.iso.datetime();

export const verificationOutcomeSchema = z
  .enum(verificationOutcomes)
  .describe(
    "What the event did to its verification: `applied` (it set the current state), `ignored_older` (the provider's times say it is older than the event that set the state: shown, never applied), `duplicate` (it says what the state already says), `conflict` (it contradicts a final decision without the provider's documented change path, e.g. a replayed callback: flagged, never applied).",
  );

/** The event that set a verification's status. */
export const verificationEventRefSchema = z
  .object({
    id: storedId.describe("The receiver's id of the event (GET /events/{id})."),
    eventId: z.string().describe("The stored event's identity."),
    kind: z.string().describe("The provider's callback kind."),
    occurredAt: z.string().nullable().describe("The payload's time, verbatim, where it has one."),
    receivedAt: timestamp.describe("When the receiver first received it."),
  })
  .describe("The event that set the verification's status.");

export const verificationSummarySchema = z
  .object({
    provider: providerNameSchema,
    reference: z.string().describe("The provider's id of the verification (a Netki business: its name, since that callback carries no id)."),
    status: statusSchema.describe("The current status; `unknown` while a change notice waits for a refresh."),
    providerStatus: z.string().nullable().describe("The provider's own status value of the event that set it (Netki `open`, Ondato `Approved`, Shufti `verification.accepted`)."),
    final: z.boolean().describe("Whether the decision is final: it changes only through the provider's documented path."),
    needsRefresh: z.boolean().describe("True after a change notice (Shufti `verification.status.changed`): fetch the status from the provider."),
    updatedAt: timestamp.describe("When the latest event of this verification was recorded, whatever its outcome."),
    eventCount: z.number().int().min(1).describe("Events recorded (a redelivery is a delivery of an event, not an event)."),
    conflictCount: z.number().int().min(0).describe("Events that contradicted a final decision (or said something else for the same moment)."),
    event: verificationEventRefSchema,
  })
  .describe("The current state of one verification.");
export type VerificationSummary = ReadonlyShape<z.infer<typeof verificationSummarySchema>>;

export const verificationHistoryEntrySchema = z
  .object({
    id: storedId.describe("The receiver's id of the event (GET /events/{id})."),
    eventId: z.string().describe("The stored event's identity."),
    kind: z.string().nullable().describe("The provider's callback kind."),
    status: statusSchema.nullable().describe("The status this event alone tells."),
    providerStatus: z.string().nullable().describe("The provider's own status value."),
    occurredAt: z.string().nullable().describe("The payload's time, verbatim, where it has one."),
    receivedAt: timestamp.describe("When the receiver first received it."),
    deliveries: z.number().int().min(1).describe("Deliveries of this event: 1 plus its redeliveries."),
    outcome: verificationOutcomeSchema,
  })
  .describe("One event of a verification and what it did.");

/** GET /verifications/{provider}/{reference} */
export const verificationDetailSchema = verificationSummarySchema
  .extend({
    history: z.array(verificationHistoryEntrySchema).describe("Every event of the verification, in the order received."),
    tombstone: tombstoneSchema
      .nullable()
      .describe("When the verification's personal data was purged (POST .../purge, or the provider's deletion event): who asked, why, when first and last; null when never. The status and history stay."),
  })
  .describe("One verification: its current state and every event, with what each did.");
export type VerificationDetail = ReadonlyShape<z.infer<typeof verificationDetailSchema>>;

/** GET /verifications */
export const verificationListResponseSchema = z
  .object({
    verifications: z.array(verificationSummarySchema).describe("The verifications, most recently updated first."),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page."),
  })
  .describe("One page of verifications, most recently updated first.");
export type VerificationListResponse = ReadonlyShape<z.infer<typeof verificationListResponseSchema>>;

/** The GET /verifications query parameters, each as the value the receiver works with. */
export const verificationQueryParameters = {
  provider: listOf(providerNames, "provider").describe(`Only these providers (${providerNames.join(", ")}), comma-separated.`),
  status: listOf(statuses, "status").describe("Only these current statuses, comma-separated."),
  final: z.boolean().describe("Only final (true) or only open (false) verifications."),
  updatedSince: time("updatedSince").describe("Updated at or after this time (ISO 8601 date or timestamp)."),
  limit: eventQueryParameters.limit,
  cursor: z
    .string()
    .refine((value) => decodeVerificationCursor(value) !== undefined, { error: "cursor is not one this receiver gave out" })
    .describe("The previous page's `nextCursor`."),
} as const;

const q = verificationQueryParameters;

/** Reads GET /verifications's query (one value per parameter, as text). Unknown parameters are refused. */
export const verificationQuerySchema = z.strictObject(
  {
    provider: commaSeparated(q.provider).optional(),
    status: commaSeparated(q.status).optional(),
    final: z
      .enum(["true", "false"], { error: "final must be true or false" })
      .transform((value) => value === "true")
      .pipe(q.final)
      .optional(),
    updatedSince: q.updatedSince.optional(),
    limit: z.string().regex(/^\d+$/, { error: limitMessage }).transform(Number).pipe(q.limit).optional(),
    cursor: q.cursor.optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown query parameter(s): ${issue.keys.join(", ")}` : undefined) },
);
export type VerificationQuery = ReadonlyShape<z.output<typeof verificationQuerySchema>>;
