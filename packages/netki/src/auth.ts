import { decodeJson, formatIssues, getHeader, issuesFromZod, verifyBasicAuth } from "@kyc-webhooks/core";
import type { BasicCredentials, HeadersLike, Issue } from "@kyc-webhooks/core";
import { callbackCredentialsSchema } from "./api/business-config.js";
import type { CallbackCredentials } from "./api/business-config.js";

/**
 * Checks the `Authorization: Basic …` header of a Netki callback against the credentials you set in
 * `callback_credentials` (scheme `basic`; Netki MyVerify, “Transaction Callbacks”, Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md). Username and password are
 * compared in constant time (core's `verifyBasicAuth`). Netki publishes no delivery IPs or signature,
 * so this is the only proof a callback is Netki's; under `noauth` there is none.
 */
export function verifyNetkiBasicAuth(headers: HeadersLike | undefined, credentials: BasicCredentials): boolean {
  return verifyBasicAuth(getHeader(headers, "authorization"), credentials);
}

export type CallbackCredentialsResult = { readonly ok: true; readonly value: CallbackCredentials } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads the write-only `callback_credentials` JSON string (`{"username": "...", "password": "..."}`,
 * netkidocs`api/callbacks2.md`), e.g. from your own secret store, without throwing. Issues never quote
 * the value: it is a secret.
 */
export function safeParseCallbackCredentials(json: string): CallbackCredentialsResult {
  const decoded = decodeJson(json);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const parsed = callbackCredentialsSchema.safeParse(decoded.value, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error) };
}

/** Like {@link safeParseCallbackCredentials}, but throws an `Error` listing the issues (never the secret). */
export function parseCallbackCredentials(json: string): CallbackCredentials {
  const result = safeParseCallbackCredentials(json);
  if (result.ok) return result.value;
  throw new Error(`Invalid callback_credentials:\n${formatIssues(result.issues)}`);
}
