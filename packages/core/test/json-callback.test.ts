import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isPlainObject, parseJsonCallback, unsupportedMediaTypeIssue } from "../src/index.js";
import type { Issue, JsonCallbackParsing, RawBody } from "../src/index.js";

// A provider of two kinds told by `kind`, as the JSON provider packages describe theirs.
const schemas = {
  created: z.object({ kind: z.literal("created"), id: z.string(), status: z.enum(["new", "open"]) }),
  deleted: z.object({ kind: z.literal("deleted"), id: z.string() }),
};
type Kind = keyof typeof schemas;
type Callback = z.infer<(typeof schemas)[Kind]>;
const isKind = (value: unknown): value is Kind => value === "created" || value === "deleted";
const unknownKind: Issue = { path: ["kind"], code: "unknown_kind", expected: "created | deleted", message: "Unknown kind" };

function parse(body: RawBody, contentType?: string, more: Partial<JsonCallbackParsing<Callback, Kind>> = {}) {
  return parseJsonCallback<Callback, Kind>(body, {
    contentType,
    acceptsContentType: (type) => type.startsWith("application/json"),
    unsupportedMediaType: { expected: "application/json", message: "Example sends application/json" },
    kindOf: (value) => (isKind(value.kind) ? value.kind : undefined),
    unknownKindIssue: () => unknownKind,
    schemaFor: (kind) => schemas[kind],
    ...more,
  });
}

describe("parseJsonCallback", () => {
  it("returns the kind and the schema's output for a valid body, as text or bytes", () => {
    const body = '{"kind":"created","id":"a1","status":"new"}';
    const expected = { ok: true, kind: "created", value: { kind: "created", id: "a1", status: "new" } };
    expect(parse(body)).toEqual(expected);
    expect(parse(new TextEncoder().encode(body), "application/json; charset=utf-8")).toEqual(expected);
  });

  it("refuses a Content-Type the provider does not send, naming the media type without its parameters", () => {
    expect(parse("{}", "Text/Plain; charset=utf-8")).toEqual({
      ok: false,
      issues: [{ path: [], code: "unsupported_media_type", expected: "application/json", received: "text/plain", message: "Example sends application/json" }],
    });
  });

  it("parses a body sent without a Content-Type", () => {
    expect(parse('{"kind":"deleted","id":"a1"}').ok).toBe(true);
  });

  it("reports a body that is not JSON with decodeJson's issue, without a decoded body", () => {
    expect(parse('{"kind":"deleted",')).toEqual({ ok: false, issues: [expect.objectContaining({ path: [], code: "invalid_json" })] });
    expect(parse(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ ok: false, issues: [expect.objectContaining({ code: "invalid_utf8" })] });
  });

  it("tells the kind of a refused body only when the provider can", () => {
    const kindOfRefused = (body: RawBody): Kind | undefined => (String(body).includes('"deleted"') ? "deleted" : undefined);
    expect(parse('{"kind":"deleted"', undefined, { kindOfRefused })).toMatchObject({ ok: false, kind: "deleted" });
    expect(parse('{"kind":"deleted"}', "text/plain", { kindOfRefused })).toMatchObject({ ok: false, kind: "deleted" });
    expect(parse('{"kind":"deleted"', undefined, {})).not.toHaveProperty("kind");
  });

  it("refuses JSON that is not an object at the root, keeping what was decoded", () => {
    expect(parse("[1]")).toEqual({
      ok: false,
      issues: [{ path: [], code: "invalid_type", expected: "object", received: "array", message: "Expected object, received array" }],
      decoded: [1],
    });
    expect(parse("null")).toMatchObject({ ok: false, issues: [{ received: "null" }], decoded: null });
  });

  it("reports an object of no known kind with the provider's own issue and no kind", () => {
    expect(parse('{"kind":"moved"}')).toEqual({ ok: false, issues: [unknownKind], decoded: { kind: "moved" } });
  });

  it("reports schema issues at their paths with the kind, naming the received type but never the value", () => {
    const result = parse('{"kind":"created","id":7,"status":"Jane Doe"}');
    expect(result).toEqual({
      ok: false,
      kind: "created",
      issues: [
        { path: ["id"], code: "invalid_type", expected: "string", received: "number", message: "Expected string, received number" },
        { path: ["status"], code: "invalid_value", expected: '"new" | "open"', received: "string", message: 'Expected one of "new" | "open"' },
      ],
      decoded: { kind: "created", id: 7, status: "Jane Doe" },
    });
    expect(JSON.stringify(result.ok ? [] : result.issues)).not.toContain("Jane Doe");
  });

  it("names the received type of a value outside an enum, never the value", () => {
    const result = parse('{"kind":"created","id":"a1","status":"closed"}');
    expect(result).toMatchObject({ ok: false, kind: "created", issues: [{ path: ["status"], code: "invalid_value", received: "string" }] });
    expect(JSON.stringify(result.ok ? [] : result.issues)).not.toContain("closed");
  });
});

describe("unsupportedMediaTypeIssue", () => {
  it("says 'no media type' for an empty Content-Type unless the provider words it otherwise", () => {
    const refusal = { expected: "application/json", message: "JSON only" };
    expect(unsupportedMediaTypeIssue("", refusal).received).toBe("no media type");
    expect(unsupportedMediaTypeIssue("; charset=utf-8", { ...refusal, noMediaType: "none" }).received).toBe("none");
  });
});

describe("isPlainObject", () => {
  it("holds for objects only, not for null or arrays", () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect([null, [], "{}", 1, undefined].some(isPlainObject)).toBe(false);
  });
});
