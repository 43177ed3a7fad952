import * as z from "zod";
import { requestCancelledSchema } from "./request-cancelled.js";
import { requestDeletedSchema } from "./request-deleted.js";
import { requestInvalidSchema } from "./request-invalid.js";
import { requestPendingSchema } from "./request-pending.js";
import { requestReceivedSchema } from "./request-received.js";
import { requestTimeoutSchema } from "./request-timeout.js";
import { requestUnauthorizedSchema } from "./request-unauthorized.js";
import { reviewPendingSchema } from "./review-pending.js";
import { verificationAcceptedSchema } from "./verification-accepted.js";
import { verificationCancelledSchema } from "./verification-cancelled.js";
import { verificationDeclinedSchema } from "./verification-declined.js";
import { verificationStatusChangedSchema } from "./verification-status-changed.js";
import type { CallbackKind } from "./kinds.js";

export { callbackKinds, isCallbackKind } from "./kinds.js";
export type { CallbackKind } from "./kinds.js";

/**
 * Every event's schema by its name. The ten events of Shufti Pro, “Response Events” come first, in the document's order
 * (payload spellings: `request.unauthorized`, `request.received`), then the two that Shufti has sent
 * beyond it (`review.pending`, legacy `request.cancelled`; captured Shufti Pro callbacks in integrators' public code).
 */
export const callbackSchemas = {
  "request.pending": requestPendingSchema,
  "request.invalid": requestInvalidSchema,
  "verification.cancelled": verificationCancelledSchema,
  "request.timeout": requestTimeoutSchema,
  "request.unauthorized": requestUnauthorizedSchema,
  "verification.accepted": verificationAcceptedSchema,
  "verification.declined": verificationDeclinedSchema,
  "verification.status.changed": verificationStatusChangedSchema,
  "request.deleted": requestDeletedSchema,
  "request.received": requestReceivedSchema,
  "review.pending": reviewPendingSchema,
  "request.cancelled": requestCancelledSchema,
} as const satisfies Record<CallbackKind, z.ZodType>;

export const callbackSchema = z
  .discriminatedUnion("event", [
    requestPendingSchema,
    requestInvalidSchema,
    verificationCancelledSchema,
    requestTimeoutSchema,
    requestUnauthorizedSchema,
    verificationAcceptedSchema,
    verificationDeclinedSchema,
    verificationStatusChangedSchema,
    requestDeletedSchema,
    requestReceivedSchema,
    reviewPendingSchema,
    requestCancelledSchema,
  ])
  .describe("A Shufti Pro callback (or verification API response): one of the events, told apart by `event`.");
export type Callback = z.infer<typeof callbackSchema>;

/** The callback of each kind: `CallbackOfKind["verification.accepted"]`. */
export type CallbackOfKind = { [K in CallbackKind]: Extract<Callback, { event: K }> };

/** Narrows a parsed callback to one kind: `if (hasKind(callback, "verification.declined")) callback.declined_codes…`. */
export function hasKind<K extends CallbackKind>(callback: Callback, kind: K): callback is CallbackOfKind[K] {
  return callback.event === kind;
}

/** The kind of an already-parsed callback: its `event`. */
export function kindOf(callback: Callback): CallbackKind {
  return callback.event;
}
