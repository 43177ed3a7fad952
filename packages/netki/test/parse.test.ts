import { describe, expect, it } from "vitest";
import { CallbackParseError, formatIssues } from "@kyc-webhooks/core";
import { detect, isTransactionCallback, kindOf, parseCallback, safeParseCallback } from "../src/index.js";
import { getFixture } from "../src/fixtures.js";

const completed = () => JSON.parse(getFixture("transaction.completed").text) as { identity: Record<string, unknown> & { transaction_identity: Record<string, unknown> } };
const encode = (value: unknown) => JSON.stringify(value);

function refusal(body: string | Uint8Array | ArrayBuffer, contentType?: string) {
  const result = safeParseCallback(body, { contentType });
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("safeParseCallback", () => {
  it("accepts the raw body as a string, a Uint8Array or an ArrayBuffer", () => {
    const fixture = getFixture("transaction.new");
    const copy = fixture.body.slice();
    for (const body of [fixture.text, fixture.body, copy.buffer]) {
      expect(safeParseCallback(body).ok).toBe(true);
    }
  });

  it("accepts application/json with a charset parameter", () => {
    expect(safeParseCallback(getFixture("business.open").body, { contentType: "application/json; charset=utf-8" }).ok).toBe(true);
  });

  it("refuses a body of another content type with unsupported_media_type", () => {
    const result = refusal(getFixture("business.open").body, "application/x-www-form-urlencoded");
    expect(result.issues[0]?.code).toBe("unsupported_media_type");
  });

  it("reports a wrong enum value with its path and invalid_value", () => {
    const body = completed();
    body.identity.transaction_identity.gender = "M";
    const result = refusal(encode(body));
    expect(result.kind).toBe("transaction");
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["identity", "transaction_identity", "gender"], code: "invalid_value" }));
  });

  it("reports a wrong date format with its path and invalid_format", () => {
    const body = completed();
    body.identity.transaction_identity.birth_date = "01/01/1990";
    const result = refusal(encode(body));
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["identity", "transaction_identity", "birth_date"], code: "invalid_format" }));
  });

  it("reports a missing required field with its path and invalid_type", () => {
    const body = completed();
    delete body.identity.client;
    const result = refusal(encode(body));
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["identity", "client"], code: "invalid_type", received: "undefined" }));
    expect(result.issues[0]?.message).toMatch(/^Required/);
  });

  it("reports a field of the wrong type with its path", () => {
    const body = completed();
    body.identity.is_active = "yes";
    const result = refusal(encode(body));
    expect(result.issues).toContainEqual(expect.objectContaining({ path: ["identity", "is_active"], code: "invalid_type", expected: "boolean", received: "string" }));
  });

  it("reports a malformed body as invalid_json with the line and column", () => {
    const result = refusal('{\n  "identity": {,\n}');
    expect(result.issues[0]?.code).toBe("invalid_json");
    expect(result.issues[0]?.message).toMatch(/line 2/);
    expect(result.decoded).toBeUndefined();
  });

  it("never throws on null, an empty body, an array, a number or random bytes", () => {
    const random = new Uint8Array(64).map((_, i) => (i * 151 + 7) % 256);
    for (const body of ["null", "", "[]", "42", '"text"', "{}", random]) {
      const result = safeParseCallback(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
    expect(refusal("null").issues[0]).toMatchObject({ code: "invalid_type", expected: "object", received: "null" });
    expect(refusal("[]").issues[0]).toMatchObject({ code: "invalid_type", received: "array" });
    expect(refusal("{}").issues[0]?.code).toBe("unknown_kind");
    expect(refusal(random).issues[0]?.code).toMatch(/invalid_utf8|invalid_json/);
  });

  it("keeps the decoded body on a validation failure so that nothing is lost", () => {
    const body = completed();
    body.identity.state = "approved";
    const result = refusal(encode(body));
    expect(result.decoded).toEqual(body);
  });

  it("never puts personal values into issues", () => {
    const body = completed();
    body.identity.transaction_identity.gender = "JOHN DOE X0000000";
    body.identity.transaction_identity.first_name = 12345;
    body.identity.transaction_identity.birth_date = "X0000000";
    const text = formatIssues(refusal(encode(body)).issues) + JSON.stringify(refusal(encode(body)).issues);
    expect(text).not.toContain("JOHN");
    expect(text).not.toContain("X0000000");
    expect(text).not.toContain("12345");
  });

  it("does not quote the person of a refused fixture in its issues", () => {
    for (const name of ["invalid/transaction.approved-state", "invalid/transaction.bad-timestamp", "invalid/transaction.missing-birth-date"]) {
      const text = formatIssues(refusal(getFixture(name).body).issues);
      for (const personal of ["JOHN", "DOE", "john.doe@example.com", "1990-01-01", "+12345550100"]) expect(text).not.toContain(personal);
    }
  });

  it("keeps unknown fields at every level", () => {
    const body = completed();
    body.identity.brand_new_field = { nested: true };
    body.identity.transaction_identity.another_new_field = "kept";
    const result = safeParseCallback(encode(body));
    if (!result.ok || !isTransactionCallback(result.value)) throw new Error("expected a transaction");
    expect(result.value.identity.brand_new_field).toEqual({ nested: true });
    expect(result.value.identity.transaction_identity.another_new_field).toBe("kept");
  });

  it("accepts timestamps without microseconds, as Python writes them when they are zero", () => {
    const body = completed();
    body.identity.created = "2026-06-30T14:22:10Z";
    expect(safeParseCallback(encode(body)).ok).toBe(true);
  });

  it("accepts a transaction that has both contettype and contenttype, or neither", () => {
    const body = completed();
    body.identity.contettype = 29;
    body.identity.contenttype = 29;
    expect(safeParseCallback(encode(body)).ok).toBe(true);
    delete body.identity.contettype;
    delete body.identity.contenttype;
    expect(safeParseCallback(encode(body)).ok).toBe(true);
  });

  it("rejects a callback record whose response_raw is longer than Netki stores", () => {
    const body = completed();
    body.identity.transaction_callbacks = [{ ...(body.identity.transaction_callbacks as object[])[0], response_raw: "x".repeat(2001) }];
    expect(refusal(encode(body)).issues[0]).toMatchObject({ path: ["identity", "transaction_callbacks", 0, "response_raw"], code: "too_big" });
  });
});

describe("parseCallback", () => {
  it("returns the callback for a valid body", () => {
    expect(kindOf(parseCallback(getFixture("business.hold").body))).toBe("business");
  });

  it("throws CallbackParseError carrying the issues and the kind", () => {
    try {
      parseCallback(getFixture("invalid/business.approved-status").body);
      expect.fail("should throw");
    } catch (error) {
      expect(error).toBeInstanceOf(CallbackParseError);
      expect((error as CallbackParseError).kind).toBe("business");
      expect((error as CallbackParseError).issues[0]?.path).toEqual(["business", "status"]);
    }
  });
});

describe("detect", () => {
  it("tells the kind of a body that fails validation", () => {
    expect(detect(getFixture("invalid/transaction.approved-state").body)).toBe("transaction");
    expect(detect(getFixture("invalid/business.approved-status").body)).toBe("business");
  });

  it("returns undefined for malformed bodies and wrong content types, without throwing", () => {
    expect(detect(getFixture("invalid/transaction.truncated.not-json").body)).toBeUndefined();
    expect(detect("")).toBeUndefined();
    expect(detect("null")).toBeUndefined();
    expect(detect(getFixture("business.open").body, { contentType: "text/plain" })).toBeUndefined();
  });

  it("does not claim Shufti, Ondato or Jumio bodies", () => {
    const others = [
      // Shufti (seed 001): reference + event.
      encode({ reference: "17374217", event: "verification.accepted", verification_result: { document: { name: 1 } }, verification_data: { document: { name: { first_name: "JOHN" } } } }),
      encode({ reference: "17374217", event: "request.pending", verification_url: "https://example.com" }),
      // Ondato (PROVIDER-FACTS 1.4): envelope with type + payload.
      encode({ id: "e3b0c442-98fc-1c14-9afb-f4c8996fb924", applicationId: "a", createdUtc: "2023-01-16T23:40:52.4886646Z", payload: { id: "x", status: "Approved" }, type: "KycIdentification.Approved" }),
      encode({ EventType: "IdentityVerification.StatusChanged", Payload: { Id: "x", Status: "Completed" } }),
      // Jumio legacy (form) and KYX (JSON).
      "callBackType=NETVERIFYID&jumioIdScanReference=00000000-0000-0000-0000-000000000000&verificationStatus=APPROVED_VERIFIED",
      encode({ callbackSentAt: "2021-01-01T00:00:00.000Z", workflowExecution: { id: "x", status: "PROCESSED" }, account: { id: "y" } }),
      // Shapes that merely resemble Netki's.
      encode({ event: "x", identity: { transaction_identity: {} } }),
      encode({ identity: { id: "x" } }),
      encode({ business: { name: "Example Corp LLC" } }),
    ];
    for (const body of others) expect(detect(body)).toBeUndefined();
  });
});
