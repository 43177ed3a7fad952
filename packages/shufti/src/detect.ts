// Telling a body's kind from its shape. No schema here: the CLI and `@kyc-webhooks/normalized` detect the provider
// of a body with this alone, and load the schemas (./callbacks/) only for the provider that claims it.
import { bodyToText, decodeJson, isJsonMediaType, isPlainObject } from "@kyc-webhooks/core";
import type { RawBody, StrictnessOption } from "@kyc-webhooks/core";
import { isCallbackKind } from "./callbacks/kinds.js";
import type { CallbackKind } from "./callbacks/kinds.js";

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
