import { parseJsonCallback, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackSchemas } from "./callbacks/index.js";
import type { Callback, CallbackKind } from "./callbacks/index.js";
import { detectDecoded, expectedMediaType, isExpectedMediaType } from "./detect.js";
import type { ParseOptions } from "./detect.js";

export type { ParseOptions } from "./detect.js";

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
