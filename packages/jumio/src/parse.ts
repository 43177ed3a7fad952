import { bodyToText, decodeJson, formBodyError, isPlainObject, receivedType, unsupportedMediaTypeIssue, unwrap, validateWithStrictness, valueAt } from "@kyc-webhooks/core";
import type { Issue, RawBody, Rule, SafeParseResult } from "@kyc-webhooks/core";
import type * as z from "zod";
import { callbackKinds, callbackSchemas } from "./callbacks/index.js";
import type { Callback, CallbackKind } from "./callbacks/index.js";
import { netverifyIdAnyStatusSchema } from "./callbacks/netverify-id.js";
import { callbackContentTypes, detect, FORM_MEDIA_TYPE, formatOfMediaType, isRawBody, isWorkflowExecutionShape, JSON_MEDIA_TYPE, kindOfFields, kindOfPairs, sniffFormat } from "./detect.js";
import type { Format, ParseOptions } from "./detect.js";
import { decodeFormBody, formToObject } from "./form.js";
import { callbackRules } from "./rules.js";

export type { ParseOptions } from "./detect.js";

/** A decoded body, ready for validation: the object the kind's schema describes. */
export type DecodeResult =
  | { readonly ok: true; readonly format: Format; readonly kind: CallbackKind | undefined; readonly value: unknown; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Decodes a body exactly as received into the object its schema describes: JSON as JSON; a form with the
 * JSON fields of its kind parsed (see `formToObject` for the repeated-key rule). `issues` holds the
 * `invalid_json` issues of fields that should hold JSON but do not (their text is kept in `value`).
 * Fails only when the body cannot be decoded at all (not UTF-8, malformed JSON, wrong content type).
 */
export function decodeCallback(body: RawBody, options: ParseOptions = {}): DecodeResult {
  if (!isRawBody(body)) {
    const received = receivedType(body);
    return { ok: false, issues: [{ path: [], code: "invalid_type", expected: "string | Uint8Array | ArrayBuffer", received, message: `Expected a raw body (string, Uint8Array or ArrayBuffer), received ${received}` }] };
  }
  let format: Format;
  if (options.contentType !== undefined) {
    const named = formatOfMediaType(options.contentType);
    if (named === null) {
      const refusal = { expected: `${FORM_MEDIA_TYPE} | ${JSON_MEDIA_TYPE}`, message: "Expected a form-urlencoded body (legacy callbacks) or a JSON body (platform callback)" };
      return { ok: false, issues: [unsupportedMediaTypeIssue(options.contentType, refusal)] };
    }
    format = named;
  }
  const text = bodyToText(body);
  if (!text.ok) return { ok: false, issues: [text.issue] };
  format ??= sniffFormat(text.text);

  if (format === "json") {
    const decoded = decodeJson(text.text);
    if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
    const value = decoded.value;
    if (!isPlainObject(value)) return { ok: true, format, kind: undefined, value, issues: [] };
    const kind: CallbackKind | undefined = isWorkflowExecutionShape(value) ? "WORKFLOW_EXECUTION" : kindOfFields(value, false);
    return { ok: true, format, kind, value, issues: [] };
  }
  const malformed = formBodyError(text.text.trim() === text.text ? text.text : text.text.replace(/\s+$/, ""));
  if (malformed) {
    const issue: Issue = { path: [], code: "invalid_form", expected: "a form body: name=value pairs joined by &", message: "Not a form body: a part without = or with white space in its name", ...malformed };
    return { ok: false, issues: [issue] };
  }
  const pairs = decodeFormBody(text.text);
  const kind = kindOfPairs(pairs, false);
  const typed = formToObject(pairs, kind);
  return { ok: true, format, kind, value: typed.value, issues: typed.issues };
}

/**
 * The schema a kind is validated with. ID verification callbacks use the plain-enum schema rather than the
 * union on `verificationStatus`: what the union adds (idScanStatus and the reject reason's family follow the
 * status) are documented rules (`rules.ts`), which name their source when broken and become warnings when
 * tolerant, and an unknown status is reported at its path instead of "no matching variant".
 */
function schemaFor(kind: CallbackKind): z.ZodType {
  return kind === "NETVERIFYID" ? netverifyIdAnyStatusSchema : callbackSchemas[kind];
}

/**
 * zod 4 reports a missing enum or literal field as `invalid_value`, without saying that nothing was
 * there; core's `issuesFromZod` passes that on. A missing field is reported here as core reports other
 * missing fields: `invalid_type`, "Required". (Worked around here rather than in core.)
 */
function missingAsRequired(issue: Issue, decoded: unknown): Issue {
  if (issue.code !== "invalid_value" || valueAt(decoded, issue.path) !== undefined) return issue;
  return { ...issue, code: "invalid_type", received: "undefined", message: `Required: expected one of ${issue.expected ?? "the documented values"}` };
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.every((part, index) => path[index] === part);
}

/**
 * Decodes and validates a callback body exactly as received (string, Uint8Array or ArrayBuffer). Never
 * throws: returns the typed callback, or issues with field paths (never quoting values), the kind when
 * it could be told, and the decoded body when decoding worked.
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  const decoded = decodeCallback(body, options);
  if (!decoded.ok) {
    const kind = decoded.issues[0]?.code === "unsupported_media_type" ? detect(body) : undefined;
    return { ok: false, ...(kind ? { kind } : {}), issues: decoded.issues };
  }
  const { value, kind, format } = decoded;
  if (!isPlainObject(value)) {
    const received = receivedType(value);
    return { ok: false, issues: [{ path: [], code: "invalid_type", expected: "object", received, message: `Expected object, received ${received}` }], decoded: value };
  }
  if (kind === undefined) {
    const type = value.callBackType;
    const issue: Issue =
      type !== undefined
        ? { path: ["callBackType"], code: "unknown_kind", expected: "NETVERIFYID | NETVERIFY_AUTHENTICATION", received: receivedType(type), message: "Unknown callBackType: expected NETVERIFYID or NETVERIFY_AUTHENTICATION" }
        : {
            path: [],
            code: "unknown_kind",
            expected: callbackKinds.join(" | "),
            received: format === "json" ? "JSON object" : "form",
            message:
              format === "json"
                ? "Not a Jumio platform callback: expected a workflowExecution object with callbackSentAt and account"
                : "Not a Jumio callback: expected callBackType (NETVERIFYID, NETVERIFY_AUTHENTICATION) or scanReference with transaction (Document Verification)",
          };
    return { ok: false, issues: [issue], decoded: value };
  }
  if (format !== (callbackContentTypes[kind] === JSON_MEDIA_TYPE ? "json" : "form")) {
    const expected = callbackContentTypes[kind];
    return {
      ok: false,
      kind,
      issues: [{ path: [], code: "unsupported_media_type", expected, received: format === "json" ? JSON_MEDIA_TYPE : FORM_MEDIA_TYPE, message: `Jumio sends ${kind} callbacks as ${expected}` }],
      decoded: value,
    };
  }

  const rules = callbackRules[kind] as readonly Rule<unknown>[];
  const result = validateWithStrictness(schemaFor(kind), value, rules, options.strictness);
  const jsonIssues = decoded.issues;
  // A field that failed JSON decoding is reported once, as invalid_json, not again as "expected object".
  const schemaIssues = result.ok
    ? []
    : result.issues.filter((issue) => !jsonIssues.some((json) => startsWith(issue.path, json.path))).map((issue) => missingAsRequired(issue, value));
  const issues = [...jsonIssues, ...schemaIssues];
  if (issues.length > 0 || !result.ok) return { ok: false, kind, issues, decoded: value };
  // Strict: the rules passed, so the value is what the union on verificationStatus describes.
  const callback = result.value as Callback;
  return result.warnings.length === 0 ? { ok: true, kind, value: callback } : { ok: true, kind, value: callback, warnings: result.warnings };
}

/** Like {@link safeParseCallback}, but returns the callback or throws a `CallbackParseError` carrying the issues. */
export function parseCallback(body: RawBody, options: ParseOptions = {}): Callback {
  return unwrap(safeParseCallback(body, options));
}

