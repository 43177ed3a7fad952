import fc from "fast-check";
import type { Fixture } from "@kyc-webhooks/core";

/*
 * Hostile callback bodies for the property tests: random values, and the provider's own fixtures mutated the
 * ways an attacker or a broken proxy would (truncated, spliced, re-keyed, nested 100,000 deep, padded with huge
 * strings, broken UTF-8, a BOM, duplicate and `__proto__`/`constructor` keys, malformed form encoding).
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Nesting depths around and far past core's limit (1,000). */
const depths = [999, 1_000, 1_001, 4_100, 5_000, 100_000] as const;

/** A JSON value `depth` levels deep, as arrays or as objects. */
export function deepJson(depth: number, kind: "array" | "object"): string {
  return kind === "array" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** One mebibyte of text, and text made of the characters JSON must escape. */
const hugeStrings = ["x".repeat(1_048_576), '"\\'.repeat(50_000), "\u0000\u2028\ud800".repeat(20_000)];

/** Object keys that pollute prototypes, or collide with the fields every provider reads. */
const hostileKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "", " ", "\u0000"];

/** Text fragments that break JSON, form encoding or UTF-16. */
const hostileFragments = ['"', "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "\ud800", "\udfff", "\u0000", "\ufeff", "%", "%zz", "%f", "%FF%FE", "%C0%80", "%ED%A0%80", "&", "=", "&&==&", "+", "\r\n", "null", "NaN", "1e999999", "-0", "😀"];

/** Byte sequences that are not UTF-8: a lone continuation byte, an overlong NUL, a surrogate, a cut-off sequence, 0xFF. */
const invalidUtf8 = [[0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xff], [0xfe, 0xff], [0xf4, 0x90, 0x80, 0x80]] as const;

const jsonText = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? "null");

/** A JSON value as text, sometimes a hostile one. */
const hostileValue = fc.oneof(
  { weight: 6, arbitrary: jsonText },
  { weight: 1, arbitrary: fc.constantFrom(...depths).chain((depth) => fc.constantFrom(deepJson(depth, "array"), deepJson(depth, "object"))) },
  { weight: 1, arbitrary: fc.constantFrom(...hugeStrings).map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.constantFrom(...hostileKeys).map((key) => `{${JSON.stringify(key)}:{"polluted":true}}`) },
);

type Mutation = (text: string) => string;

/** Inserts `member` (`"key":value`) as the first member of the outermost object; a text without one gets it prepended. */
function withMember(text: string, member: string): string {
  const open = text.indexOf("{");
  return open < 0 ? `{${member}}${text}` : `${text.slice(0, open + 1)}${member}${text[open + 1] === "}" ? "" : ","}${text.slice(open + 1)}`;
}

/** The top-level keys of a JSON object text (empty when it is not one). */
function topLevelKeys(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}

/** Mutations of a JSON body's text. */
function jsonMutations(text: string): fc.Arbitrary<Mutation> {
  const keys = topLevelKeys(text);
  const keyArb = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...hostileKeys), fc.string()) : fc.oneof(fc.constantFrom(...hostileKeys), fc.string());
  return fc.oneof(
    // A duplicate (or prototype) key with any value, before the real one.
    fc.tuple(keyArb, hostileValue).map(([key, value]): Mutation => (body) => withMember(body, `${JSON.stringify(key)}:${value}`)),
    // A whole member replaced: a known field's value swapped for another.
    fc.tuple(fc.constantFrom(...(keys.length > 0 ? keys : ["x"])), hostileValue).map(([key, value]): Mutation => (body) => {
      try {
        const parsed = JSON.parse(body) as Record<string, unknown>;
        const rest = Object.entries(parsed).filter(([name]) => name !== key).map(([name, member]) => `${JSON.stringify(name)}:${JSON.stringify(member)}`);
        return `{${[`${JSON.stringify(key)}:${value}`, ...rest].join(",")}}`;
      } catch {
        return body;
      }
    }),
    fc.constant((body: string) => `\ufeff${body}`),
  );
}

/** Mutations of a form body's text (Jumio's legacy callbacks). */
function formMutations(text: string): fc.Arbitrary<Mutation> {
  const keys = [...new URLSearchParams(text).keys()];
  const keyArb = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...hostileKeys)) : fc.constantFrom(...hostileKeys);
  const fieldValue = fc.oneof(hostileValue.map(encodeURIComponent), fc.constantFrom("%", "%zz", "%FF%FE", "%C0%80", "%E2%82", "a%2", "=", "&"), fc.string());
  return fc.oneof(
    // A repeated field (duplicate key), with JSON, deep JSON, a huge string or broken percent-encoding.
    fc.tuple(keyArb, fieldValue).map(([key, value]): Mutation => (body) => `${body}&${encodeURIComponent(key)}=${value}`),
    fc.tuple(keyArb, fieldValue).map(([key, value]): Mutation => (body) => `${encodeURIComponent(key)}=${value}&${body}`),
    fc.constantFrom<Mutation>(
      (body) => body.replaceAll("=", "=%"),
      (body) => body.replaceAll("&", "&&=&"),
      (body) => body.replaceAll("%", "%%"),
      (body) => body.replaceAll("=", ""),
      (body) => `\ufeff${body}`,
    ),
  );
}

/** Mutations that do not care about the format: splices, truncation, fragments. */
const textMutations: fc.Arbitrary<(text: string) => fc.Arbitrary<string>> = fc.constantFrom(
  (text: string) => fc.nat({ max: Math.max(text.length, 1) }).map((at) => text.slice(0, at)),
  (text: string) => fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...hostileFragments)).map(([at, fragment]) => `${text.slice(0, at)}${fragment}${text.slice(at)}`),
  (text: string) => fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 64 })).map(([at, length]) => `${text.slice(0, at)}${text.slice(at + length)}`),
);

/** Bytes with an invalid UTF-8 sequence spliced in. */
function withInvalidUtf8(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc.tuple(fc.nat({ max: bytes.length }), fc.constantFrom(...invalidUtf8)).map(([at, sequence]) => {
    const out = new Uint8Array(bytes.length + sequence.length);
    out.set(bytes.subarray(0, at), 0);
    out.set(sequence, at);
    out.set(bytes.subarray(at), at + sequence.length);
    return out;
  });
}

/** A fixture mutated once or twice. */
export function mutatedFixture(fixture: Fixture): fc.Arbitrary<Uint8Array> {
  const text = fixture.text;
  const structural = fixture.contentType.includes("form") ? formMutations(text) : jsonMutations(text);
  const once: fc.Arbitrary<string> = fc.oneof(
    { weight: 3, arbitrary: structural.map((mutate) => mutate(text)) },
    { weight: 2, arbitrary: textMutations.chain((mutate) => mutate(text)) },
    { weight: 1, arbitrary: fc.tuple(structural, structural).map(([first, second]) => second(first(text))) },
  );
  return fc.oneof({ weight: 5, arbitrary: once.map((mutated) => encoder.encode(mutated)) }, { weight: 1, arbitrary: withInvalidUtf8(fixture.body) });
}

/** Values that are not a body at all, where bytes belong: what a framework's JSON parser hands over. */
export const notABody: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).filter((value) => typeof value !== "string"),
  fc.constantFrom(undefined, null, 0, Number.NaN, true, Symbol("body"), () => "body", new Date(0), new Map(), new Uint16Array(4), new DataView(new ArrayBuffer(4)), { toString: () => "{}" }),
  fc.constant(Object.create(null) as unknown),
);

/**
 * Any body for a provider whose fixtures are given: random bytes or text, random JSON and forms, and the
 * fixtures mutated; a string, a Uint8Array, a Buffer or an ArrayBuffer.
 */
export function hostileBody(fixtures: readonly Fixture[]): fc.Arbitrary<string | Uint8Array | ArrayBuffer> {
  const bytes = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...fixtures).chain(mutatedFixture) },
    { weight: 1, arbitrary: fc.constantFrom(...fixtures).map((fixture) => fixture.body) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }) },
    { weight: 1, arbitrary: fc.oneof(jsonText, fc.string(), fc.constantFrom("", " ", "\ufeff", "{}", "[]", "null", "a=b&c")).map((text) => encoder.encode(text)) },
    { weight: 1, arbitrary: fc.constantFrom(...depths).chain((depth) => fc.constantFrom(deepJson(depth, "array"), deepJson(depth, "object"), `{"a":${deepJson(depth, "array")}}`)).map((text) => encoder.encode(text)) },
  );
  return fc.tuple(bytes, fc.constantFrom("bytes", "buffer", "text", "arraybuffer")).map(([body, as]) => {
    if (as === "text") return decoder.decode(body);
    if (as === "buffer") return Buffer.from(body);
    if (as === "arraybuffer") return body.slice().buffer;
    return body;
  });
}

/** Content-Type headers: the right ones, wrong ones, parameters, odd casing, none. */
export function contentTypes(own: readonly string[]): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...own) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        "",
        ";",
        "application/json",
        "application/x-www-form-urlencoded",
        "APPLICATION/JSON; charset=UTF-8",
        "application/json; charset=utf-16",
        "application/json;;;charset",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/vnd.api+json",
        "*/*",
      ),
    },
    { weight: 1, arbitrary: fc.string() },
  );
}
