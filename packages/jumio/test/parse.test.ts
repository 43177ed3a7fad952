import { CallbackParseError, formatIssues, formatPath } from "@kyc-webhooks/core";
import type { Issue } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { getFixture } from "../src/fixtures.js";
import {
  addressFormat,
  decodeCallback,
  decodeFormBody,
  detect,
  formToObject,
  hasKind,
  jumioBoolean,
  parseCallback,
  rejectReasonDetailList,
  safeParseCallback,
} from "../src/index.js";

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

function first(body: string | Uint8Array, contentType?: string): Issue {
  const result = safeParseCallback(body, contentType === undefined ? {} : { contentType });
  if (result.ok) expect.fail("expected the body to be refused");
  return result.issues[0]!;
}

function at(issue: Issue): { path: string; code: string } {
  return { path: formatPath(issue.path), code: issue.code };
}

/** The seed 003 approved sample with one field replaced (or removed when value is undefined). */
function approvedWith(key: string, value: string | undefined): string {
  const params = new URLSearchParams(getFixture("netverify-id.approved-verified.seed-003").text);
  if (value === undefined) params.delete(key);
  else params.set(key, value);
  return params.toString();
}

describe("decoding Jumio's form bodies", () => {
  it("decodes both + and %20 as spaces, as the WHATWG form parser does", () => {
    expect(decodeFormBody("idFirstName=JOHN+PAUL&idLastName=VAN%20DOE")).toEqual([
      ["idFirstName", "JOHN PAUL"],
      ["idLastName", "VAN DOE"],
    ]);
    const result = parseCallback(getFixture("netverify-id.plus-encoded-spaces").body, { contentType: FORM });
    expect(result.callBackType === "NETVERIFYID" && result.idFirstName).toBe("JOHN PAUL");
  });

  it("keeps every pair of a repeated key, in order, in the raw view", () => {
    const pairs = decodeFormBody(getFixture("netverify-id.repeated-keys").body);
    expect(pairs.filter(([key]) => key === "idType").map(([, value]) => value)).toEqual(["ID_CARD", "PASSPORT"]);
    expect(pairs.filter(([key]) => key === "livenessImages")).toHaveLength(2);
  });

  it("lets the last value win for a repeated scalar field, and collects repeated livenessImages into one array", () => {
    const result = parseCallback(getFixture("netverify-id.repeated-keys").body, { contentType: FORM });
    if (!hasKind(result, "NETVERIFYID")) expect.fail("kind");
    expect(result.idType).toBe("PASSPORT");
    expect(result.livenessImages).toEqual([
      "https://netverify.com/api/netverify/v2/scans/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/images/liveness/1",
      "https://netverify.com/api/netverify/v2/scans/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/images/liveness/2",
    ]);
  });

  it("concatenates livenessImages sent as several JSON arrays", () => {
    const { value, issues } = formToObject(decodeFormBody('livenessImages=["https://a.example.com/1"]&livenessImages=["https://a.example.com/2"]'), "NETVERIFYID");
    expect(issues).toEqual([]);
    expect(value.livenessImages).toEqual(["https://a.example.com/1", "https://a.example.com/2"]);
  });

  it("parses the JSON held in form fields before validation", () => {
    const result = parseCallback(getFixture("netverify-id.denied-fraud.seed-003").body, { contentType: FORM });
    if (result.callBackType !== "NETVERIFYID" || result.verificationStatus !== "DENIED_FRAUD") expect.fail("narrowing");
    expect(result.rejectReason?.rejectReasonCode).toBe("100");
    expect(rejectReasonDetailList(result.rejectReason!).map((d) => d.detailsCode)).toEqual(["1001", "1004"]);
    const dv = parseCallback(getFixture("document-verification.extracted.seed-003").body);
    if (!hasKind(dv, "DOCUMENT_VERIFICATION")) expect.fail("kind");
    expect(dv.transaction.source).toBe("DOC_SDK");
    expect(dv.document?.extractedData?.signatureAvailable).toBe(true);
  });

  it("reports a JSON field that does not hold JSON as invalid_json at that field, once, and keeps its text in decoded", () => {
    const body = approvedWith("identityVerification", "{similarity:MATCH}");
    const result = safeParseCallback(body, { contentType: FORM });
    if (result.ok) expect.fail("expected refusal");
    expect(result.kind).toBe("NETVERIFYID");
    expect(result.issues.map(at)).toEqual([{ path: "identityVerification", code: "invalid_json" }]);
    expect((result.decoded as Record<string, unknown>).identityVerification).toBe("{similarity:MATCH}");
  });

  it("reports invalid_json at livenessImages when one of its arrays is broken", () => {
    const body = approvedWith("livenessImages", '["https://a.example.com/1"');
    expect(at(first(body, FORM))).toEqual({ path: "livenessImages", code: "invalid_json" });
  });

  it("accepts the authentication face image as the plain URL of the sample or as the JSON of the table", () => {
    const plain = parseCallback(getFixture("authentication.passed.seed-003").body);
    const json = parseCallback(getFixture("authentication.face-image-json").body);
    if (!hasKind(plain, "NETVERIFY_AUTHENTICATION") || !hasKind(json, "NETVERIFY_AUTHENTICATION")) expect.fail("kind");
    expect(typeof plain.idScanImageFace).toBe("string");
    expect(Array.isArray(json.idScanImageFace)).toBe(true);
    expect(plain.livenessImages).toHaveLength(7);
  });

  it("treats a key named __proto__ as an ordinary field", () => {
    const { value } = formToObject(decodeFormBody("__proto__=x&callBackType=NETVERIFYID"));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toContain("__proto__");
  });

  it("exposes the decoded object the schema describes, for validators in other languages", () => {
    const decoded = decodeCallback(getFixture("netverify-id.address-raw").body, { contentType: FORM });
    if (!decoded.ok) expect.fail("decoding");
    expect(decoded.kind).toBe("NETVERIFYID");
    expect((decoded.value as { idAddress: { subdivision: string } }).idAddress.subdivision).toBe("US-AL");
  });
});

describe("values the documents describe loosely", () => {
  it("accepts identityVerification.validity as a JSON boolean or as TRUE/true/FALSE/false, and jumioBoolean reads all of them", () => {
    for (const validity of [true, false, "TRUE", "true", "FALSE", "false"]) {
      const body = approvedWith("identityVerification", JSON.stringify({ similarity: "MATCH", validity }));
      const result = safeParseCallback(body, { contentType: FORM });
      expect(result.ok, String(validity)).toBe(true);
    }
    expect([true, "TRUE", "true"].map(jumioBoolean)).toEqual([true, true, true]);
    expect([false, "FALSE", "false"].map(jumioBoolean)).toEqual([false, false, false]);
    expect([undefined, "yes", 1, "True "].map(jumioBoolean)).toEqual([undefined, undefined, undefined, undefined]);
    expect(at(first(approvedWith("identityVerification", '{"validity":"YES"}'), FORM))).toEqual({ path: "identityVerification.validity", code: "invalid_value" });
  });

  it("accepts an empty identityVerification object", () => {
    const result = parseCallback(getFixture("netverify-id.watchlist-screening").body);
    if (!hasKind(result, "NETVERIFYID")) expect.fail("kind");
    expect(result.identityVerification).toEqual({});
    expect(result.additionalChecks?.watchListScreening?.searchStatus).toBe("DONE");
  });

  it("accepts rejectReasonDetails as an array or as a single object, and lists both the same way", () => {
    const single = parseCallback(getFixture("netverify-id.error-not-readable.details-object").body);
    const list = parseCallback(getFixture("netverify-id.error-not-readable").body);
    if (!hasKind(single, "NETVERIFYID") || !hasKind(list, "NETVERIFYID")) expect.fail("kind");
    if (single.verificationStatus !== "ERROR_NOT_READABLE_ID" || list.verificationStatus !== "ERROR_NOT_READABLE_ID") expect.fail("status");
    expect(rejectReasonDetailList(single.rejectReason!).map((d) => d.detailsCode)).toEqual(["2003"]);
    expect(rejectReasonDetailList(list.rejectReason!).map((d) => d.detailsCode)).toEqual(["2001", "2006"]);
    expect(rejectReasonDetailList({})).toEqual([]);
  });

  it("tells the address format of US, EU and Raw addresses", () => {
    const formatOf = (name: string) => {
      const result = parseCallback(getFixture(name).body);
      if (!hasKind(result, "NETVERIFYID") || !result.idAddress) expect.fail(name);
      return addressFormat(result.idAddress);
    };
    expect(formatOf("netverify-id.address-us")).toBe("US");
    expect(formatOf("netverify-id.address-eu")).toBe("EU");
    expect(formatOf("netverify-id.address-raw")).toBe("RAW");
    expect(formatOf("netverify-id.approved-verified.seed-003")).toBe("US");
    expect(formatOf("netverify-id.old-address-shape")).toBeUndefined();
  });

  it("checks the limits of every address format in the one idAddress schema", () => {
    const body = approvedWith("idAddress", JSON.stringify({ line1: "X".repeat(101) }));
    expect(at(first(body, FORM))).toEqual({ path: "idAddress.line1", code: "too_big" });
  });

  it("accepts timestamps with 0 to 3 millisecond digits and refuses other shapes", () => {
    for (const ok of ["2019-05-30T08:37:35Z", "2019-05-30T08:37:35.8Z", "2019-05-30T08:37:35.82Z", "2019-05-30T08:37:35.822Z"]) {
      expect(safeParseCallback(approvedWith("callbackDate", ok), { contentType: FORM }).ok, ok).toBe(true);
    }
    for (const bad of ["2019-05-30T08:37:35.8221Z", "2019-05-30T08:37:35", "2019-05-30"]) {
      expect(at(first(approvedWith("callbackDate", bad), FORM)), bad).toEqual({ path: "callbackDate", code: "invalid_format" });
    }
  });

  it("accepts the documents' placeholder references, which are not UUIDs", () => {
    expect(safeParseCallback(approvedWith("jumioIdScanReference", "xxxxxxxx-xxxx-xxxx-xxxxxxxxxxxxxxxx"), { contentType: FORM }).ok).toBe(true);
    expect(at(first(approvedWith("jumioIdScanReference", "x".repeat(37)), FORM))).toEqual({ path: "jumioIdScanReference", code: "too_big" });
  });

  it("accepts a callback whose masked fields are absent", () => {
    const result = parseCallback(getFixture("netverify-id.masked").body);
    if (!hasKind(result, "NETVERIFYID")) expect.fail("kind");
    expect(result.idCheckMRZcode).toBeUndefined();
    expect(result.idNumber).toBeUndefined();
  });
});

describe("refusing bad input with the right path and code, never a throw", () => {
  it("refuses a wrong enum value", () => {
    expect(at(first(approvedWith("idScanSource", "FAX"), FORM))).toEqual({ path: "idScanSource", code: "invalid_value" });
    expect(at(first(approvedWith("idCheckHologram", "FAILED"), FORM))).toEqual({ path: "idCheckHologram", code: "invalid_value" });
  });

  it("refuses a wrong format", () => {
    expect(at(first(approvedWith("idDob", "01.01.1990"), FORM))).toEqual({ path: "idDob", code: "invalid_format" });
    expect(at(first(approvedWith("idCountry", "US"), FORM))).toEqual({ path: "idCountry", code: "invalid_format" });
    expect(at(first(approvedWith("idScanImage", "not a url"), FORM))).toEqual({ path: "idScanImage", code: "invalid_format" });
  });

  it("refuses a missing required field", () => {
    expect(at(first(approvedWith("jumioIdScanReference", undefined), FORM))).toEqual({ path: "jumioIdScanReference", code: "invalid_type" });
    expect(at(first(approvedWith("idCheckSignature", undefined), FORM))).toEqual({ path: "idCheckSignature", code: "invalid_type" });
  });

  it("refuses a field of the wrong type inside JSON", () => {
    expect(at(first(approvedWith("idAddress", '{"city":5}'), FORM))).toEqual({ path: "idAddress.city", code: "invalid_type" });
    expect(at(first(approvedWith("idAddress", '"USA"'), FORM))).toEqual({ path: "idAddress", code: "invalid_type" });
  });

  it("reports a missing or unknown verificationStatus at its path, with the other issues", () => {
    const missing = safeParseCallback(approvedWith("verificationStatus", undefined), { contentType: FORM });
    if (missing.ok) expect.fail("refused");
    expect(missing.issues.map(at)).toContainEqual({ path: "verificationStatus", code: "invalid_type" });
    const unknown = safeParseCallback(approvedWith("verificationStatus", "MAYBE").replace("idDob=1990-01-01", "idDob=1990"), { contentType: FORM });
    if (unknown.ok) expect.fail("refused");
    expect(unknown.issues.map(at)).toEqual([
      { path: "idDob", code: "invalid_format" },
      { path: "verificationStatus", code: "invalid_value" },
    ]);
  });

  it("refuses an unknown callBackType with unknown_kind at callBackType", () => {
    expect(at(first("callBackType=NETVERIFY_SOMETHING&jumioIdScanReference=x"))).toEqual({ path: "callBackType", code: "unknown_kind" });
  });

  it("never throws, whatever the body", () => {
    const bodies: unknown[] = [null, undefined, 42, {}, "", "null", "[]", "{}", "[1,2]", "&&&==", "%", "%E0%A4%A", new Uint8Array([0xff, 0xfe, 0x00, 0x80]), new ArrayBuffer(3)];
    for (let i = 0; i < 50; i += 1) bodies.push(Uint8Array.from({ length: 64 }, (_, j) => (i * 131 + j * 17) % 256));
    for (const body of bodies) {
      for (const contentType of [undefined, FORM, JSON_TYPE, "text/plain"]) {
        const result = safeParseCallback(body as string, contentType === undefined ? {} : { contentType });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        expect(() => detect(body as string, contentType === undefined ? {} : { contentType })).not.toThrow();
      }
    }
  });

  it("names the problem of null, empty, array and non-UTF-8 bodies", () => {
    expect(at(first(null as unknown as string))).toEqual({ path: "(body)", code: "invalid_type" });
    expect(at(first(""))).toEqual({ path: "(body)", code: "unknown_kind" });
    expect(at(first("[]"))).toEqual({ path: "(body)", code: "invalid_type" });
    expect(at(first("null", JSON_TYPE))).toEqual({ path: "(body)", code: "invalid_type" });
    expect(at(first(new Uint8Array([0x69, 0x64, 0x3d, 0xff])))).toEqual({ path: "(body)", code: "invalid_utf8" });
    expect(at(first("{\"callbackSentAt\":", JSON_TYPE))).toEqual({ path: "(body)", code: "invalid_json" });
  });

  it("refuses a content type Jumio does not send with unsupported_media_type, still telling the kind", () => {
    const result = safeParseCallback(getFixture("netverify-id.approved-verified.seed-003").body, { contentType: "text/plain" });
    if (result.ok) expect.fail("refused");
    expect(result.kind).toBe("NETVERIFYID");
    expect(at(result.issues[0]!)).toEqual({ path: "(body)", code: "unsupported_media_type" });
  });

  it("refuses a legacy callback re-encoded as JSON, and a platform callback sent as a form", () => {
    const asJson = JSON.stringify(Object.fromEntries(new URLSearchParams(getFixture("netverify-id.approved-verified.seed-004").text)));
    const result = safeParseCallback(asJson, { contentType: JSON_TYPE });
    if (result.ok) expect.fail("refused");
    expect(result.kind).toBe("NETVERIFYID");
    expect(at(result.issues[0]!)).toEqual({ path: "(body)", code: "unsupported_media_type" });
    expect(detect(asJson, { contentType: JSON_TYPE })).toBeUndefined();
    expect(at(first(getFixture("workflow-execution.processed").text, FORM))).toEqual({ path: "(body)", code: "invalid_form" });
  });

  it("accepts a Content-Type with parameters and any case", () => {
    expect(safeParseCallback(getFixture("netverify-id.approved-verified.seed-003").body, { contentType: "Application/X-WWW-Form-Urlencoded; charset=UTF-8" }).ok).toBe(true);
    expect(safeParseCallback(getFixture("workflow-execution.processed").body, { contentType: "application/json; charset=utf-8" }).ok).toBe(true);
  });

  it("throws a CallbackParseError with the same issues from parseCallback", () => {
    const body = getFixture("invalid/netverify-id.license-id-type").body;
    expect(() => parseCallback(body)).toThrow(CallbackParseError);
    try {
      parseCallback(body);
    } catch (error) {
      expect((error as CallbackParseError).kind).toBe("NETVERIFYID");
      expect((error as CallbackParseError).issues.map(at)).toEqual([{ path: "idType", code: "invalid_value" }]);
    }
  });
});

describe("personal data", () => {
  it("never appears in issues: names, numbers and dates of a refused callback stay out of the messages", () => {
    const body = approvedWith("idScanStatus", "MAYBE")
      .replace("idFirstName=FIRSTNAME", "idFirstName=JOHN")
      .replace("idCountry=USA", "idCountry=Usa")
      .replace("idDob=1990-01-01", "idDob=01%2F01%2F1990")
      .replace("idNumber=P1234", `idNumber=${"X0000000".repeat(30)}`);
    const result = safeParseCallback(body, { contentType: FORM });
    if (result.ok) expect.fail("refused");
    expect(result.issues.length).toBeGreaterThanOrEqual(4);
    const text = formatIssues(result.issues) + JSON.stringify(result.issues);
    for (const value of ["JOHN", "Usa", "01/01/1990", "X0000000", "LASTNAME"]) expect(text).not.toContain(value);
  });

  it("keeps personal values out of invalid_json messages", () => {
    const result = safeParseCallback(approvedWith("idAddress", '{"line1":"1 EXAMPLE STREET"'), { contentType: FORM });
    if (result.ok) expect.fail("refused");
    expect(formatIssues(result.issues)).not.toContain("EXAMPLE");
  });
});

describe("unknown fields", () => {
  it("are kept in the parsed result, at the top level and inside JSON fields", () => {
    const body = approvedWith("idAddress", '{"country":"USA","stateCode":"US-OH","newField":"kept"}') + "&brandNewParameter=kept";
    const result = parseCallback(body, { contentType: FORM });
    expect((result as Record<string, unknown>).brandNewParameter).toBe("kept");
    if (!hasKind(result, "NETVERIFYID")) expect.fail("kind");
    expect((result.idAddress as Record<string, unknown>).newField).toBe("kept");
    const platform = JSON.parse(getFixture("workflow-execution.processed").text) as Record<string, unknown>;
    const parsed = parseCallback(JSON.stringify({ ...platform, extra: { a: 1 } }), { contentType: JSON_TYPE });
    expect((parsed as Record<string, unknown>).extra).toEqual({ a: 1 });
  });
});

describe("detect", () => {
  it("does not claim other providers' callbacks or look-alikes", () => {
    const others = [
      JSON.stringify({ reference: "r", event: "verification.accepted" }),
      JSON.stringify({ id: "x", applicationId: "a", createdUtc: "2023-01-16T23:40:52.4886646Z", payload: {}, type: "KycIdentification.Approved" }),
      JSON.stringify({ id: "x", state: "completed", transaction_identity: {} }),
      JSON.stringify({ workflowExecution: "PROCESSED" }),
      JSON.stringify({ callBackType: "NETVERIFYID", jumioIdScanReference: "x" }),
      "callBackType=NETVERIFYID",
      "scanReference=x",
      "event=verification.accepted&reference=x",
      "",
    ];
    for (const body of others) expect(detect(body), body).toBeUndefined();
  });

  it("tells the kind of bodies that fail validation", () => {
    expect(detect(getFixture("invalid/netverify-id.license-id-type").body)).toBe("NETVERIFYID");
    expect(detect(getFixture("invalid/document-verification.transaction.not-json").body)).toBe("DOCUMENT_VERIFICATION");
    expect(detect(getFixture("invalid/workflow-execution.unknown-status").body)).toBe("WORKFLOW_EXECUTION");
    expect(detect(getFixture("invalid/authentication.unknown-result").body)).toBe("NETVERIFY_AUTHENTICATION");
  });

  it("follows the Content-Type when given", () => {
    expect(detect(getFixture("workflow-execution.processed").body, { contentType: FORM })).toBeUndefined();
    expect(detect(getFixture("authentication.passed.seed-003").body, { contentType: JSON_TYPE })).toBeUndefined();
    expect(detect(getFixture("authentication.passed.seed-003").body, { contentType: "text/plain" })).toBeUndefined();
  });
});

describe("detect against the other providers' fixtures", () => {
  it("claims none of the Shufti, Netki or Ondato fixtures present in the workspace", async () => {
    const { existsSync } = await import("node:fs");
    const { loadFixtures } = await import("@kyc-webhooks/core/fixture-files");
    const folders = ["shufti", "netki", "ondato"]
      .map((name) => ({ name, url: new URL(`../../${name}/fixtures/`, import.meta.url) }))
      .filter(({ url }) => existsSync(new URL("index.json", url)));
    expect(folders.length, "at least one other provider's fixtures to compare with").toBeGreaterThan(0);
    let checked = 0;
    for (const { name, url } of folders) {
      for (const fixture of loadFixtures(name, url)) {
        expect(detect(fixture.body, { contentType: fixture.contentType }), `${name}/${fixture.name}`).toBeUndefined();
        expect(detect(fixture.body), `${name}/${fixture.name}`).toBeUndefined();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
