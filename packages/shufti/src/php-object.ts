import * as z from "zod";

/**
 * Shufti Pro's API is PHP, and PHP's `json_encode` writes an empty associative array as `[]`, not `{}`.
 * So any field that is an object on the wire can arrive as `[]` when it is empty: a captured face-only
 * response carries `"verification_data": []` (captured Shufti Pro callbacks in integrators' public code, trakx/ShuftiPro.Net
 * `src/ShuftiPro.Tests/jsons/status_empty.json`).
 *
 * `phpObject(schema)` accepts the object, or an empty array standing for an empty object. The value is
 * kept as sent (`[]` stays `[]`); use {@link fromPhpObject} to read it as "object or nothing".
 */
export function phpObject<T extends z.ZodType>(schema: T) {
  return z.union([
    schema,
    z.tuple([]).describe("An empty object as PHP encodes it: `[]` (Shufti Pro's JSON is written by PHP's json_encode)."),
  ]);
}

/** The object, or `undefined` when Shufti sent `[]` (PHP's empty object) or nothing at all. */
export function fromPhpObject<T extends object>(value: T | [] | null | undefined): T | undefined {
  if (value === null || value === undefined || Array.isArray(value)) return undefined;
  return value as T;
}
