import { describe, expect, it } from "vitest";
import { decodeJson, validate } from "@kyc-webhooks/core";
import type { Issue } from "@kyc-webhooks/core";
import { callbackKinds, descriptor, detect, isCallbackKind, safeParseCallback } from "../src/index.js";
import { getFixture, listApiFixtures, listFixtures } from "../src/fixtures.js";

/** What each negative fixture must be refused for: the first issue's path and code. */
const expectedRefusals: Record<string, { path: string; code: string }> = {
  "invalid/identification.cut.not-json": { path: "", code: "invalid_json" },
  "invalid/form.created.cut.not-json": { path: "", code: "invalid_json" },
  "invalid/kyc-identification.approved.eight-fraction-digits": { path: "createdUtc", code: "invalid_format" },
  "invalid/kyc-identification.approved.bad-birth-date": { path: "payload.document.dateOfBirth", code: "invalid_format" },
  "invalid/kyc-identification.rejected.unknown-status": { path: "payload.status", code: "invalid_value" },
  "invalid/kyc-identification.processed.document-type": { path: "payload.document.type", code: "invalid_value" },
  "invalid/identity-verification.status-changed.missing-application-id": { path: "applicationId", code: "invalid_type" },
  "invalid/kyc-identification.approved.guessed-shape": { path: "type", code: "invalid_type" },
};

/** Negative fixtures whose kind cannot be told (not JSON, or not an Ondato envelope). */
const kindless = new Set(["invalid/form.created.cut.not-json", "invalid/kyc-identification.approved.guessed-shape"]);

function parseObject(kind: string, body: Uint8Array): { ok: boolean; issues: Issue[] } {
  const decoded = decodeJson(body);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const schema = descriptor.objects[kind];
  if (!schema) throw new Error(`descriptor.objects has no ${kind}`);
  const parsed = validate(schema, decoded.value);
  return parsed.ok ? { ok: true, issues: [] } : { ok: false, issues: parsed.issues };
}

describe("every fixture parses or is refused as its manifest says", () => {
  for (const fixture of [...listFixtures(), ...listApiFixtures()]) {
    const expected = expectedRefusals[fixture.name];
    if (isCallbackKind(fixture.kind)) {
      if (fixture.valid) {
        it(`${fixture.name} parses as a ${fixture.kind} webhook and is detected as one`, () => {
          const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
          if (!result.ok) expect.fail(JSON.stringify(result.issues, null, 2));
          expect(result.kind).toBe(fixture.kind);
          expect(result.value.type).toBe(fixture.kind);
          expect(detect(fixture.body, { contentType: fixture.contentType })).toBe(fixture.kind);
        });
      } else {
        it(`${fixture.name} is refused at ${expected?.path || "(body)"} with ${expected?.code}, never a throw`, () => {
          expect(expected, `add ${fixture.name} to expectedRefusals`).toBeDefined();
          const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues[0]?.path.join(".")).toBe(expected?.path);
          expect(result.issues[0]?.code).toBe(expected?.code);
          if (kindless.has(fixture.name)) {
            expect(result.kind).toBeUndefined();
            expect(detect(fixture.body)).toBeUndefined();
          } else {
            expect(result.kind).toBe(fixture.kind);
            expect(detect(fixture.body)).toBe(fixture.kind);
          }
        });
      }
    } else {
      it(`${fixture.name} ${fixture.valid ? "matches" : "is refused by"} the ${fixture.kind} API schema`, () => {
        const result = parseObject(fixture.kind, fixture.body);
        if (fixture.valid && !result.ok) expect.fail(JSON.stringify(result.issues, null, 2));
        expect(result.ok).toBe(fixture.valid);
        if (!fixture.valid) {
          expect(expected, `add ${fixture.name} to expectedRefusals`).toBeDefined();
          expect(result.issues[0]?.path.join(".")).toBe(expected?.path);
          expect(result.issues[0]?.code).toBe(expected?.code);
        }
      });
    }
  }
});

describe("the fixture set", () => {
  it("holds only webhook bodies in listFixtures and only API samples in listApiFixtures", () => {
    for (const fixture of listFixtures()) expect(isCallbackKind(fixture.kind), fixture.name).toBe(true);
    for (const fixture of listApiFixtures()) expect(Object.keys(descriptor.objects), fixture.name).toContain(fixture.kind);
  });

  it("has a valid webhook fixture for every webhook type", () => {
    const covered = new Set(listFixtures().filter((fixture) => fixture.valid).map((fixture) => fixture.kind));
    for (const kind of callbackKinds) expect(covered.has(kind), kind).toBe(true);
  });

  it("has every sample of seed 002, byte for byte", () => {
    expect(getFixture("create-identity-verification.request").text).toBe('{ "setupId": "0f60f6f8-8e73-4873-b2ee-e02275994a77" }');
    expect(getFixture("create-identity-verification.response").text).toBe('{ "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6" }');
    expect(getFixture("identity-verification.completed").text).toMatch(/^\{ "id": "89e50d98-c556-4818-8562-3cd98608bf09", "status": "Completed",.* \} \} \}$/);
    expect(getFixture("invalid/identification.cut.not-json").text).toMatch(/"fileType": "DocumentPhoto" \} \.\.\.\.$/);
  });

  it("completes the cut seed sample by closing it and nothing else", () => {
    const cut = getFixture("invalid/identification.cut.not-json").text;
    expect(getFixture("identification.awaiting").text).toBe(cut.replace(/ \.\.\.\.$/, " ] } }"));
  });

  it("names negative fixtures as negative and only those", () => {
    for (const fixture of [...listFixtures(), ...listApiFixtures()]) expect(fixture.name.startsWith("invalid/"), fixture.name).toBe(!fixture.valid);
  });

  it("throws for an unknown fixture name", () => {
    expect(() => getFixture("no-such-fixture")).toThrow(/Unknown Ondato fixture/);
  });
});
