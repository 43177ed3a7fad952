import { decodeJson, isJsonMediaType, isPlainObject, parseJsonCallback, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult, StrictnessOption } from "@kyc-webhooks/core";
import { callbackSchemas } from "./callbacks/index.js";
import type { Callback, CallbackKind } from "./callbacks/index.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header. When given, anything but `application/json` (or a `+json` type) is refused. */
  readonly contentType?: string | undefined;
}

/** Netki posts its callbacks as JSON (Django REST Framework). */
const expectedMediaType = "application/json";

/**
 * The kind of a decoded body, by shape: Netki sends no discriminator. The checks are narrow on purpose,
 * so that `detect` never claims another provider's body: a top-level `event`/`reference` (Shufti),
 * `type`+`payload` or `applicationId` (Ondato) or `callBackType`/`workflowExecution` (Jumio) rules Netki out.
 */
export function detectDecoded(value: unknown): CallbackKind | undefined {
  if (!isPlainObject(value)) return undefined;
  if ("event" in value || "callBackType" in value || "workflowExecution" in value || "applicationId" in value || ("type" in value && "payload" in value)) {
    return undefined;
  }
  const identity = value.identity;
  if (isPlainObject(identity) && "transaction_identity" in identity) return "transaction";
  const business = value.business;
  if (isPlainObject(business) && "parent_business" in business && "status" in business) return "business";
  return undefined;
}

function isExpectedMediaType(contentType: string): boolean {
  return isJsonMediaType(contentType);
}

/** Netki sends no discriminator, so an object whose shape {@link detectDecoded} does not know is not a Netki callback. */
function unknownShapeIssue(): Issue {
  return {
    path: [],
    code: "unknown_kind",
    expected: "identity.transaction_identity (transaction) or business.parent_business (business)",
    message: "Not a Netki callback: expected an object with identity.transaction_identity (transaction) or business.parent_business and business.status (business)",
  };
}

/**
 * Decodes and validates a Netki callback body exactly as received. Never throws: on failure it returns
 * issues with field paths, the kind when the shape told it, and the decoded body when decoding worked.
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  return parseJsonCallback<Callback, CallbackKind>(body, {
    contentType: options.contentType,
    strictness: options.strictness,
    acceptsContentType: isExpectedMediaType,
    unsupportedMediaType: { expected: expectedMediaType, message: `Unsupported media type: Netki sends ${expectedMediaType}`, noMediaType: "none" },
    kindOf: detectDecoded,
    unknownKindIssue: unknownShapeIssue,
    schemaFor: (kind) => callbackSchemas[kind],
  });
}

/** Like {@link safeParseCallback}, but returns the callback or throws `CallbackParseError`. */
export function parseCallback(body: RawBody, options: ParseOptions = {}): Callback {
  return unwrap(safeParseCallback(body, options));
}

/**
 * Which kind of Netki callback a body is, without full validation and without throwing; `undefined` for
 * anything that is not a Netki callback (including other providers' bodies and non-JSON bodies).
 */
export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  if (options.contentType !== undefined && !isExpectedMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? detectDecoded(decoded.value) : undefined;
}
