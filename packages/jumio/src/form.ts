import { bodyToBytes, decodeJson } from "@kyc-webhooks/core";
import type { Issue, RawBody } from "@kyc-webhooks/core";

/** One `key=value` pair of a form body, decoded. */
export type FormPair = readonly [key: string, value: string];

const lenientUtf8 = new TextDecoder("utf-8", { fatal: false });

/**
 * The raw view of an `application/x-www-form-urlencoded` body: every `[key, value]` pair in the order
 * sent, repeated keys kept. Decoded with the WHATWG form parser (`URLSearchParams`): `+` and `%20` are
 * both spaces (Jumio's documents use `%20`, captured callbacks use `+`, captured Jumio callbacks in integrators' public test suites). Bytes that
 * are not UTF-8 become U+FFFD here; `safeParseCallback` refuses such bodies with `invalid_utf8`.
 */
export function decodeFormBody(body: RawBody): FormPair[] {
  const text = typeof body === "string" ? body : lenientUtf8.decode(bodyToBytes(body));
  // Each entry the iterator yields is a new [key, value] array: taken as it is.
  return Array.from(new URLSearchParams(text));
}

/**
 * Form fields that hold JSON, per callback kind (the `jsonFields` of the descriptor).
 * `additionalChecks` (watchlist screening) is not in the provider documents: Jumio's screening guide, captured Jumio callbacks in integrators' public test suites.
 */
export const jsonFields = {
  NETVERIFYID: ["idAddress", "rejectReason", "identityVerification", "dlCategories", "livenessImages", "additionalChecks"],
  NETVERIFY_AUTHENTICATION: ["livenessImages"],
  DOCUMENT_VERIFICATION: ["transaction", "document"],
} as const satisfies Record<FormCallbackKind, readonly string[]>;

export type FormCallbackKind = "NETVERIFYID" | "NETVERIFY_AUTHENTICATION" | "DOCUMENT_VERIFICATION";

/**
 * Fields that hold JSON only sometimes: the Authentication table says `idScanImageFace` is a "JSON
 * array/object" while its sample sends a plain URL. Parsed only when the value starts with `[` or `{`.
 */
export const maybeJsonFields: Readonly<Record<FormCallbackKind, readonly string[]>> = {
  NETVERIFYID: [],
  NETVERIFY_AUTHENTICATION: ["idScanImageFace"],
  DOCUMENT_VERIFICATION: [],
};

/** Fields whose repeated keys are collected into one list instead of the last value winning. */
const collectedFields = new Set(["livenessImages"]);

/** {@link formToObject}'s rule for repeated keys, in words (the descriptor's `repeatedKeys`). */
export const repeatedKeyRule =
  "A key sent more than once: the last value counts (an integrator's test posts idType twice), except livenessImages, whose values are collected in order into one array, each value being a JSON array of URLs or a single URL (an integrator posts one URL per repeated key).";

function set(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty for a key named "__proto__", so that it is an ordinary field and never a prototype; a plain
  // assignment for the others (defineProperty on every key makes a slow dictionary object of the whole form).
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The typed view of a form body: an object with the JSON fields of its kind parsed, ready for the schema.
 *
 * Repeated keys: the LAST value wins for every field (an integrator's tests post `idType` twice,
 * captured Jumio callbacks in integrators' public test suites; the raw view {@link decodeFormBody} keeps them all), except `livenessImages`,
 * whose values are collected in order into one array: each value is either a JSON array of URLs or, in
 * the repeated-key form, a single URL.
 *
 * A JSON field that does not hold valid JSON is an `invalid_json` issue at that field's path, and its
 * text is kept as sent, so nothing is lost.
 */
export function formToObject(pairs: readonly FormPair[], kind?: FormCallbackKind): { value: Record<string, unknown>; issues: Issue[] } {
  const value: Record<string, unknown> = {};
  const collected = new Map<string, string[]>();
  for (const [key, text] of pairs) {
    if (collectedFields.has(key)) {
      const list = collected.get(key) ?? [];
      list.push(text);
      collected.set(key, list);
      // Keeps the key's position in the object; replaced below.
      set(value, key, text);
    } else {
      set(value, key, text);
    }
  }

  const issues: Issue[] = [];
  const json: readonly string[] = kind ? jsonFields[kind] : [...new Set(Object.values(jsonFields).flat())];
  const maybeJson: readonly string[] = kind ? maybeJsonFields[kind] : [];

  for (const [key, texts] of collected) {
    if (!json.includes(key)) {
      set(value, key, texts[texts.length - 1]);
      continue;
    }
    const items: unknown[] = [];
    let failed = false;
    for (const text of texts) {
      if (!text.trimStart().startsWith("[")) {
        items.push(text);
        continue;
      }
      const decoded = decodeJson(text, [key]);
      if (decoded.ok && Array.isArray(decoded.value)) items.push(...(decoded.value as unknown[]));
      else if (decoded.ok) items.push(decoded.value);
      else {
        failed = true;
        issues.push(decoded.issue);
      }
    }
    set(value, key, failed ? (texts.length === 1 ? texts[0] : texts) : items);
  }

  for (const key of json) {
    if (collected.has(key)) continue;
    const text = value[key];
    if (typeof text !== "string") continue;
    const decoded = decodeJson(text, [key]);
    if (decoded.ok) set(value, key, decoded.value);
    else issues.push(decoded.issue);
  }
  for (const key of maybeJson) {
    const text = value[key];
    if (typeof text !== "string" || !/^\s*[[{]/.test(text)) continue;
    const decoded = decodeJson(text, [key]);
    if (decoded.ok) set(value, key, decoded.value);
    else issues.push(decoded.issue);
  }
  return { value, issues };
}
