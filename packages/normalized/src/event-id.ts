import { createHash } from "node:crypto";
import { bodyToBytes } from "@kyc-webhooks/core";
import type { RawBody } from "@kyc-webhooks/core";
import type { ProviderName } from "./event.js";

/**
 * JSON with object keys sorted at every level and `undefined` members left out, so that the same
 * content gives the same text however its keys were ordered.
 */
export function canonicalJson(value: unknown): string {
  // A plain loop rather than map/filter/join: this runs on every callback (see bench/normalize.bench.ts).
  if (value === null || typeof value !== "object") {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") return "null";
    if (typeof value === "bigint") return JSON.stringify(value.toString());
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ",";
      out += canonicalJson(value[index]);
    }
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = "{";
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (!first) out += ",";
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

function sha256Hex(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    hash.update(part);
    // A separator that cannot occur inside the canonical JSON or a provider/kind name, so that
    // ("ab","c") and ("a","bc") hash differently.
    hash.update("\u0000");
  }
  return hash.digest("hex");
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
