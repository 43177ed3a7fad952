import type { Fixture } from "@kyc-webhooks/core";
import type { ProviderName, Status } from "../../src/index.js";

/*
 * The status each documented provider state must give, written from the issue and the provider
 * documents, independently of src/providers/<p>/mapping.ts: a change to a mapping that contradicts
 * the documents fails here. Keyed by the documented state, which the test reads from the fixture's raw
 * payload (or by fixture name where the state alone does not decide).
 */

/** Shufti: by `event` (seed 001; review.pending and request.cancelled from PROVIDER-FACTS 1.3). */
export const shuftiExpected: Readonly<Record<string, Status>> = {
  "verification.accepted": "approved",
  "verification.declined": "declined",
  "request.pending": "pending",
  "request.received": "pending",
  "verification.cancelled": "cancelled",
  "request.cancelled": "cancelled",
  "request.timeout": "expired",
  "request.invalid": "error",
  "request.unauthorized": "error",
  "verification.status.changed": "unknown",
  "request.deleted": "deleted",
  "review.pending": "review",
};

/** Netki transaction `state` (PROVIDER-FACTS 1.5) and KYB business `status`. */
export const netkiTransactionExpected: Readonly<Record<string, Status>> = {
  completed: "approved",
  failed: "declined",
  hold: "review",
  customer_review: "review",
  restarted: "resubmission_required",
  new: "pending",
  processing: "pending",
  post_processing: "pending",
  canceled: "cancelled",
  expired: "expired",
  delete_pending: "deleted",
  deleted: "deleted",
  quarantine: "review",
};
export const netkiBusinessExpected: Readonly<Record<string, Status>> = {
  accepted: "approved",
  rejected: "declined",
  hold: "review",
  open: "pending",
};

/** Ondato: by webhook `type` where the type decides (Ondato's webhooks page, the issue). */
export const ondatoByType: Readonly<Record<string, Status>> = {
  "IdentityVerification.Consented": "pending",
  "Idv.Consented": "pending",
  "KycIdentification.Approved": "approved",
  "KycIdentification.Rejected": "declined",
  "KybIdentification.Created": "pending",
  "KybIdentification.Approved": "approved",
  "KybIdentification.Rejected": "declined",
  "KybIdentification.Document.Created": "review",
  "KybIdentification.Document.Uploaded": "review",
  "KybIdentification.Document.Updated": "unknown",
  "KybIdentification.Document.Deleted": "unknown",
  "Form.Created": "pending",
};
/** Ondato IDV status (IdentityVerification.StatusChanged, Idv.StatusChanged). */
export const ondatoIdvStatus: Readonly<Record<string, Status>> = {
  Pending: "pending",
  Unfinished: "pending",
  Completed: "pending",
  Aborted: "cancelled",
  Expired: "expired",
};
/** Ondato KYC identification status in Created (started), and in Processed and Updated (Awaiting = manual review). */
export const ondatoKycStatusWhenCreated: Readonly<Record<string, Status>> = { Awaiting: "pending", Approved: "approved", Rejected: "declined" };
export const ondatoKycStatus: Readonly<Record<string, Status>> = { Awaiting: "review", Approved: "approved", Rejected: "declined" };

/** Events that say only that something changed: the consumer must fetch the result. */
export const needsRefreshKinds: Readonly<Record<ProviderName, readonly string[]>> = {
  jumio: [],
  shufti: ["verification.status.changed"],
  ondato: ["KybIdentification.Document.Updated", "KybIdentification.Document.Deleted"],
  netki: [],
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The documented state a fixture's payload carries, and the status the documents give it. */
export function expectedStatus(provider: ProviderName, fixture: Fixture, raw: unknown): { state: string; status: Status | undefined } {
  const body = raw as Record<string, Record<string, unknown>>;
  switch (provider) {
    case "shufti":
      return { state: fixture.kind, status: shuftiExpected[fixture.kind] };
    case "netki": {
      if (fixture.kind === "business") {
        const state = text(body.business?.status);
        return { state, status: netkiBusinessExpected[state] };
      }
      const state = text(body.identity?.state);
      return { state, status: netkiTransactionExpected[state] };
    }
    case "ondato": {
      const status = text(body.payload?.status);
      if (fixture.kind.endsWith(".StatusChanged")) return { state: `${fixture.kind} ${status}`, status: ondatoIdvStatus[status] };
      if (fixture.kind === "KycIdentification.Created") return { state: `${fixture.kind} ${status}`, status: ondatoKycStatusWhenCreated[status] };
      if (fixture.kind === "KycIdentification.Processed" || fixture.kind === "KycIdentification.Updated") {
        return { state: `${fixture.kind} ${status}`, status: ondatoKycStatus[status] };
      }
      return { state: fixture.kind, status: ondatoByType[fixture.kind] };
    }
    default:
      return { state: fixture.kind, status: undefined };
  }
}
