import { formatPath } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { listFixtures, listApiFixtures, getFixture } from "../src/fixtures.js";
import { callbackKinds, detect, safeParseCallback, verificationRequestSchema } from "../src/index.js";
import { decodeJson } from "@kyc-webhooks/core";

/** What each negative fixture must be refused for: the first issue's path and code. */
const expectedIssues: Record<string, { path: string; code: string }> = {
  "invalid/verification.accepted.as-printed.not-json": { path: "(body)", code: "invalid_json" },
  "invalid/verification.declined.missing-comma": { path: "(body)", code: "invalid_json" },
  "invalid/verification.accepted.unknown-result-value": { path: "verification_result.document.name", code: "invalid_value" },
  "invalid/verification.accepted.bad-dob": { path: "verification_data.document.dob", code: "invalid_format" },
  "invalid/verification.declined.bad-declined-codes": { path: "declined_codes", code: "invalid_type" },
  "invalid/request.received.bad-country": { path: "country", code: "invalid_value" },
  "invalid/request.invalid.missing-error": { path: "error", code: "invalid_type" },
  "invalid/request.unauthorised.heading-spelling": { path: "event", code: "unknown_kind" },
  "invalid/request.recieved.heading-spelling": { path: "event", code: "unknown_kind" },
};

describe("callback fixtures", () => {
  const fixtures = listFixtures();

  it("cover every callback kind with at least one valid fixture", () => {
    const covered = new Set(fixtures.filter((f) => f.valid).map((f) => f.kind));
    expect([...callbackKinds].filter((kind) => !covered.has(kind))).toEqual([]);
  });

  for (const fixture of fixtures) {
    if (fixture.valid) {
      it(`${fixture.name} parses as ${fixture.kind} and is detected as such`, () => {
        const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
        if (!result.ok) expect.fail(result.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("\n"));
        expect(result.kind).toBe(fixture.kind);
        expect(result.value.event).toBe(fixture.kind);
        expect(detect(fixture.body, { contentType: fixture.contentType })).toBe(fixture.kind);
      });
    } else {
      it(`${fixture.name} is refused at ${expectedIssues[fixture.name]?.path ?? "?"} with ${expectedIssues[fixture.name]?.code ?? "?"}`, () => {
        const expected = expectedIssues[fixture.name];
        expect(expected, "every negative fixture names its expected issue").toBeDefined();
        const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        expect({ path: formatPath(result.issues[0]!.path), code: result.issues[0]!.code }).toEqual(expected);
      });
    }
  }

  it("tell the kind of the seed's broken declined sample even though it is not JSON, with the line of the missing comma", () => {
    const result = safeParseCallback(getFixture("invalid/verification.declined.missing-comma").body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("verification.declined");
    expect(result.decoded).toBeUndefined();
    expect(result.issues[0]!.message).toMatch(/^Invalid JSON: syntax error at line 29, column 26$/);
  });

  it("keep the seed's own samples byte for byte, broken ones included", () => {
    expect(getFixture("invalid/verification.declined.missing-comma").text).toContain('"gender":"M""document_number"');
    expect(getFixture("request.received").text).toContain('"country":"UK"');
    expect(getFixture("request.pending").text).toContain('"country": "GB"\t\n');
  });

  it("throw for an unknown fixture name", () => {
    expect(() => getFixture("verification.approved")).toThrow(/Unknown shufti fixture/);
  });
});

describe("verification request fixtures", () => {
  for (const fixture of listApiFixtures()) {
    it(`${fixture.name} ${fixture.valid ? "is a valid verification request" : "is refused (not JSON, or not a valid request)"}`, () => {
      const decoded = decodeJson(fixture.body);
      if (!fixture.valid) {
        if (decoded.ok) expect(verificationRequestSchema.safeParse(decoded.value).success).toBe(false);
        else expect(decoded.issue.code).toBe("invalid_json");
        return;
      }
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const result = verificationRequestSchema.safeParse(decoded.value);
      expect(result.success).toBe(true);
      expect(result.data?.callback_url).toBe("http://www.example.com/");
      // The provider document's two samples set ttl; the document-service samples show the two forms of the name.
      if (!fixture.name.startsWith("verification-request.document-")) expect(result.data?.ttl).toBe(60);
    });
  }

  it("give the document service's name as an object to match, or as the empty string to read it from the document", () => {
    const name = (fixture: string) => {
      const decoded = decodeJson(getFixture(fixture).body);
      return decoded.ok ? verificationRequestSchema.parse(decoded.value).document?.name : undefined;
    };
    expect(name("verification-request.document-to-match")).toEqual({ first_name: "John", middle_name: "Carter", last_name: "Doe" });
    expect(name("verification-request.document-ocr")).toBe("");
  });
});
