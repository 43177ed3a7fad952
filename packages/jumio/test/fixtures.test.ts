import { formatPath } from "@kyc-webhooks/core";
import { describe, expect, it } from "vitest";
import { getFixture, listFixtures } from "../src/fixtures.js";
import { callbackKinds, detect, kindOf, safeParseCallback } from "../src/index.js";

/** What each negative fixture must be refused for: the first issue's path and code. */
const expectedIssues: Record<string, { path: string; code: string }> = {
  "invalid/netverify-id.address.not-json": { path: "idAddress", code: "invalid_json" },
  "invalid/netverify-id.unknown-status": { path: "verificationStatus", code: "invalid_value" },
  "invalid/netverify-id.license-id-type": { path: "idType", code: "invalid_value" },
  "invalid/netverify-id.missing-callback-type": { path: "(body)", code: "unknown_kind" },
  "invalid/netverify-id.not-readable-with-success": { path: "idScanStatus", code: "invalid_value" },
  "invalid/netverify-id.reject-code-family": { path: "rejectReason.rejectReasonCode", code: "invalid_value" },
  "invalid/netverify-id.bad-timestamp": { path: "callbackDate", code: "invalid_format" },
  "invalid/authentication.unknown-result": { path: "transactionResult", code: "invalid_value" },
  "invalid/authentication.missing-reference": { path: "transactionReference", code: "invalid_type" },
  "invalid/document-verification.transaction.not-json": { path: "transaction", code: "invalid_json" },
  "invalid/document-verification.unknown-type": { path: "document.type", code: "invalid_value" },
  "invalid/workflow-execution.unknown-status": { path: "workflowExecution.status", code: "invalid_value" },
  "invalid/workflow-execution.truncated": { path: "(body)", code: "invalid_json" },
};

describe("callback fixtures", () => {
  const fixtures = listFixtures();

  it("cover every callback kind with at least one valid and one negative fixture", () => {
    for (const valid of [true, false]) {
      const covered = new Set(fixtures.filter((f) => f.valid === valid).map((f) => f.kind));
      expect([...callbackKinds].filter((kind) => !covered.has(kind))).toEqual([]);
    }
  });

  it("keep every negative fixture under invalid/, and no valid one", () => {
    for (const fixture of fixtures) expect(fixture.name.startsWith("invalid/"), fixture.name).toBe(!fixture.valid);
  });

  for (const fixture of fixtures) {
    if (fixture.valid) {
      it(`${fixture.name} parses as ${fixture.kind} and is detected as such`, () => {
        const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
        if (!result.ok) expect.fail(result.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join("\n"));
        expect(result.kind).toBe(fixture.kind);
        expect(kindOf(result.value)).toBe(fixture.kind);
        expect(detect(fixture.body, { contentType: fixture.contentType })).toBe(fixture.kind);
        // Without a Content-Type the format is told from the body itself.
        expect(detect(fixture.body)).toBe(fixture.kind);
        expect(safeParseCallback(fixture.text).ok).toBe(true);
      });
    } else {
      const expected = expectedIssues[fixture.name];
      it(`${fixture.name} is refused at ${expected?.path ?? "?"} with ${expected?.code ?? "?"}`, () => {
        expect(expected, "every negative fixture names its expected issue").toBeDefined();
        const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect({ path: formatPath(result.issues[0]!.path), code: result.issues[0]!.code }).toEqual(expected);
      });
    }
  }

  it("give the kind and the decoded body of every negative fixture that could be decoded and recognised", () => {
    for (const fixture of fixtures.filter((f) => !f.valid)) {
      const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
      if (result.ok) expect.fail(fixture.name);
      if (fixture.name.endsWith("truncated")) {
        expect(result.decoded).toBeUndefined();
      } else {
        expect(result.decoded, fixture.name).toBeTypeOf("object");
        if (!fixture.name.includes("missing-callback-type")) expect(result.kind, fixture.name).toBe(fixture.kind);
      }
    }
  });

  it("keep every sample of both seed documents byte for byte (URL-encoded, %20 inside rejectReason, no trailing newline)", () => {
    const samples = fixtures.filter((f) => /\.seed-00[34]$/.test(f.name));
    expect(samples).toHaveLength(11);
    const fraud = getFixture("netverify-id.denied-fraud.seed-003");
    expect(fraud.text.startsWith("idType=PASSPORT&idCheckSignature=N%2FA&rejectReason=%7B%20%22rejectReasonCode%22")).toBe(true);
    expect(fraud.text.endsWith("idScanStatus=ERROR")).toBe(true);
    expect(getFixture("authentication.passed.seed-003").text.endsWith("transactionResult=PASSED")).toBe(true);
  });

  it("throw for an unknown fixture name", () => {
    expect(() => getFixture("no-such-fixture")).toThrow(/Unknown jumio fixture/);
  });
});
