import { describe, expect, it } from "vitest";
import * as z from "zod";
import { UNKNOWN_ENUM_VALUE, validateWithStrictness } from "../src/index.js";
import type { Rule } from "../src/index.js";

const schema = z.looseObject({
  status: z.enum(["APPROVED", "DENIED"]),
  reason: z.string().optional(),
  documents: z.array(z.looseObject({ type: z.enum(["PASSPORT", "ID_CARD"]), number: z.string() })).optional(),
});
type Value = z.infer<typeof schema>;

const reasonOnlyWhenDenied: Rule<Value> = {
  id: "example.reason-only-when-denied",
  statement: "reason is sent only if status = DENIED",
  source: { title: "Example Callback Guide", url: "https://example.com/callback", where: "table Parameters, row reason" },
  check: (value) => (value.reason !== undefined && value.status !== "DENIED" ? [{ path: ["reason"], message: "reason is present although status is not DENIED" }] : []),
};

describe("validateWithStrictness", () => {
  it("refuses a broken rule when strict, naming the rule, its document's title, address and place", () => {
    const result = validateWithStrictness(schema, { status: "APPROVED", reason: "x" }, [reasonOnlyWhenDenied]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ path: ["reason"], code: "rule_broken" });
    expect(result.issues[0]?.message).toContain("example.reason-only-when-denied");
    expect(result.issues[0]?.message).toContain("Example Callback Guide (https://example.com/callback), table Parameters, row reason");
  });

  it("accepts a broken rule when tolerant and reports it as a warning", () => {
    const result = validateWithStrictness(schema, { status: "APPROVED", reason: "x" }, [reasonOnlyWhenDenied], "tolerant");
    expect(result).toMatchObject({ ok: true, value: { status: "APPROVED", reason: "x" }, warnings: [{ path: ["reason"], code: "rule_broken", rule: "example.reason-only-when-denied" }] });
  });

  it("refuses an unlisted enumeration value when strict", () => {
    const result = validateWithStrictness(schema, { status: "ON_HOLD" }, []);
    expect(result).toMatchObject({ ok: false, issues: [{ path: ["status"], code: "invalid_value" }] });
  });

  it("keeps unlisted enumeration values as received when tolerant, nested ones too, each with a warning", () => {
    const body = { status: "ON_HOLD", documents: [{ type: "PASSPORT", number: "X1" }, { type: "RESIDENCE_PERMIT", number: "X2" }], extra: 1 };
    const result = validateWithStrictness(schema, body, [], "tolerant");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(body);
    expect(result.warnings.map((warning) => [warning.path, warning.rule])).toEqual([
      [["status"], UNKNOWN_ENUM_VALUE],
      [["documents", 1, "type"], UNKNOWN_ENUM_VALUE],
    ]);
    expect(JSON.stringify(result.warnings)).not.toContain("RESIDENCE_PERMIT");
  });

  it("still refuses a structurally wrong body when tolerant", () => {
    const result = validateWithStrictness(schema, { status: "ON_HOLD", documents: [{ type: "PASSPORT" }] }, [], "tolerant");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toContainEqual(expect.objectContaining({ path: ["documents", 0, "number"], code: "invalid_type" }));
    expect(validateWithStrictness(schema, { status: 3 }, [], "tolerant").ok).toBe(false);
  });

  it("runs the rules on a value whose unlisted enumeration values were let through", () => {
    const result = validateWithStrictness(schema, { status: "ON_HOLD", reason: "x" }, [reasonOnlyWhenDenied], "tolerant");
    expect(result.ok && result.warnings.map((warning) => warning.rule)).toEqual([UNKNOWN_ENUM_VALUE, "example.reason-only-when-denied"]);
  });
});
