import { isJsonMediaType, parseJsonCallback, receivedType, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackSchemas } from "./callbacks/index.js";
import type { Callback } from "./callbacks/index.js";
import { callbackKinds, isCallbackKind } from "./callbacks/kinds.js";
import type { CallbackKind } from "./callbacks/kinds.js";
import { detect } from "./detect.js";
import type { ParseOptions } from "./detect.js";

export type { ParseOptions } from "./detect.js";

/** Why a body has no known event: a missing or non-string `event` is a type error, an unknown one names the events. */
function unknownEventIssue(value: Record<string, unknown>): Issue {
  const event = value.event;
  if (event === undefined) return { path: ["event"], code: "invalid_type", expected: "string", received: "undefined", message: "Required: expected string" };
  if (typeof event !== "string") return { path: ["event"], code: "invalid_type", expected: "string", received: receivedType(event), message: `Expected string, received ${receivedType(event)}` };
  return { path: ["event"], code: "unknown_kind", expected: callbackKinds.join(" | "), received: "string", message: `Unknown event: expected one of ${callbackKinds.join(", ")}` };
}

/**
 * Decodes and validates a callback body exactly as received (string, Uint8Array or ArrayBuffer). Never
 * throws: returns the typed callback, or issues with field paths (never quoting the values).
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  return parseJsonCallback<Callback, CallbackKind>(body, {
    contentType: options.contentType,
    strictness: options.strictness,
    acceptsContentType: isJsonMediaType,
    unsupportedMediaType: { expected: "application/json", message: "Expected a JSON body (Content-Type application/json)" },
    // A refused body still gets its kind when it can be told, broken JSON included (see kindOfText).
    kindOfRefused: (refused) => detect(refused),
    kindOf: (value) => (isCallbackKind(value.event) ? value.event : undefined),
    unknownKindIssue: unknownEventIssue,
    schemaFor: (kind) => callbackSchemas[kind],
  });
}

/** Like {@link safeParseCallback}, but returns the callback or throws a `CallbackParseError` carrying the issues. */
export function parseCallback(body: RawBody, options: ParseOptions = {}): Callback {
  return unwrap(safeParseCallback(body, options));
}
