import { decodeJson, failWith, issuesFromZod, mediaType, receivedType, unwrap } from "@kyc-webhooks/core";
import type { RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackSchemas } from "./events/index.js";
import type { Callback, CallbackKind } from "./events/index.js";

export interface ParseOptions {
  /** The request's Content-Type header. When given, anything but `application/json` is refused. */
  readonly contentType?: string | undefined;
}

/** Netki posts its callbacks as JSON (Django REST Framework). */
const expectedMediaType = "application/json";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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

function wrongMediaType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return mediaType(contentType) !== expectedMediaType;
}

/**
 * Decodes and validates a Netki callback body exactly as received. Never throws: on failure it returns
 * issues with field paths, the kind when the shape told it, and the decoded body when decoding worked.
 */
export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<Callback, CallbackKind> {
  if (wrongMediaType(options.contentType)) {
    return failWith({
      path: [],
      code: "unsupported_media_type",
      expected: expectedMediaType,
      received: mediaType(options.contentType) ?? "none",
      message: `Unsupported media type: Netki sends ${expectedMediaType}`,
    });
  }
  const decoded = decodeJson(body);
  if (!decoded.ok) return failWith(decoded.issue);
  const value = decoded.value;
  const kind = detectDecoded(value);
  if (kind === undefined) {
    const issue = isPlainObject(value)
      ? {
          path: [],
          code: "unknown_kind",
          expected: "identity.transaction_identity (transaction) or business.parent_business (business)",
          message: "Not a Netki callback: expected an object with identity.transaction_identity (transaction) or business.parent_business and business.status (business)",
        }
      : { path: [], code: "invalid_type", expected: "object", received: receivedType(value), message: `Expected object, received ${receivedType(value)}` };
    return { ok: false, issues: [issue], decoded: value };
  }
  // zod 4 leaves `input` off its issues unless asked; core's issuesFromZod needs it to name the received
  // type (it never copies the value itself). Without it every type error would read as "Required".
  const parsed = callbackSchemas[kind].safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, kind, issues: issuesFromZod(parsed.error), decoded: value };
  return { ok: true, kind, value: parsed.data };
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
  if (wrongMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? detectDecoded(decoded.value) : undefined;
}
