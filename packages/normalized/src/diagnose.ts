import { bodyToBytes, bodyToText, decodeJson, formBodyError, isPlainObject, mediaType, receivedType } from "@kyc-webhooks/core";
import type { Issue, RawBody } from "@kyc-webhooks/core";
import { providerNames } from "./names.js";
import type { ProviderName } from "./event.js";
import { detectionOrder, detectors } from "./providers/detectors.js";
import type { EntryOf } from "./providers/types.js";

/**
 * Why a body that no provider's `detect` claims is not a callback, as precisely as the body allows: empty,
 * binary, a content type no provider sends, not JSON (with the line and column where it breaks), neither
 * JSON nor a form body, a JSON value that is not an object, or the provider it resembles most and that
 * provider's own issues ("looks like Ondato, but its webhook type is unknown"). Only positions and type
 * names are reported, never the body's text.
 */
export type Diagnosis =
  | { readonly provider?: undefined; readonly issues: readonly Issue[] }
  | { readonly provider: ProviderName; readonly kind?: string; readonly issues: readonly Issue[]; readonly decoded?: unknown };

/**
 * The fields that make a body look like a provider's, whatever its values: the envelope of every callback
 * of that provider (from the provider packages' fixtures, which follow the providers' documents). A body
 * needs `least` of them (and one of `oneOf`, when given) to be taken for that provider's.
 */
interface Hallmarks {
  readonly json: readonly string[];
  readonly form?: readonly string[];
  readonly least: number;
  readonly oneOf?: readonly string[];
}

const hallmarks: Readonly<Record<ProviderName, Hallmarks>> = {
  // Every Shufti Pro callback carries `reference` and `event` (Shufti Pro API reference, https://api.shuftipro.com/api/docs/).
  shufti: { json: ["reference", "event", "verification_result", "verification_data", "declined_reason", "declined_codes", "verification_url", "additional_data", "info", "proofs"], least: 2 },
  // Ondato's webhook envelope: id, type, createdUtc, payload, applicationId (Ondato webhooks, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2320990304/Webhooks).
  ondato: { json: ["id", "type", "payload", "createdUtc", "applicationId", "deliveredUtc", "isDelivered"], least: 2, oneOf: ["type", "payload"] },
  // Netki sends the transaction or the business itself, no envelope (Netki callback documentation).
  netki: { json: ["identity", "business", "transaction_identity", "parent_business"], least: 1, oneOf: ["identity", "business"] },
  // Jumio's platform callback (JSON) and legacy callbacks (form-urlencoded).
  jumio: {
    json: ["workflowExecution", "callbackSentAt", "account", "userReference"],
    form: ["callBackType", "jumioIdScanReference", "merchantIdScanReference", "verificationStatus", "idScanStatus", "transactionReference", "transactionResult", "scanReference", "customerId", "callbackDate", "idType", "idCountry"],
    least: 2,
  },
};

/** The media types any provider sends a callback with. */
const callbackMediaTypes = ["application/json", "application/x-www-form-urlencoded"];

/**
 * What is wrong with a body before any provider's rules apply: empty, or binary. Undefined for text.
 * Asked before a provider's parser too, so that an empty body says "empty" whether the provider was given or not.
 */
export function bodyProblem(body: RawBody): Issue | undefined {
  const bytes = bodyToBytes(body);
  const text = bodyToText(bytes);
  if (bytes.byteLength === 0 || (text.ok && text.text.trim() === "")) {
    return { path: [], code: "empty_body", expected: "a callback body (JSON or a form body)", received: bytes.byteLength === 0 ? "0 bytes" : "only white space", message: "The body is empty" };
  }
  // eslint-disable-next-line no-control-regex
  const binary = !text.ok || /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text.text);
  if (binary) {
    return {
      path: [],
      code: "binary_body",
      expected: "UTF-8 text (JSON or a form body)",
      received: text.ok ? "control bytes" : "bytes that are not UTF-8",
      message: `The body is binary, not text: ${text.ok ? "it holds control bytes" : "it is not valid UTF-8"}`,
    };
  }
  return undefined;
}

/**
 * The first half of a diagnosis, which loads no provider's schemas: the diagnosis itself, or the provider the body
 * resembles (with the kind its `detect` told, if any), whose parser's issues complete it.
 */
export type Suspicion = Diagnosis | { readonly provider: ProviderName; readonly kind?: string; readonly parse: true };

/**
 * Diagnoses a body that no provider detected (see {@link Diagnosis}) with the entries `entryOf` gives: only the
 * provider the body resembles is asked for. Never throws.
 */
export function diagnoseBodyWith(entryOf: EntryOf, body: RawBody, options: { readonly contentType?: string | undefined } = {}): Diagnosis {
  const suspicion = suspectProvider(body, options);
  if (!("parse" in suspicion)) return suspicion;
  const { provider, kind } = suspicion;
  return { provider, ...(kind === undefined ? {} : { kind }), ...parseAs(entryOf, provider, body, options.contentType) };
}

/** Which provider a body that no provider detected resembles, or its diagnosis when no parser is needed to tell. Never throws. */
export function suspectProvider(body: RawBody, options: { readonly contentType?: string | undefined } = {}): Suspicion {
  const problem = bodyProblem(body);
  if (problem) return { issues: [problem] };

  // A body a provider recognises when the content type is left aside: that provider's refusal of the type.
  if (options.contentType !== undefined) {
    for (const provider of detectionOrder) {
      const kind = safely(() => detectors[provider](body, {}));
      if (kind !== undefined) return { provider, kind, parse: true };
    }
    const type = mediaType(options.contentType);
    if (type === undefined || !callbackMediaTypes.includes(type)) {
      return {
        issues: [
          {
            path: [],
            code: "unsupported_media_type",
            expected: callbackMediaTypes.join(" | "),
            received: type ?? "no media type",
            message: `No provider sends this content type: Jumio sends ${callbackMediaTypes.join(" or ")}, Shufti Pro, Ondato and Netki application/json`,
          },
        ],
      };
    }
  }

  const text = bodyToText(body);
  const source = text.ok ? text.text : "";
  const start = source.search(/\S/);
  if (source[start] === "{" || source[start] === "[") return suspectJson(body, source);
  const formError = formBodyError(source.trimEnd());
  if (source.includes("=") && formError === undefined) return suspectForm(source);
  if (source.includes("=") && formError !== undefined) {
    // name=value pairs, but one breaks the form: where it does.
    return { issues: [{ path: [], code: "invalid_form", expected: "JSON, or a form body: name=value pairs joined by &", ...formError, message: "Neither JSON nor a form body: a part without = or with white space in its name" }] };
  }
  const location = toLocation(source, start);
  return {
    issues: [
      {
        path: [],
        code: "unknown_format",
        expected: "JSON or a form body (application/x-www-form-urlencoded)",
        ...location,
        message: `The body is neither JSON nor a form body: it does not start with { or [, and it is not name=value pairs joined by &`,
      },
    ],
  };
}

function suspectJson(body: RawBody, text: string): Suspicion {
  const decoded = decodeJson(body);
  if (!decoded.ok) {
    // Broken JSON: the provider whose field names the text holds, if any, so that the cause reads "looks like Netki, but not JSON".
    const provider = closest((marks) => marks.json.filter((key) => new RegExp(`"${key}"\\s*:`).test(text)));
    return provider === undefined ? { issues: [decoded.issue] } : { provider, issues: [decoded.issue] };
  }
  const value = decoded.value;
  if (!isPlainObject(value)) {
    const received = receivedType(value);
    return { issues: [{ path: [], code: "invalid_type", expected: "object", received, message: `Expected a JSON object, received ${received}: every provider's callback is an object` }] };
  }
  const provider = closest((marks) => marks.json.filter((key) => key in value || hasNested(value, key)));
  if (provider === undefined) return unknownProvider("a JSON object");
  return { provider, parse: true };
}

function suspectForm(text: string): Suspicion {
  const names = new Set(text.trim().split("&").map((pair) => safeDecode(pair.split("=")[0] ?? "")));
  const provider = closest((marks) => (marks.form ?? []).filter((key) => names.has(key)));
  if (provider === undefined) return unknownProvider("a form body");
  return { provider, parse: true };
}

function parseAs(entryOf: EntryOf, provider: ProviderName, body: RawBody, contentType: string | undefined): { kind?: string; issues: readonly Issue[]; decoded?: unknown } {
  try {
    const parsed = entryOf(provider).safeParseCallback(body, { contentType });
    if (parsed.ok) return { kind: parsed.kind, issues: [] };
    return { ...(parsed.kind === undefined ? {} : { kind: parsed.kind }), issues: parsed.issues, ...(parsed.decoded === undefined ? {} : { decoded: parsed.decoded }) };
  } catch {
    return { issues: [{ path: [], code: "parse_failed", message: `The ${provider} parser failed on this body` }] };
  }
}

/** The provider with the most hallmarks found (at least its `least`); undefined when none has enough. */
function closest(found: (marks: Hallmarks) => readonly string[]): ProviderName | undefined {
  let best: { provider: ProviderName; score: number } | undefined;
  for (const provider of detectionOrder) {
    const marks = hallmarks[provider];
    const keys = found(marks);
    if (keys.length < marks.least || (marks.oneOf !== undefined && !marks.oneOf.some((key) => keys.includes(key)))) continue;
    if (best === undefined || keys.length > best.score) best = { provider, score: keys.length };
  }
  return best?.provider;
}

function hasNested(value: Record<string, unknown>, key: string): boolean {
  return Object.values(value).some((member) => isPlainObject(member) && key in member);
}

function unknownProvider(what: string): Diagnosis {
  return {
    issues: [
      {
        path: [],
        code: "unknown_provider",
        expected: providerNames.join(" | "),
        message: `The body is ${what} of no known provider (${providerNames.join(", ")}): it has none of the fields their callbacks carry`,
      },
    ],
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

function toLocation(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}
