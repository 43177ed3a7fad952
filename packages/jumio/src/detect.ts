// Telling a body's format and kind from its shape. No schema here: the CLI and `@kyc-webhooks/normalized` detect the
// provider of a body with this alone, and load the schemas (./callbacks/) only for the provider that claims it.
import { bodyToText, decodeJson, isJsonMediaType, isPlainObject, mediaType } from "@kyc-webhooks/core";
import type { RawBody, StrictnessOption } from "@kyc-webhooks/core";
import type { CallbackKind } from "./callbacks/index.js";
import { decodeFormBody } from "./form.js";
import type { FormCallbackKind, FormPair } from "./form.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header. Legacy callbacks are form-urlencoded, the platform callback is JSON. */
  readonly contentType?: string | undefined;
}

export const FORM_MEDIA_TYPE = "application/x-www-form-urlencoded";
export const JSON_MEDIA_TYPE = "application/json";

/** The content type each kind is sent with. */
export const callbackContentTypes = {
  NETVERIFYID: FORM_MEDIA_TYPE,
  NETVERIFY_AUTHENTICATION: FORM_MEDIA_TYPE,
  DOCUMENT_VERIFICATION: FORM_MEDIA_TYPE,
  WORKFLOW_EXECUTION: JSON_MEDIA_TYPE,
} as const satisfies Record<CallbackKind, string>;

export type Format = "form" | "json";

export function isRawBody(body: unknown): body is RawBody {
  return typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer;
}

/** The wire format a Content-Type names; `null` for a type Jumio does not send. */
export function formatOfMediaType(contentType: string): Format | null {
  const type = mediaType(contentType);
  if (type === FORM_MEDIA_TYPE) return "form";
  if (isJsonMediaType(type)) return "json";
  return null;
}

/** Without a Content-Type: a body whose first non-blank character is `{` or `[` is JSON, anything else a form. */
export function sniffFormat(text: string): Format {
  return /^\s*[{[]/.test(text) ? "json" : "form";
}

const legacyShape = {
  NETVERIFYID: ["jumioIdScanReference", "verificationStatus", "idScanStatus"],
  NETVERIFY_AUTHENTICATION: ["transactionReference", "transactionResult"],
} as const;

/**
 * The kind of a decoded form body. `callBackType` decides (NETVERIFYID, NETVERIFY_AUTHENTICATION); a body
 * without it is Document Verification when it has `scanReference` and `transaction` or `document`.
 * With `strict` (used by {@link detect}), the legacy kinds also need one of their own fields, so that a
 * stray `callBackType` alone claims nothing.
 */
export function kindOfFields(fields: Readonly<Record<string, unknown>>, strict: boolean): FormCallbackKind | undefined {
  return kindOf(fields.callBackType, (key) => key in fields, strict);
}

/** {@link kindOfFields} of a form's pairs as sent (a repeated key's last value counts), without building an object of them. */
export function kindOfPairs(pairs: readonly FormPair[], strict: boolean): FormCallbackKind | undefined {
  let type: string | undefined;
  for (const [key, value] of pairs) if (key === "callBackType") type = value;
  return kindOf(type, (wanted) => pairs.some(([key]) => key === wanted), strict);
}

function kindOf(type: unknown, has: (key: string) => boolean, strict: boolean): FormCallbackKind | undefined {
  if (type === "NETVERIFYID" || type === "NETVERIFY_AUTHENTICATION") {
    return !strict || legacyShape[type].some(has) ? type : undefined;
  }
  if (type !== undefined) return undefined;
  return has("scanReference") && (has("transaction") || has("document")) ? "DOCUMENT_VERIFICATION" : undefined;
}

/** The platform callback's shape: a `workflowExecution` object with `callbackSentAt` or `account`. */
export function isWorkflowExecutionShape(value: Record<string, unknown>): boolean {
  return isPlainObject(value.workflowExecution) && ("callbackSentAt" in value || "account" in value);
}

/**
 * Which kind a body is, without full validation and without throwing. Form bodies: `callBackType`
 * NETVERIFYID / NETVERIFY_AUTHENTICATION with one of that kind's own fields, or `scanReference` with
 * `transaction`/`document` (Document Verification). JSON bodies: a `workflowExecution` object with
 * `callbackSentAt` or `account`. Anything else, including other providers' callbacks, is undefined.
 */
export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  if (!isRawBody(body)) return undefined;
  const text = bodyToText(body);
  if (!text.ok) return undefined;
  const format = options.contentType === undefined ? sniffFormat(text.text) : formatOfMediaType(options.contentType);
  if (format === "json") {
    const decoded = decodeJson(text.text);
    return decoded.ok && isPlainObject(decoded.value) && isWorkflowExecutionShape(decoded.value) ? "WORKFLOW_EXECUTION" : undefined;
  }
  if (format === "form") return kindOfPairs(decodeFormBody(text.text), true);
  return undefined;
}
