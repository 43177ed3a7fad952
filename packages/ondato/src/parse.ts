import { decodeJson, failWith, mediaType, receivedType, unwrap, validate } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackSchemas } from "./events/index.js";
import type { Callback } from "./events/index.js";
import { isCallbackKind } from "./events/kinds.js";
import type { CallbackKind } from "./events/kinds.js";

export interface ParseOptions {
  /** The request's Content-Type header. When given, anything but `application/json` is refused. */
  readonly contentType?: string | undefined;
}

/** Ondato posts its webhooks as JSON (Ondato's webhooks page: "a JSON payload"). */
const expectedMediaType = "application/json";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wrongMediaType(contentType: string | undefined): boolean {
  return contentType !== undefined && mediaType(contentType) !== expectedMediaType;
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
  if (wrongMediaType(options.contentType)) {
    return failWith({
      path: [],
      code: "unsupported_media_type",
      expected: expectedMediaType,
      received: mediaType(options.contentType) ?? "none",
      message: `Unsupported media type: Ondato sends ${expectedMediaType}`,
    });
  }
  const decoded = decodeJson(body);
  if (!decoded.ok) return failWith(decoded.issue);
  const value = decoded.value;
  if (!isPlainObject(value)) {
    const received = receivedType(value);
    return { ok: false, issues: [{ path: [], code: "invalid_type", expected: "object", received, message: `Expected object, received ${received}` }], decoded: value };
  }
  const kind = isCallbackKind(value.type) ? value.type : undefined;
  if (kind === undefined) return { ok: false, issues: [unknownKindIssue(value)], decoded: value };
  // core's validate parses with reportInput, so issues can name the received type (never the value).
  const parsed = validate(callbackSchemas[kind], value);
  if (!parsed.ok) return { ok: false, kind, issues: parsed.issues, decoded: value };
  return { ok: true, kind, value: parsed.value as Callback };
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
  if (wrongMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? detectDecoded(decoded.value) : undefined;
}
