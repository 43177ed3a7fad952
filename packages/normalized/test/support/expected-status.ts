import type { Fixture } from "@kyc-webhooks/core";
import type { ProviderName, Status } from "../../src/index.js";

/*
 * The status each documented provider state must give, written from the issue and the provider
 * documents, independently of src/providers/<p>/mapping.ts: a change to a mapping that contradicts
 * the documents fails here. Keyed by the documented state, which the test reads from the fixture's raw
 * payload (or by fixture name where the state alone does not decide).
 */

/** Jumio Netverify `verificationStatus` (seeds 003, 004; the issue). */
export const jumioVerificationStatus: Readonly<Record<string, Status>> = {
  APPROVED_VERIFIED: "approved",
  DENIED_FRAUD: "declined",
  DENIED_UNSUPPORTED_ID_TYPE: "declined",
  DENIED_UNSUPPORTED_ID_COUNTRY: "declined",
  ERROR_NOT_READABLE_ID: "resubmission_required",
  NO_ID_UPLOADED: "expired",
};
/** Jumio Authentication `transactionResult`. */
export const jumioAuthenticationResult: Readonly<Record<string, Status>> = { PASSED: "approved", FAILED: "declined", INVALID: "error", EXPIRED: "expired" };
/** Jumio platform `workflowExecution.status` (PROVIDER-FACTS 1.2). */
export const jumioWorkflowStatus: Readonly<Record<string, Status>> = { PROCESSED: "unknown", SESSION_EXPIRED: "expired", TOKEN_EXPIRED: "expired" };
/** Jumio Document Verification: `transaction.status`, and `document.status` when DONE (Jumio makes no decision on a document). */
export const jumioDocumentVerification: Readonly<Record<string, Status>> = {
  FAILED: "expired",
  "DONE/UPLOADED": "review",
  "DONE/EXTRACTED": "review",
  "DONE/DISCARDED": "declined",
  DONE: "review",
};

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

/** The events the issue names as saying only that something changed: they must ask for a refresh. */
export const mustRefresh: readonly string[] = [
  "shufti verification.status.changed",
  "jumio WORKFLOW_EXECUTION PROCESSED",
  "ondato KybIdentification.Document.Updated",
  "ondato KybIdentification.Document.Deleted",
];

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
    case "jumio": {
      if (fixture.kind === "NETVERIFY_AUTHENTICATION") {
        const state = text(body.transactionResult);
        return { state, status: jumioAuthenticationResult[state] };
      }
      if (fixture.kind === "WORKFLOW_EXECUTION") {
        const state = text(body.workflowExecution?.status);
        return { state: `${fixture.kind} ${state}`, status: jumioWorkflowStatus[state] };
      }
      if (fixture.kind === "DOCUMENT_VERIFICATION") {
        const transaction = text(body.transaction?.status);
        const document = text(body.document?.status);
        const state = transaction === "DONE" && document !== "" ? `DONE/${document}` : transaction;
        return { state, status: jumioDocumentVerification[state] };
      }
      const state = text(body.verificationStatus);
      return { state, status: jumioVerificationStatus[state] };
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
