import { describe, expect, it } from "vitest";
import { issuesFromZod } from "@kyc-webhooks/core";
import { callbackKinds, descriptor, detect, safeParseCallback } from "../src/index.js";
import type { CallbackKind } from "../src/index.js";
import { getFixture, listApiFixtures, listFixtures } from "../src/fixtures.js";

const isCallbackKind = (kind: string): kind is CallbackKind => (callbackKinds as readonly string[]).includes(kind);

/** What each negative fixture must be refused for: the first issue's path and code. */
const expectedRefusals: Record<string, { path: string; code: string }> = {
  "invalid/transaction.approved-state": { path: "identity.state", code: "invalid_value" },
  "invalid/transaction.declined-state": { path: "identity.state", code: "invalid_value" },
  "invalid/transaction.bad-timestamp": { path: "identity.created", code: "invalid_format" },
  "invalid/transaction.missing-birth-date": { path: "identity.transaction_identity.birth_date", code: "invalid_type" },
  "invalid/transaction.truncated.not-json": { path: "", code: "invalid_json" },
  "invalid/business.approved-status": { path: "business.status", code: "invalid_value" },
  "invalid/business-config.update.retry-limit": { path: "callback_retry_limit", code: "too_big" },
};

describe("every fixture parses or is refused as its manifest says", () => {
  for (const fixture of [...listFixtures(), ...listApiFixtures()]) {
    if (isCallbackKind(fixture.kind)) {
      if (fixture.valid) {
        it(`${fixture.name} parses as a ${fixture.kind} callback and is detected as one`, () => {
          const result = safeParseCallback(fixture.body, { contentType: fixture.contentType });
          if (!result.ok) expect.fail(JSON.stringify(result.issues, null, 2));
          expect(result.kind).toBe(fixture.kind);
          expect(detect(fixture.body)).toBe(fixture.kind);
        });
      } else {
        it(`${fixture.name} is refused with issues, never a throw`, () => {
          const result = safeParseCallback(fixture.body);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const expected = expectedRefusals[fixture.name];
          expect(expected, `add ${fixture.name} to expectedRefusals`).toBeDefined();
          expect(result.issues[0]?.path.join(".")).toBe(expected?.path);
          expect(result.issues[0]?.code).toBe(expected?.code);
          if (expected?.code !== "invalid_json") expect(result.kind).toBe(fixture.kind);
        });
      }
    } else {
      it(`${fixture.name} ${fixture.valid ? "matches" : "is refused by"} the ${fixture.kind} API schema`, () => {
        const schema = descriptor.objects[fixture.kind];
        expect(schema, `descriptor.objects has ${fixture.kind}`).toBeDefined();
        const parsed = schema!.safeParse(JSON.parse(fixture.text));
        if (fixture.valid && !parsed.success) expect.fail(JSON.stringify(issuesFromZod(parsed.error), null, 2));
        expect(parsed.success).toBe(fixture.valid);
        if (!parsed.success) {
          const expected = expectedRefusals[fixture.name];
          const first = issuesFromZod(parsed.error)[0];
          expect(first?.path.join(".")).toBe(expected?.path);
          expect(first?.code).toBe(expected?.code);
        }
      });
    }
  }
});

describe("the fixture set", () => {
  it("has the seed's samples, a transaction result in every documented end state, and a business callback per status", () => {
    const names = [...listFixtures(), ...listApiFixtures()].map((fixture) => fixture.name);
    for (const name of [
      "token-auth.request",
      "business-config.list.response",
      "business-config.update.request",
      "make-callback.response",
      "transaction.new",
      "get-callbacks.response",
      "restart-callbacks.response",
      "transaction.hold",
      "transaction.completed",
      "transaction.failed",
      "transaction.restarted",
      "transaction.canceled",
      "transaction.expired",
      "business.open",
      "business.hold",
      "business.accepted",
      "business.rejected",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("gives each transaction fixture the state its name says", () => {
    for (const state of ["new", "hold", "completed", "failed", "restarted", "canceled", "expired"]) {
      const result = safeParseCallback(getFixture(`transaction.${state}`).body);
      expect(result.ok && "identity" in result.value ? (result.value.identity as { state: string }).state : undefined).toBe(state);
    }
  });

  it("keeps the seed's transaction sample byte for byte, typo contettype included", () => {
    expect(getFixture("transaction.new").text).toContain('"contettype": 29');
    expect(getFixture("business-config.update.request").text).toBe('{\n  "is_callback_enabled": "false"\n}\n');
  });

  it("lists only callbacks in listFixtures, so that every entry goes through safeParseCallback", () => {
    for (const fixture of listFixtures()) expect(isCallbackKind(fixture.kind)).toBe(true);
    for (const fixture of listApiFixtures()) expect(Object.keys(descriptor.objects)).toContain(fixture.kind);
  });

  it("throws for an unknown fixture name", () => {
    expect(() => getFixture("no.such.fixture")).toThrow(/Unknown Netki fixture/);
  });
});
