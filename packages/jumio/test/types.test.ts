import { describe, expectTypeOf, it } from "vitest";
import type {
  AuthenticationCallback,
  Callback,
  CallbackKind,
  DocumentVerificationCallback,
  FraudRejectReason,
  NetverifyIdCallback,
  NotReadableRejectReason,
  WorkflowExecutionCallback,
} from "../src/index.js";
import { hasKind, kindOf, safeParseCallback } from "../src/index.js";

describe("types", () => {
  it("narrow the callback union on callBackType", () => {
    const narrow = (callback: Callback) => {
      switch (callback.callBackType) {
        case "NETVERIFYID":
          expectTypeOf(callback).toEqualTypeOf<NetverifyIdCallback>();
          return;
        case "NETVERIFY_AUTHENTICATION":
          expectTypeOf(callback).toEqualTypeOf<AuthenticationCallback>();
          expectTypeOf(callback.transactionResult).toEqualTypeOf<"PASSED" | "FAILED" | "INVALID" | "EXPIRED">();
          return;
        default:
          expectTypeOf(callback).toEqualTypeOf<DocumentVerificationCallback | WorkflowExecutionCallback>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("narrow the ID verification callback on verificationStatus, down to the reject reason family", () => {
    const narrow = (callback: NetverifyIdCallback) => {
      if (callback.verificationStatus === "DENIED_FRAUD") {
        expectTypeOf(callback.idScanStatus).toEqualTypeOf<"ERROR">();
        expectTypeOf(callback.rejectReason).toEqualTypeOf<FraudRejectReason | undefined>();
        expectTypeOf<NonNullable<typeof callback.rejectReason>["rejectReasonCode"]>().toEqualTypeOf<"100" | "105" | "106" | "107" | "108" | "109" | "110" | "111">();
      } else if (callback.verificationStatus === "ERROR_NOT_READABLE_ID") {
        expectTypeOf(callback.rejectReason).toEqualTypeOf<NotReadableRejectReason | undefined>();
      } else if (callback.verificationStatus === "APPROVED_VERIFIED") {
        expectTypeOf(callback.idScanStatus).toEqualTypeOf<"SUCCESS">();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("narrow on hasKind for the kinds without callBackType", () => {
    const narrow = (callback: Callback) => {
      if (hasKind(callback, "DOCUMENT_VERIFICATION")) expectTypeOf(callback).toEqualTypeOf<DocumentVerificationCallback>();
      if (hasKind(callback, "WORKFLOW_EXECUTION")) expectTypeOf(callback.workflowExecution.status).toEqualTypeOf<"PROCESSED" | "SESSION_EXPIRED" | "TOKEN_EXPIRED">();
    };
    expectTypeOf(narrow).toBeFunction();
    expectTypeOf(kindOf).returns.toEqualTypeOf<CallbackKind>();
  });

  it("type the safe result with the callback and its kind", () => {
    const result = safeParseCallback("");
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<Callback>();
      expectTypeOf(result.kind).toEqualTypeOf<CallbackKind>();
    } else {
      expectTypeOf(result.kind).toEqualTypeOf<CallbackKind | undefined>();
    }
  });
});
