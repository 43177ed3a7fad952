import { describe, expect, it } from "vitest";
import * as z from "zod";
import { constantTimeEqual, decodeJson, formatIssues, issuesFromZod, maxJsonDepth, mediaType, validate } from "../src/index.js";

describe("body decoding", () => {
  it("reports where malformed JSON breaks instead of throwing", () => {
    const result = decodeJson('{\n  "a": "M""b": 1\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe("invalid_json");
      expect(result.issue.message).toMatch(/line 2, column \d+/);
    }
  });

  it("refuses bytes that are not UTF-8", () => {
    const result = decodeJson(new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe("invalid_utf8");
  });

  it("refuses JSON nested deeper than the limit with a too_deep issue that says where, never a throw", () => {
    for (const depth of [maxJsonDepth + 1, 5_000, 100_000]) {
      const text = `{"a":${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
      const result = decodeJson(text);
      expect(result).toMatchObject({ ok: false, issue: { code: "too_deep", path: [], line: 1, column: 6 + maxJsonDepth - 1 } });
      expect(decodeJson(text, ["field"])).toMatchObject({ ok: false, issue: { code: "too_deep", path: ["field"] } });
    }
    const deepest = `${"[".repeat(maxJsonDepth)}${"]".repeat(maxJsonDepth)}`;
    expect(decodeJson(deepest).ok).toBe(true);
    // Brackets inside strings (escaped quotes too) are text, not nesting.
    expect(decodeJson(JSON.stringify({ text: `\\"${"[{".repeat(maxJsonDepth)}` })).ok).toBe(true);
  });

  it("reads the media type without parameters", () => {
    expect(mediaType("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaType(undefined)).toBeUndefined();
  });
});

describe("zod issues", () => {
  it("name the field path and never quote the received value", () => {
    const schema = z.object({ person: z.object({ gender: z.enum(["M", "F"]), dob: z.iso.date() }) });
    const result = schema.safeParse({ person: { gender: "Jane Doe", dob: "1990-13-45" } });
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error!);
    expect(issues.map((i) => i.path.join("."))).toEqual(["person.gender", "person.dob"]);
    expect(formatIssues(issues)).not.toContain("Jane Doe");
    expect(formatIssues(issues)).not.toContain("1990-13-45");
    expect(formatIssues(issues)).toContain('person.gender: Expected one of "M" | "F"');
  });
});

describe("constant-time comparison", () => {
  it("is equality", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual(new TextEncoder().encode("abc"), "abc")).toBe(true);
  });
});

describe("validate", () => {
  const schema = z.object({ reference: z.string(), count: z.number() });

  it("names the received type of a missing or mistyped field", () => {
    const result = validate(schema, { count: "three" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toMatchObject([
        { path: ["reference"], code: "invalid_type", received: "undefined", message: "Required: expected string" },
        { path: ["count"], code: "invalid_type", received: "string", message: "Expected number, received string" },
      ]);
    }
  });

  it("reads the received type from zod's message when parsed without reportInput", () => {
    const result = schema.safeParse({ reference: 1, count: 2 });
    expect(issuesFromZod(result.error!)[0]).toMatchObject({ received: "number" });
  });
});

describe("missing enum fields", () => {
  it("are reported as required, like other missing fields", () => {
    const result = validate(z.object({ status: z.enum(["open", "hold"]) }), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ["status"], code: "invalid_type", received: "undefined" });
  });
});

describe("JSON syntax errors of the whole body", () => {
  it("carry their line and column, also when the text just stops", () => {
    const broken = decodeJson('{\n  "a": 1,\n  "b": [1, 2');
    expect(broken).toMatchObject({ ok: false, issue: { code: "invalid_json", line: 3, column: 13 } });
    const inField = decodeJson("{", ["idAddress"]);
    expect(inField.ok ? undefined : inField.issue.line).toBeUndefined();
  });
});

describe("format issues", () => {
  it("say the written form of a date and the name a schema gives its pattern, not a regex", () => {
    const schema = z.object({ dob: z.iso.date(), at: z.string().regex(/^\d{4}$/, "a year YYYY") });
    const result = validate(schema, { dob: "01.02.1990", at: "90" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.expected)).toEqual(["a date YYYY-MM-DD", "a year YYYY"]);
  });
});
