/**
 * Every event name, in the order of `callbackSchemas` (./index.ts): the ten events of Shufti Pro, “Response Events”,
 * then `review.pending` and the legacy `request.cancelled`.
 * Kept apart from the schemas so that detecting a body's kind (../detect.ts) builds no schema.
 */
export const callbackKinds = [
  "request.pending",
  "request.invalid",
  "verification.cancelled",
  "request.timeout",
  "request.unauthorized",
  "verification.accepted",
  "verification.declined",
  "verification.status.changed",
  "request.deleted",
  "request.received",
  "review.pending",
  "request.cancelled",
] as const;

export type CallbackKind = (typeof callbackKinds)[number];

const kinds: ReadonlySet<string> = new Set(callbackKinds);

export function isCallbackKind(value: unknown): value is CallbackKind {
  return typeof value === "string" && kinds.has(value);
}
