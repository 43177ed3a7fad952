import { describe, expect, expectTypeOf, it } from "vitest";
import { isBusinessCallback, isTransactionCallback, kindOf, parseCallback } from "../src/index.js";
import type { BusinessCallback, Callback, CallbackKind, TransactionCallback, TransactionState } from "../src/index.js";
import { getFixture } from "../src/fixtures.js";

describe("types", () => {
  it("narrows the callback union with the shape guards (Netki has no discriminator field)", () => {
    const callback: Callback = parseCallback(getFixture("transaction.restarted").body);
    if (isTransactionCallback(callback)) {
      expectTypeOf(callback).toEqualTypeOf<TransactionCallback>();
      expectTypeOf(callback.identity.state).toEqualTypeOf<TransactionState>();
      expectTypeOf(callback.identity.transaction_identity).toBeNullable();
      expect(callback.identity.transaction_identity?.identity_access_code?.child_codes[0]?.code).toBe("nkt222");
    } else {
      expectTypeOf(callback).toEqualTypeOf<BusinessCallback>();
      expect.fail("expected a transaction callback");
    }
  });

  it("narrows a business callback to its status enum", () => {
    const callback = parseCallback(getFixture("business.rejected").body);
    if (!isBusinessCallback(callback)) return expect.fail("expected a business callback");
    expectTypeOf(callback.business.status).toEqualTypeOf<"open" | "hold" | "accepted" | "rejected">();
    expectTypeOf(callback.business.parent_business).toEqualTypeOf<string | null>();
    expect(callback.business.parent_business).toBeNull();
  });

  it("types the transaction state as the thirteen documented values", () => {
    expectTypeOf<TransactionState>().toEqualTypeOf<
      "new" | "processing" | "post_processing" | "customer_review" | "hold" | "failed" | "completed" | "canceled" | "restarted" | "quarantine" | "expired" | "delete_pending" | "deleted"
    >();
    expectTypeOf(kindOf).returns.toEqualTypeOf<CallbackKind>();
    expectTypeOf<CallbackKind>().toEqualTypeOf<"transaction" | "business">();
  });
});
