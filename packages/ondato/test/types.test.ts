import { describe, expectTypeOf, it } from "vitest";
import type { Callback, CallbackKind, FormPayload, IdentityVerification, KybIdentificationPayload, KycIdentification, KycStatusReason, ThinIdvPayload } from "../src/index.js";
import { isIdentityVerificationCallback, isKycIdentificationCallback, kindOf } from "../src/index.js";

describe("the Callback union narrows on type", () => {
  it("gives KycIdentification.* webhooks the KYC identification payload", () => {
    expectTypeOf<Extract<Callback, { type: "KycIdentification.Approved" }>["payload"]>().toEqualTypeOf<KycIdentification>();
    const handle = (callback: Callback) => {
      if (callback.type === "KycIdentification.Rejected") {
        expectTypeOf(callback.payload).toEqualTypeOf<KycIdentification>();
        expectTypeOf(callback.payload.statusReason).toEqualTypeOf<KycStatusReason | null | undefined>();
      }
    };
    expectTypeOf(handle).toBeFunction();
  });

  it("gives the current and the Idv.* names the identity verification payload, a status change also its thin form", () => {
    const handle = (callback: Callback) => {
      switch (callback.type) {
        case "IdentityVerification.StatusChanged":
        case "Idv.StatusChanged":
          expectTypeOf(callback.payload).toEqualTypeOf<IdentityVerification | ThinIdvPayload>();
          expectTypeOf(callback.payload.status).toEqualTypeOf<"Unfinished" | "Completed" | "Aborted" | "Expired" | "Pending" | undefined>();
          break;
        case "Form.Created":
          expectTypeOf(callback.payload).toEqualTypeOf<FormPayload>();
          break;
        case "KybIdentification.Document.Updated":
          expectTypeOf(callback.payload).toEqualTypeOf<KybIdentificationPayload>();
          break;
      }
    };
    expectTypeOf(handle).toBeFunction();
  });

  it("narrows with the resource guards", () => {
    const handle = (callback: Callback) => {
      if (isKycIdentificationCallback(callback)) expectTypeOf(callback.payload).toEqualTypeOf<KycIdentification>();
      if (isIdentityVerificationCallback(callback)) expectTypeOf(callback.payload).toEqualTypeOf<IdentityVerification | ThinIdvPayload>();
    };
    expectTypeOf(handle).toBeFunction();
  });

  it("types kindOf as a CallbackKind and the kinds as Ondato's type names", () => {
    expectTypeOf(kindOf).returns.toEqualTypeOf<CallbackKind>();
    expectTypeOf<"Idv.Consented">().toMatchTypeOf<CallbackKind>();
    expectTypeOf<"KybIdentification.Document.Deleted">().toMatchTypeOf<CallbackKind>();
    expectTypeOf<Callback["type"]>().toEqualTypeOf<CallbackKind>();
  });
});
