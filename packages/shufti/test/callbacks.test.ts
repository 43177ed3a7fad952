import { describe, expect, expectTypeOf, it } from "vitest";
import { getFixture } from "../src/fixtures.js";
import { callbackKinds, callbackSchema, parseCallback, safeParseCallback } from "../src/index.js";
import type { Callback, CallbackCountry, CallbackKind, RequestReceived, ShuftiError, VerificationAccepted, VerificationDeclined } from "../src/index.js";

describe("event names", () => {
  it("are the ten of the document, with the payloads' spelling, plus review.pending and request.cancelled", () => {
    expect(callbackKinds).toEqual([
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
    ]);
  });

  it("do not include the headings' misspellings request.unauthorised and request.recieved, which are refused as unknown events", () => {
    expect(callbackKinds).not.toContain("request.unauthorised");
    expect(callbackKinds).not.toContain("request.recieved");
    for (const event of ["request.unauthorised", "request.recieved"]) {
      const result = safeParseCallback(JSON.stringify({ reference: "17374217", event, email: null, country: null }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ["event"], code: "unknown_kind" });
    }
  });

  it("are what the document's payloads send", () => {
    expect(parseCallback(getFixture("request.unauthorized").body).event).toBe("request.unauthorized");
    expect(parseCallback(getFixture("request.received").body).event).toBe("request.received");
  });

  it("form a discriminated union on event that the callback schema validates as a whole", () => {
    const result = callbackSchema.safeParse(JSON.parse(getFixture("verification.declined").text));
    expect(result.success).toBe(true);
    expect(callbackSchema.safeParse({ reference: "17374217", event: "request.recieved" }).success).toBe(false);
  });
});

describe("types", () => {
  it("narrow the callback on event", () => {
    const callback = parseCallback(getFixture("verification.declined").body);
    expectTypeOf(callback.event).toEqualTypeOf<CallbackKind>();
    switch (callback.event) {
      case "verification.declined":
        expectTypeOf(callback).toEqualTypeOf<VerificationDeclined>();
        expectTypeOf(callback.declined_codes).toEqualTypeOf<string[] | undefined>();
        expect(callback.declined_codes).toEqual(["SPDR07", "SPDR06", "SPDR23"]);
        break;
      case "verification.accepted":
        expectTypeOf(callback).toEqualTypeOf<VerificationAccepted>();
        break;
      case "request.received":
        expectTypeOf(callback).toEqualTypeOf<RequestReceived>();
        expectTypeOf(callback.country).toEqualTypeOf<CallbackCountry | null | undefined>();
        break;
      default:
        expectTypeOf(callback).not.toEqualTypeOf<VerificationDeclined>();
    }
    expect(callback.event).toBe("verification.declined");
  });

  it("type error as a string, an object with a message, or PHP's empty array", () => {
    expectTypeOf<ShuftiError>().toEqualTypeOf<string | { service: string; key: string; message: string; [k: string]: unknown } | []>();
    expectTypeOf<Extract<Callback, { event: "request.invalid" }>["error"]>().toEqualTypeOf<ShuftiError>();
  });
});
