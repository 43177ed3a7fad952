// The model's names that code needs without its schemas (./event.ts builds those): which providers there are,
// what can happen, and the statuses. Kept apart so that checking a body (the CLI's `validate`) builds no schema of the model.

export const providerNames = ["jumio", "shufti", "ondato", "netki"] as const;
export type ProviderName = (typeof providerNames)[number];

export const eventTypes = [
  "verification.started",
  "verification.updated",
  "verification.status_changed",
  "verification.completed",
  "request.rejected",
  "data.deleted",
  "data.document_deleted",
  "authentication.completed",
  "document.completed",
  "business.updated",
  "form.submitted",
] as const;
export type EventType = (typeof eventTypes)[number];

export const statuses = [
  "approved",
  "declined",
  "review",
  "resubmission_required",
  "pending",
  "expired",
  "cancelled",
  "error",
  "deleted",
  "unknown",
] as const;
export type Status = (typeof statuses)[number];
