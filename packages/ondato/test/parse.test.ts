import { describe, expect, it } from "vitest";
import { CallbackParseError, formatIssues } from "@kyc-webhooks/core";
import { callbackKinds, canonicalKind, detect, isKycIdentificationCallback, kindOf, parseCallback, safeParseCallback } from "../src/index.js";
import { getFixture, listFixtures } from "../src/fixtures.js";

// Tests mutate the fixture's JSON freely, at any depth.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutable = Record<string, any>;
const approved = () => JSON.parse(getFixture("kyc-identification.approved").text) as Mutable;
const body = (value: unknown) => JSON.stringify(value);

function refusal(value: unknown) {
  const result = safeParseCallback(typeof value === "string" ? value : body(value));
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("safeParseCallback refuses bad input with a path and a code, never a throw", () => {
  it("refuses a status outside Awaiting, Approved, Rejected at payload.status", () => {
    const value = approved();
    value.payload.status = "Pending";
    const result = refusal(value);
    expect(result.kind).toBe("KycIdentification.Approved");
    expect(result.issues[0]).toMatchObject({ path: ["payload", "status"], code: "invalid_value", received: "string" });
  });

  it("refuses a status reason Ondato does not document at payload.statusReason", () => {
    const value = approved();
    value.payload.statusReason = "LooksFine";
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "statusReason"], code: "invalid_value" });
  });

  it("refuses an unknown file part and file type", () => {
    const value = approved();
    value.payload.document.files[0].part = "Side";
    value.payload.document.files[1].fileType = "Selfie";
    const paths = refusal(value).issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(["payload.document.files.0.part", "payload.document.files.1.fileType"]);
  });

  it("refuses a timestamp that is not a .NET UTC timestamp", () => {
    const value = approved();
    value.payload.completedUtc = "2022-09-29 14:36:51";
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "completedUtc"], code: "invalid_format" });
  });

  it("refuses a country that is not ISO 3166-1 alpha-3", () => {
    const value = approved();
    value.payload.document.countryIso3 = "LT";
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "document", "countryIso3"], code: "invalid_format" });
  });

  it("refuses an id that is not a GUID", () => {
    const value = approved();
    value.payload.identityVerificationId = "not-a-guid";
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "identityVerificationId"], code: "invalid_format" });
  });

  it("reports a missing required field as required", () => {
    const value = approved();
    delete value.payload.isCrossChecked;
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "isCrossChecked"], code: "invalid_type", received: "undefined" });
  });

  it("reports a field of the wrong type with the type received", () => {
    const value = approved();
    value.payload.isCrossChecked = "true";
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload", "isCrossChecked"], code: "invalid_type", expected: "boolean", received: "string" });
  });

  it("refuses a payload that is not an object", () => {
    const value = approved();
    value.payload = [];
    expect(refusal(value).issues[0]).toMatchObject({ path: ["payload"], code: "invalid_type", received: "array" });
  });

  it("refuses an unknown webhook type at type with unknown_kind, keeping the decoded body", () => {
    const value = approved();
    value.type = "KycIdentification.Deleted";
    const result = refusal(value);
    expect(result.kind).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ path: ["type"], code: "unknown_kind" });
    expect(result.decoded).toEqual(value);
  });

  it("keeps the decoded body of a refused webhook so nothing is lost", () => {
    const value = approved();
    value.payload.status = "Pending";
    expect(refusal(value).decoded).toEqual(value);
  });

  for (const [name, input] of [
    ["null", "null"],
    ["an empty body", ""],
    ["an array", "[]"],
    ["a number", "42"],
    ["a string", '"KycIdentification.Approved"'],
    ["an empty object", "{}"],
    ["malformed JSON", '{"type": "KycIdentification.Approved",'],
  ] as const) {
    it(`refuses ${name} with an issue`, () => {
      const result = safeParseCallback(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      expect(detect(input)).toBeUndefined();
    });
  }

  it("refuses random bytes that are not UTF-8 with invalid_utf8", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]);
    const result = safeParseCallback(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe("invalid_utf8");
    expect(detect(bytes)).toBeUndefined();
  });

  it("refuses a body of another content type with unsupported_media_type", () => {
    const result = safeParseCallback(getFixture("kyc-identification.approved").body, { contentType: "application/x-www-form-urlencoded" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: "unsupported_media_type", expected: "application/json" });
    expect(detect(getFixture("kyc-identification.approved").body, { contentType: "text/plain" })).toBeUndefined();
  });

  it("accepts application/json with a charset parameter", () => {
    expect(safeParseCallback(getFixture("kyc-identification.approved").body, { contentType: "application/json; charset=utf-8" }).ok).toBe(true);
  });

  it("takes the body as a string, a Uint8Array or an ArrayBuffer", () => {
    const fixture = getFixture("idv.status-changed");
    const buffer = fixture.body.buffer.slice(fixture.body.byteOffset, fixture.body.byteOffset + fixture.body.byteLength) as ArrayBuffer;
    for (const input of [fixture.text, fixture.body, buffer]) expect(safeParseCallback(input).ok).toBe(true);
  });
});

describe("issues never quote personal data", () => {
  it("formats the issues of a refused identification without the name or document number", () => {
    const value = approved();
    value.payload.document.dateOfBirth = "JOHN DOE X0000000";
    value.payload.document.type = "X0000000";
    value.payload.status = "JOHN DOE";
    const result = refusal(value);
    expect(result.issues.length).toBe(3);
    const text = formatIssues(result.issues) + JSON.stringify(result.issues);
    expect(text).not.toContain("JOHN");
    expect(text).not.toContain("X0000000");
  });

  it("keeps a refused fixture's name and document number out of the issues", () => {
    const fixture = getFixture("invalid/kyc-identification.approved.bad-birth-date");
    const result = safeParseCallback(fixture.body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatIssues(result.issues) + JSON.stringify(result.issues);
    for (const personal of ["JOHN", "DOE", "X0000000", "01.01.1990"]) expect(text).not.toContain(personal);
  });
});

describe("unknown fields are kept", () => {
  it("keeps fields Ondato adds, on the envelope, the payload and nested objects", () => {
    const value = approved();
    value.traceId = "trace-1";
    value.payload.riskLevel = "Low";
    value.payload.document.issuingAuthority = "EXAMPLE AUTHORITY";
    value.payload.document.files[0].checksum = "abc";
    const parsed = parseCallback(body(value)) as Mutable;
    expect(parsed.traceId).toBe("trace-1");
    expect(parsed.payload.riskLevel).toBe("Low");
    expect(parsed.payload.document.issuingAuthority).toBe("EXAMPLE AUTHORITY");
    expect(parsed.payload.document.files[0].checksum).toBe("abc");
  });

  it("keeps the timestamps as Ondato sent them, 7 fractional digits included", () => {
    const parsed = parseCallback(getFixture("kyc-identification.approved").body);
    expect(parsed.createdUtc).toBe("2022-09-29T14:36:52.4886646Z");
  });
});

describe("parseCallback", () => {
  it("returns the webhook of a valid body", () => {
    const parsed = parseCallback(getFixture("kyc-identification.rejected").body, { contentType: "application/json" });
    expect(kindOf(parsed)).toBe("KycIdentification.Rejected");
    expect(isKycIdentificationCallback(parsed) && parsed.payload.statusReason).toBe("PoorPhotoQuality");
  });

  it("throws CallbackParseError with the issues and the kind for a bad body", () => {
    const value = approved();
    value.payload.status = "Pending";
    try {
      parseCallback(body(value));
      expect.fail("expected a throw");
    } catch (error) {
      expect(error).toBeInstanceOf(CallbackParseError);
      expect((error as CallbackParseError).kind).toBe("KycIdentification.Approved");
      expect((error as CallbackParseError).issues[0]?.path).toEqual(["payload", "status"]);
    }
  });
});

describe("detect", () => {
  it("tells the kind of a webhook that fails validation", () => {
    expect(detect(getFixture("invalid/kyc-identification.rejected.unknown-status").body)).toBe("KycIdentification.Rejected");
  });

  it("tells both the current and the seed's Idv.* names apart", () => {
    expect(detect(getFixture("idv.consented").body)).toBe("Idv.Consented");
    expect(detect(getFixture("identity-verification.consented").body)).toBe("IdentityVerification.Consented");
    expect(canonicalKind("Idv.Consented")).toBe("IdentityVerification.Consented");
    expect(canonicalKind("Idv.StatusChanged")).toBe("IdentityVerification.StatusChanged");
    expect(canonicalKind("KycIdentification.Created")).toBe("KycIdentification.Created");
  });

  it("does not claim other providers' callbacks or guessed Ondato shapes", () => {
    const others = [
      { event: "verification.accepted", reference: "ref-1", verification_result: {} },
      { callBackType: "NETVERIFYID", jumioIdScanReference: "00000000-0000-4000-8000-000000000000", verificationStatus: "APPROVED_VERIFIED" },
      { workflowExecution: { id: "1", status: "PROCESSED" }, account: { id: "2" } },
      { identity: { transaction_identity: { id: "1" } }, id: "1" },
      { EventType: "KycIdentification.Approved", Payload: { Id: "1", Status: "Approved" } },
      { type: "KycIdentification.Approved" },
      { type: "PROCESSED", payload: {} },
      { type: "CONSENT_AGREEMENT_ACCEPTED", payload: {} },
    ];
    for (const other of others) expect(detect(body(other)), JSON.stringify(other)).toBeUndefined();
  });

  it("detects every kind", () => {
    const kinds = new Set(listFixtures().filter((f) => f.valid).map((f) => detect(f.body)));
    expect([...kinds].sort()).toEqual([...callbackKinds].sort());
  });
});
