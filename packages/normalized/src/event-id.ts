import { hash } from "node:crypto";
import { bodyToBytes } from "@kyc-webhooks/core";
import type { RawBody } from "@kyc-webhooks/core";
import type { ProviderName } from "./event.js";

/**
 * JSON with object keys sorted at every level and `undefined` members left out, so that the same
 * content gives the same text however its keys were ordered. Any depth: past {@link recursionDepth}
 * levels the rest is written by a loop with its own stack, so a deeply nested value cannot overflow
 * the call stack.
 */
export function canonicalJson(value: unknown): string {
  // A copy with sorted keys written by the native JSON.stringify is about twice as fast as writing the text key by
  // key in JavaScript (bench/normalize.bench.ts); past recursionDepth levels the explicit stack takes over.
  const sorted = sortedCopy(value, 0);
  return sorted === tooDeep ? canonicalByLoop(value) : (JSON.stringify(sorted) ?? "null");
}

/** How deep {@link sortedCopy} recurses before the whole value is written by {@link canonicalByLoop}. */
const recursionDepth = 256;
const tooDeep: unique symbol = Symbol("too deep");

function scalarJson(value: unknown): string {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

/** What JSON.stringify cannot write as canonicalByLoop does: functions and symbols are null, bigints strings. */
function scalarCopy(value: unknown): unknown {
  if (typeof value === "function" || typeof value === "symbol") return null;
  if (typeof value === "bigint") return value.toString();
  return value;
}

/**
 * The value with every object's keys in sorted order (undefined members left out), for JSON.stringify to write;
 * {@link tooDeep} when it nests deeper than {@link recursionDepth}.
 */
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object") return scalarCopy(value);
  if (depth >= recursionDepth) return tooDeep;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) {
      const member = value[index] as unknown;
      const copy = member === undefined ? null : sortedCopy(member, depth + 1);
      if (copy === tooDeep) return tooDeep;
      out[index] = copy;
    }
    return out;
  }
  if (value instanceof Date) return value.toISOString();
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(Object.keys(record));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    // Strings, numbers, booleans and null as they are, without a call: most members of a callback are.
    const copy = typeof member === "string" || typeof member === "number" || typeof member === "boolean" || member === null ? member : sortedCopy(member, depth + 1);
    if (copy === tooDeep) return tooDeep;
    // A `__proto__` key of parsed JSON is an own member; assigning it would set the copy's prototype instead.
    if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out;
}

/** Key lists already sorted, by their first key: each entry an object's keys as it came and the same keys sorted. */
const sortedOrders = new Map<string, { readonly keys: readonly string[]; readonly sorted: readonly string[] }[]>();
/** Bounds of {@link sortedOrders}: the objects it holds orders of, and how many orders it keeps per first key and in all. */
const orderLimits = { maxKeys: 64, perFirstKey: 8, total: 4096 };
let ordersHeld = 0;

/**
 * `keys`, sorted. Sorting is most of what a canonical copy costs, and a provider's callbacks are made of the same few
 * object shapes, their keys in the same order each time: the order of a key list seen before is looked up (a few
 * comparisons of strings that JSON.parse interned) instead of sorted again. The look-up is exact, key by key; what it
 * holds is bounded, in all and per first key, so that a body with many shapes costs no more than sorting.
 */
function sortedKeys(keys: string[]): readonly string[] {
  const count = keys.length;
  if (count < 2) return keys;
  if (count > orderLimits.maxKeys) return keys.sort();
  const first = keys[0] as string;
  let seen = sortedOrders.get(first);
  if (seen !== undefined) {
    search: for (const entry of seen) {
      const known = entry.keys;
      if (known.length !== count) continue;
      for (let index = 1; index < count; index++) if (known[index] !== keys[index]) continue search;
      return entry.sorted;
    }
  }
  const sorted = keys.slice().sort();
  if (ordersHeld >= orderLimits.total) {
    sortedOrders.clear();
    ordersHeld = 0;
    seen = undefined;
  }
  if (seen === undefined) sortedOrders.set(first, (seen = []));
  if (seen.length < orderLimits.perFirstKey) {
    seen.push({ keys, sorted });
    ordersHeld++;
  }
  return sorted;
}

/** One open array or object of {@link canonicalByLoop}: what is left to write of it. */
interface OpenContainer {
  readonly close: string;
  readonly items: readonly unknown[];
  /** Object keys (with `"key":` already written), parallel to `items`; undefined for an array. */
  readonly prefixes: readonly string[] | undefined;
  next: number;
}

/** The same text as JSON.stringify of {@link sortedCopy}, written with an explicit stack instead of recursion. */
function canonicalByLoop(root: unknown): string {
  let out = "";
  const stack: OpenContainer[] = [];
  const open = (value: unknown): void => {
    if (value === null || typeof value !== "object") {
      out += scalarJson(value);
    } else if (Array.isArray(value)) {
      out += "[";
      stack.push({ close: "]", items: value, prefixes: undefined, next: 0 });
    } else if (value instanceof Date) {
      out += JSON.stringify(value.toISOString());
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort().filter((key) => record[key] !== undefined);
      out += "{";
      stack.push({ close: "}", items: keys.map((key) => record[key]), prefixes: keys.map((key) => `${JSON.stringify(key)}:`), next: 0 });
    }
  };
  open(root);
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (top.next >= top.items.length) {
      out += top.close;
      stack.pop();
      continue;
    }
    const index = top.next++;
    if (index > 0) out += ",";
    if (top.prefixes) out += top.prefixes[index];
    open(top.items[index]);
  }
  return out;
}

/** The parts are joined by NUL bytes (after each one), a separator that cannot occur inside the canonical JSON or a provider/kind name, so that ("ab","c") and ("a","bc") hash differently. */
const separator = "\u0000";
const separatorByte = new Uint8Array([0]);

/** SHA-256, in hex, of the parts each followed by a NUL byte: one call of the one-shot `hash`, cheaper than a Hash object. */
function sha256Hex(...parts: (string | Uint8Array)[]): string {
  if (parts.every((part) => typeof part === "string")) return hash("sha256", parts.join(separator) + separator, "hex");
  const bytes = parts.flatMap((part) => [typeof part === "string" ? Buffer.from(part, "utf8") : part, separatorByte]);
  return hash("sha256", Buffer.concat(bytes), "hex");
}

/**
 * The eventId of a callback without an event id of its own: SHA-256 over provider, kind and the
 * canonical JSON of its content (the parsed callback minus the fields that change between deliveries
 * of one event; each provider's normalizer says which).
 */
export function contentEventId(provider: ProviderName, kind: string, content: unknown): string {
  return `${provider}:${sha256Hex(provider, kind, canonicalJson(content))}`;
}

/** The eventId of a callback that carries its own event id (Ondato's envelope `id`). */
export function providerEventId(provider: ProviderName, id: string): string {
  return `${provider}:id:${id}`;
}

/**
 * The eventId used for a body that fails validation: SHA-256 over the provider and the raw bytes, so
 * that a redelivered invalid body is still deduplicated. Whitespace or key order changes give a new id,
 * which is the price of not trusting a body we could not parse.
 */
export function rawEventId(provider: ProviderName, body: RawBody): string {
  return `${provider}:raw:${sha256Hex(provider, bodyToBytes(body))}`;
}
