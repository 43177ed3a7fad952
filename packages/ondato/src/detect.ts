// Telling a webhook's kind from its shape. No schema here: the CLI and `@kyc-webhooks/normalized` detect the provider
// of a body with this alone, and load the schemas (./callbacks/) only for the provider that claims it.
import { decodeJson, isJsonMediaType, isPlainObject } from "@kyc-webhooks/core";
import type { RawBody, StrictnessOption } from "@kyc-webhooks/core";
import { isCallbackKind } from "./callbacks/kinds.js";
import type { CallbackKind } from "./callbacks/kinds.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header. When given, anything but `application/json` (or a `+json` type) is refused. */
  readonly contentType?: string | undefined;
}

/** Ondato posts its webhooks as JSON (Ondato's webhooks page: "a JSON payload"). */
export const expectedMediaType = "application/json";

export function isExpectedMediaType(contentType: string): boolean {
  return isJsonMediaType(contentType);
}

/**
 * The kind of a decoded body: an object whose `type` is one of Ondato's webhook types and that has a
 * `payload`. Ondato's type names (`KycIdentification.Approved`, ...) are its own, so this never claims
 * another provider's body, nor the guessed `{ EventType, Payload }` shapes some integrators test with.
 */
export function detectDecoded(value: unknown): CallbackKind | undefined {
  if (!isPlainObject(value) || !("payload" in value)) return undefined;
  return isCallbackKind(value.type) ? value.type : undefined;
}

/**
 * Which Ondato webhook a body is, without full validation and without throwing; `undefined` for anything
 * that is not one (other providers' bodies, non-JSON bodies, a wrong content type).
 */
export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  if (options.contentType !== undefined && !isExpectedMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? detectDecoded(decoded.value) : undefined;
}
