// Telling a callback's kind from its shape. No schema here: the CLI and `@kyc-webhooks/normalized` detect the provider
// of a body with this alone, and load the schemas (./callbacks/) only for the provider that claims it.
import { decodeJson, isJsonMediaType, isPlainObject } from "@kyc-webhooks/core";
import type { RawBody, StrictnessOption } from "@kyc-webhooks/core";
import type { CallbackKind } from "./callbacks/index.js";

export interface ParseOptions extends StrictnessOption {
  /** The request's Content-Type header. When given, anything but `application/json` (or a `+json` type) is refused. */
  readonly contentType?: string | undefined;
}

/** Netki posts its callbacks as JSON (Django REST Framework). */
export const expectedMediaType = "application/json";

export function isExpectedMediaType(contentType: string): boolean {
  return isJsonMediaType(contentType);
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

/**
 * Which kind of Netki callback a body is, without full validation and without throwing; `undefined` for
 * anything that is not a Netki callback (including other providers' bodies and non-JSON bodies).
 */
export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  if (options.contentType !== undefined && !isExpectedMediaType(options.contentType)) return undefined;
  const decoded = decodeJson(body);
  return decoded.ok ? detectDecoded(decoded.value) : undefined;
}
