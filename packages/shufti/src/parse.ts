import { bodyToText, decodeJson, failWith, issuesFromZod, mediaType, receivedType, unwrap } from "@kyc-webhooks/core";
import type { Issue, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackKinds, callbackSchemas, isCallbackKind } from "./events/index.js";
import type { Callback, CallbackKind } from "./events/index.js";

export interface ParseOptions {
  /** The request's Content-Type header; when given, anything but JSON is refused. */
  readonly contentType?: string | undefined;
}

/** Shufti posts JSON (developers.shuftipro.com: "Both HTTP and callback responses will be in JSON format"). */
function isJsonMediaType(contentType: string | undefined): boolean {
  const type = mediaType(contentType);
  return type === "application/json" || (type?.endsWith("+json") ?? false);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindOfDecoded(value: unknown): CallbackKind | undefined {
  if (!isPlainObject(value) || typeof value.reference !== "string") return undefined;
  return isCallbackKind(value.event) ? value.event : undefined;
}

/**
 * The kind of a body that is not valid JSON, read from its text: Shufti's own declined sample is broken
 * JSON (seed 001), and telling its kind lets a receiver file it where it belongs. Needs both a
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

/**
 * Decodes and validates a callback body exactly as received (string, Uint8Array or ArrayBuffer). Never
 * throws: returns the typed callback, or issues with field paths (never quoting the values).
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  if (options.contentType !== undefined && !isJsonMediaType(options.contentType)) {
    return failWith(
      {
        path: [],
        code: "unsupported_media_type",
        expected: "application/json",
        received: mediaType(options.contentType) ?? "no media type",
        message: "Expected a JSON body (Content-Type application/json)",
      },
      detect(body),
    );
  }
  const decoded = decodeJson(body);
  if (!decoded.ok) return failWith(decoded.issue, kindOfText(body));
  const value = decoded.value;

  if (!isPlainObject(value)) {
    const received = receivedType(value);
    return fail([{ path: [], code: "invalid_type", expected: "object", received, message: `Expected object, received ${received}` }], value);
  }
  const event = value.event;
  if (!isCallbackKind(event)) {
    const issue: Issue =
      event === undefined
        ? { path: ["event"], code: "invalid_type", expected: "string", received: "undefined", message: "Required: expected string" }
        : typeof event !== "string"
          ? { path: ["event"], code: "invalid_type", expected: "string", received: receivedType(event), message: `Expected string, received ${receivedType(event)}` }
          : { path: ["event"], code: "unknown_kind", expected: callbackKinds.join(" | "), received: "string", message: `Unknown event: expected one of ${callbackKinds.join(", ")}` };
    return fail([issue], value);
  }

  const result = callbackSchemas[event].safeParse(value);
  if (!result.success) return fail(issuesFromZod(result.error), value, event);
  return { ok: true, kind: event, value: result.data as Callback };
}

function fail(issues: readonly Issue[], decoded: unknown, kind?: CallbackKind): SafeParseResult<Callback, CallbackKind> {
  return kind === undefined ? { ok: false, issues, decoded } : { ok: false, kind, issues, decoded };
}

/** Like {@link safeParseCallback}, but returns the callback or throws a `CallbackParseError` carrying the issues. */
export function parseCallback(body: RawBody, options: ParseOptions = {}): Callback {
  return unwrap(safeParseCallback(body, options));
}
