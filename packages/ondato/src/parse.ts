import { decodeJson, isJsonMediaType, isPlainObject, parseJsonCallback, receivedType, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult, StrictnessOption } from "@kyc-webhooks/core";
import { callbackSchemas } from "./callbacks/index.js";
import type { Callback } from "./callbacks/index.js";
import { isCallbackKind } from "./callbacks/kinds.js";
import type { CallbackKind } from "./callbacks/kinds.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header. When given, anything but `application/json` (or a `+json` type) is refused. */
  readonly contentType?: string | undefined;
}

/** Ondato posts its webhooks as JSON (Ondato's webhooks page: "a JSON payload"). */
const expectedMediaType = "application/json";

function isExpectedMediaType(contentType: string): boolean {
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

function unknownKindIssue(value: Record<string, unknown>): Issue {
  if (!("type" in value)) {
    return { path: ["type"], code: "invalid_type", expected: "string", received: "undefined", message: "Required: expected string (the webhook type)" };
  }
  return {
    path: ["type"],
    code: "unknown_kind",
    expected: "an Ondato webhook type, e.g. KycIdentification.Approved",
    received: receivedType(value.type),
    message: "Unknown webhook type: expected one of Ondato's webhook types (IdentityVerification.*, Idv.*, KycIdentification.*, KybIdentification.*, Form.Created)",
  };
}

/**
 * Decodes and validates an Ondato webhook body exactly as received. Never throws: on failure it returns
 * issues with field paths, the kind when the `type` told it, and the decoded body when decoding worked.
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  return parseJsonCallback<Callback, CallbackKind>(body, {
    contentType: options.contentType,
    strictness: options.strictness,
    acceptsContentType: isExpectedMediaType,
    unsupportedMediaType: { expected: expectedMediaType, message: `Unsupported media type: Ondato sends ${expectedMediaType}`, noMediaType: "none" },
    kindOf: (value) => (isCallbackKind(value.type) ? value.type : undefined),
    unknownKindIssue,
    schemaFor: (kind) => callbackSchemas[kind],
  });
}

/** Like {@link safeParseCallback}, but returns the callback or throws `CallbackParseError`. */
export function parseCallback(body: RawBody, options: ParseOptions = {}): Callback {
  return unwrap(safeParseCallback(body, options));
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
