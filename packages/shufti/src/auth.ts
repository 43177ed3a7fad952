import { hash } from "node:crypto";
import { bodyToBytes, constantTimeEqual, getHeader } from "@kyc-webhooks/core";
import type { HeadersLike, RawBody } from "@kyc-webhooks/core";

/**
 * Shufti Pro signs every callback (and every API response) with a SHA-256 over the raw body followed by
 * a secret (plain SHA-256, not HMAC; lower-case hex). Two rules are documented and both are in use
 * (Shufti Pro's signature documentation, https://developers.shuftipro.com):
 *
 * - `v2`: `sha256hex(rawBody + sha256hex(secretKey))`, in the `Signature` header
 *   (developers.shuftipro.com, FAQ "How can we calculate the signature?").
 * - `v1`: `sha256hex(rawBody + secretKey)`, the 2019 rule (shuftipro/RESTful-API-v1.3 `README.md`
 *   "Response Signature"), still used by Travel Rule callbacks in the `sp_signature` header.
 *
 * The body is PHP `json_encode` output (`\/`, `\uXXXX`): re-serialising parsed JSON gives other bytes and
 * a wrong signature. Always verify the bytes exactly as received.
 */
export type SignatureAlgorithm = "v2" | "v1";

export const signatureAlgorithms = [
  { code: "v2", description: "sha256hex(rawBody + sha256hex(secretKey)), sent in the Signature header (current)." },
  { code: "v1", description: "sha256hex(rawBody + secretKey), sent as sp_signature (2019 rule; Travel Rule callbacks)." },
] as const satisfies readonly { code: SignatureAlgorithm; description: string }[];

/** The headers Shufti has sent the signature in. */
export const signatureHeaders = ["signature", "sp_signature"] as const;

/** The header each rule's signature is sent in (lower-cased): `Signature` for v2, `sp_signature` for v1. */
export const signatureHeaderOf = { v2: "signature", v1: "sp_signature" } as const satisfies Record<SignatureAlgorithm, (typeof signatureHeaders)[number]>;

export interface VerifySignatureOptions {
  /** Which rules to accept, in the order they are tried. Default: both, `["v2", "v1"]`. Pin one once you know which your account uses. */
  readonly algorithms?: readonly SignatureAlgorithm[];
  /** Which headers to read, in order. Default: `["signature", "sp_signature"]`. */
  readonly headers?: readonly string[];
}

export type SignatureVerification =
  | { readonly ok: true; readonly algorithm: SignatureAlgorithm; readonly header: string }
  | { readonly ok: false; readonly reason: "missing_secret" | "missing_signature" | "malformed_signature" | "signature_mismatch"; readonly message: string };

/** One call of the one-shot `hash` over the parts joined: copying a body is cheaper than a Hash object per signature. */
function sha256hex(...parts: Uint8Array[]): string {
  return hash("sha256", parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts), "hex");
}

const encoder = new TextEncoder();

/** The signature Shufti sends for a body (lower-case hex). For senders and tests, e.g. to sign fixtures. */
export function computeSignature(rawBody: RawBody, secretKey: string, algorithm: SignatureAlgorithm = "v2"): string {
  const body = bodyToBytes(rawBody);
  const suffix = algorithm === "v2" ? sha256hex(encoder.encode(secretKey)) : secretKey;
  return sha256hex(body, encoder.encode(suffix));
}

/**
 * Checks a callback's signature over its raw body. Tries each configured header that is present against
 * each configured rule, comparing hex digests in constant time, and says which one matched so that you
 * can pin it. Never throws.
 */
export function verifySignature(
  rawBody: RawBody,
  headers: HeadersLike | undefined,
  secretKey: string,
  options: VerifySignatureOptions = {},
): SignatureVerification {
  const algorithms = options.algorithms ?? ["v2", "v1"];
  const headerNames = options.headers ?? signatureHeaders;
  if (!secretKey) return { ok: false, reason: "missing_secret", message: "No secret key configured" };

  const given = headerNames
    .map((name) => ({ header: name.toLowerCase(), value: getHeader(headers, name)?.trim() }))
    .filter((entry): entry is { header: string; value: string } => entry.value !== undefined && entry.value !== "");
  if (given.length === 0) {
    return { ok: false, reason: "missing_signature", message: `No signature header (looked for ${headerNames.join(", ")})` };
  }
  const wellFormed = given.filter((entry) => /^[0-9a-fA-F]{64}$/.test(entry.value));
  if (wellFormed.length === 0) {
    return { ok: false, reason: "malformed_signature", message: "The signature header is not a SHA-256 hex digest" };
  }

  const expected = algorithms.map((algorithm) => ({ algorithm, signature: computeSignature(rawBody, secretKey, algorithm) }));
  let match: { algorithm: SignatureAlgorithm; header: string } | undefined;
  // Every pair is compared, without stopping at the first match, so the time taken does not say which matched.
  for (const entry of wellFormed) {
    for (const candidate of expected) {
      if (constantTimeEqual(entry.value.toLowerCase(), candidate.signature) && match === undefined) {
        match = { algorithm: candidate.algorithm, header: entry.header };
      }
    }
  }
  if (match) return { ok: true, ...match };
  return { ok: false, reason: "signature_mismatch", message: `The signature does not match the body (tried ${algorithms.join(", ")})` };
}
