import { parseJsonCallback, receivedType, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackSchemas } from "./callbacks/index.js";
import type { Callback } from "./callbacks/index.js";
import { isCallbackKind } from "./callbacks/kinds.js";
import type { CallbackKind } from "./callbacks/kinds.js";
import { expectedMediaType, isExpectedMediaType } from "./detect.js";
import type { ParseOptions } from "./detect.js";

export type { ParseOptions } from "./detect.js";

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
