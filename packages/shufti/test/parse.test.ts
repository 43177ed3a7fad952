/* eslint-disable @typescript-eslint/no-explicit-any -- test bodies are JSON edited freely */
import { CallbackParseError, formatIssues } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { getFixture } from "../src/fixtures.js";
import { detect, errorMessage, fromPhpObject, isoCountry, kindOf, parseCallback, safeParseCallback } from "../src/index.js";

const accepted = () => JSON.parse(getFixture("verification.accepted").text) as Record<string, any>;
const refuse = (body: unknown) => {
  const result = safeParseCallback(typeof body === "string" ? body : JSON.stringify(body));
  if (result.ok) expect.fail("expected the body to be refused");
  return result;
};
const firstIssue = (body: unknown) => {
  const issue = refuse(body).issues[0]!;
  return { path: issue.path.join("."), code: issue.code };
};

describe("safeParseCallback", () => {
  it("reads a body given as a string, a Uint8Array or an ArrayBuffer alike", () => {
    const fixture = getFixture("verification.accepted");
    const buffer = fixture.body.buffer.slice(fixture.body.byteOffset, fixture.body.byteOffset + fixture.body.byteLength) as ArrayBuffer;
    for (const body of [fixture.text, fixture.body, buffer]) expect(safeParseCallback(body).ok).toBe(true);
  });

  it("refuses a body sent with another content type", () => {
    const result = safeParseCallback(getFixture("request.pending").text, { contentType: "application/x-www-form-urlencoded" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.code).toBe("unsupported_media_type");
      expect(result.kind).toBe("request.pending");
    }
  });

  it("accepts JSON with a charset parameter", () => {
    expect(safeParseCallback(getFixture("request.pending").text, { contentType: "application/json; charset=utf-8" }).ok).toBe(true);
  });

  it("refuses a wrong enum value at its path", () => {
    expect(firstIssue({ ...accepted(), country: "XX" })).toEqual({ path: "country", code: "invalid_value" });
  });

  it("refuses a date in the wrong format at its path", () => {
    const body = accepted();
    body.verification_data.document.expiry_date = "31.12.2025";
    expect(firstIssue(body)).toEqual({ path: "verification_data.document.expiry_date", code: "invalid_format" });
  });

  it("refuses a result value other than 1, 0, null or an empty string", () => {
    const body = accepted();
    body.verification_result.address.full_address = "1";
    expect(firstIssue(body)).toEqual({ path: "verification_result.address.full_address", code: "invalid_value" });
  });

  it("refuses a missing required field at its path", () => {
    const { reference: _reference, ...body } = accepted();
    expect(firstIssue(body)).toEqual({ path: "reference", code: "invalid_type" });
  });

  it("refuses a field of the wrong type at its path", () => {
    const body = accepted();
    body.info.agent.is_desktop = "true";
    expect(firstIssue(body)).toEqual({ path: "info.agent.is_desktop", code: "invalid_type" });
    expect(firstIssue({ ...accepted(), error: 42 })).toEqual({ path: "error", code: "invalid_type" });
  });

  it("refuses a body without event, with an unknown event, or with a non-string event, naming the event field", () => {
    const { event: _event, ...noEvent } = accepted();
    expect(firstIssue(noEvent)).toEqual({ path: "event", code: "invalid_type" });
    expect(firstIssue({ ...accepted(), event: "verification.approved" })).toEqual({ path: "event", code: "unknown_kind" });
    expect(firstIssue({ ...accepted(), event: 7 })).toEqual({ path: "event", code: "invalid_type" });
  });

  it("never throws on null, an empty body, an array, a string, a number or random bytes", () => {
    const random = new Uint8Array(256).map((_, i) => (i * 151 + 7) % 256);
    for (const body of ["null", "", "[]", '"text"', "42", "{", random, new Uint8Array([0xff, 0xfe])]) {
      const result = safeParseCallback(body);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
    expect(refuse("null").issues[0]).toMatchObject({ path: [], code: "invalid_type", received: "null" });
    expect(refuse("[]").issues[0]).toMatchObject({ path: [], code: "invalid_type", received: "array" });
    expect(refuse("").issues[0]).toMatchObject({ path: [], code: "invalid_json" });
    expect(safeParseCallback(new Uint8Array([0xff, 0xfe]))).toMatchObject({ ok: false, issues: [{ code: "invalid_utf8" }] });
  });

  it("keeps the decoded body and the kind when validation fails, so the receiver can store it", () => {
    const body = { ...accepted(), country: "XX" };
    const result = refuse(body);
    expect(result.kind).toBe("verification.accepted");
    expect(result.decoded).toEqual(body);
  });

  it("keeps fields that no document lists", () => {
    const body = accepted();
    body.proofs = { access_token: "fake-token" };
    body.verification_data.document.place_of_issue = "EXAMPLE";
    const result = safeParseCallback(JSON.stringify(body));
    if (!result.ok) expect.fail(formatIssues(result.issues));
    const value = result.value as Record<string, any>;
    expect(value.proofs).toEqual({ access_token: "fake-token" });
    expect(value.verification_data.document.place_of_issue).toBe("EXAMPLE");
    const checks = parseCallback(getFixture("verification.accepted.document-checks").body) as Record<string, any>;
    expect(checks.warnings).toEqual(["png_format_detected"]);
    expect(checks.info.geolocation.ip_type).toBe("");
  });

  it("never puts personal values into the issues", () => {
    const fixture = getFixture("invalid/verification.accepted.bad-dob");
    const result = safeParseCallback(fixture.body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatIssues(result.issues) + JSON.stringify(result.issues);
    for (const personal of ["John", "Doe", "Carter", "13/03/1978", "1456-0989-5567-0909", "Maryland"]) expect(text).not.toContain(personal);
    expect(text).toContain("verification_data.document.dob");
  });
});

describe("PHP's empty object", () => {
  it("is accepted as [] for every object-valued field and kept as sent", () => {
    const body = accepted();
    body.verification_result = { document: [], address: [] };
    body.verification_data = { document: { ...body.verification_data.document, name: [] }, address: [] };
    body.info = { agent: [], geolocation: [] };
    body.additional_data = { document: { proof: [] } };
    body.error = [];
    const callback = parseCallback(JSON.stringify(body));
    if (callback.event !== "verification.accepted") expect.fail("wrong event");
    expect(callback.verification_data).toEqual({ document: expect.objectContaining({ name: [] }), address: [] });
    expect(fromPhpObject(callback.info)).toEqual({ agent: [], geolocation: [] });
    expect(errorMessage(callback.error)).toBeUndefined();
  });

  it("reads as undefined through fromPhpObject, and a real object as itself", () => {
    const callback = parseCallback(getFixture("verification.accepted.empty-verification-data").body);
    if (callback.event !== "verification.accepted") expect.fail("wrong event");
    expect(callback.verification_data).toEqual([]);
    expect(fromPhpObject(callback.verification_data)).toBeUndefined();
    expect(fromPhpObject(callback.verification_result)?.face).toBe(1);
  });

  it("is only an empty array: a non-empty array where an object belongs is refused", () => {
    expect(firstIssue({ ...accepted(), verification_data: [1] }).path).toBe("verification_data");
  });
});

describe("error, country and kind helpers", () => {
  it("read the error message from all three shapes", () => {
    expect(errorMessage("")).toBeUndefined();
    expect(errorMessage("Something failed")).toBe("Something failed");
    expect(errorMessage({ service: "document", key: "dob", message: "The dob does not match the format Y-m-d." })).toBe(
      "The dob does not match the format Y-m-d.",
    );
  });

  it("turn the UK that Shufti sends into the ISO code GB", () => {
    const callback = parseCallback(getFixture("request.received").body);
    if (callback.event !== "request.received") expect.fail("wrong event");
    expect(callback.country).toBe("UK");
    expect(isoCountry(callback.country!)).toBe("GB");
    expect(isoCountry("DE")).toBe("DE");
  });

  it("kindOf gives the event of a parsed callback", () => {
    expect(kindOf(parseCallback(getFixture("request.deleted").body))).toBe("request.deleted");
  });

  it("parseCallback throws a CallbackParseError carrying the issues and the kind", () => {
    try {
      parseCallback(getFixture("invalid/verification.accepted.bad-dob").body);
      expect.fail("expected a throw");
    } catch (error) {
      expect(error).toBeInstanceOf(CallbackParseError);
      expect((error as CallbackParseError).kind).toBe("verification.accepted");
      expect((error as CallbackParseError).issues[0]!.path).toEqual(["verification_data", "document", "dob"]);
    }
  });
});

describe("detect", () => {
  it("tells the kind of a body that fails validation", () => {
    expect(detect(JSON.stringify({ ...accepted(), country: "XX" }))).toBe("verification.accepted");
  });

  it("does not claim other providers' callbacks or unrelated JSON", () => {
    const others = [
      "idScanStatus=SUCCESS&callBackType=NETVERIFYID&jumioIdScanReference=00000000-0000-0000-0000-000000000000",
      JSON.stringify({ callbackSentAt: "2024-01-01T00:00:00.000Z", workflowExecution: { id: "x", status: "PROCESSED" } }),
      JSON.stringify({ id: "x", applicationId: "y", createdUtc: "2023-01-16T23:40:52.4886646Z", type: "KycIdentification.Approved", payload: {} }),
      JSON.stringify({ transaction_identity: { id: "x" }, state: "completed" }),
      JSON.stringify({ event: "verification.accepted" }),
      JSON.stringify({ reference: "17374217", event: "PROCESSED" }),
      JSON.stringify({ EventType: "verification.accepted", Payload: { Id: "x" } }),
      "null",
      "",
    ];
    for (const body of others) expect(detect(body)).toBeUndefined();
  });

  it("does not claim a JSON body sent as another content type", () => {
    expect(detect(getFixture("request.pending").body, { contentType: "text/html" })).toBeUndefined();
  });
});
