import { bodyToText, decodeJson, isJsonMediaType, isPlainObject, parseJsonCallback, receivedType, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult, StrictnessOption } from "@kyc-webhooks/core";
import { callbackKinds, callbackSchemas, isCallbackKind } from "./callbacks/index.js";
import type { Callback, CallbackKind } from "./callbacks/index.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header; when given, anything but JSON is refused. */
  readonly contentType?: string | undefined;
}

// Shufti posts JSON (developers.shuftipro.com: "Both HTTP and callback responses will be in JSON format").

function kindOfDecoded(value: unknown): CallbackKind | undefined {
  if (!isPlainObject(value) || typeof value.reference !== "string") return undefined;
  return isCallbackKind(value.event) ? value.event : undefined;
}

/**
 * The kind of a body that is not valid JSON, read from its text: Shufti's own declined sample is broken
 * JSON (Shufti Pro, “Response Events”), and telling its kind lets a receiver file it where it belongs. Needs both a
 * `"reference"` key and a known `"event"` value, so bodies of other providers are not claimed.
 */
function kindOfText(body: RawBody): CallbackKind | undefined {
  const text = bodyToText(body);
  if (!text.ok || !/"reference"\s*:/.test(text.text)) return undefined;
  const event = /"event"\s*:\s*"([a-z.]+)"/.exec(text.text)?.[1];
  return isCallbackKind(event) ? event : undefined;
}

/**
 * Which event a body is, without full validation and without throwing: a JSON object with a string
 * `reference` and a known `event` (or, for a body that is not valid JSON, both found in its text).
 * Returns undefined for anything else, including other providers' callbacks.
 */
export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  if (options.contentType !== undefined && !isJsonMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? kindOfDecoded(decoded.value) : kindOfText(body);
}

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
