import * as z from "zod";
import type { HeadersLike } from "@kyc-webhooks/core";
import { callbackAuthenticationSchemes, codesOf } from "./code-tables.js";
import { callbackCredentialsSchema } from "./api/business-config.js";
import type { CallbackCredentials } from "./api/business-config.js";
import { safeParseCallbackCredentials, verifyNetkiBasicAuth } from "./auth.js";

/*
 * What a receiver must honour of a Netki business configuration (Netki MyVerify, “Transaction Callbacks” "Business Configuration";
 * netkidocs`api/callbacks2.md` "Retry and backoff", Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md). Field names are Netki's own,
 * so a config fetched with GET .../config/ (plus the credentials you wrote) can be passed as is.
 */

/** Netki's default `callback_expected_status`. */
export const defaultExpectedStatus = 200;
/** Netki's default (and maximum) `callback_retry_limit`. */
export const defaultRetryLimit = 8;

export const callbackReceiverConfigSchema = z
  .looseObject({
    callback_authentication_scheme: z.enum(codesOf(callbackAuthenticationSchemes)).describe("basic: Netki sends HTTP Basic with callback_credentials; noauth: nothing."),
    // Netki's document writes the credentials as an object ({"callback_credentials": {"username": user,
    // "password": pass}}, netkidocs api/callbacks2.md); its later text says a JSON string: both are read.
    callback_credentials: z
      .union([z.string(), callbackCredentialsSchema])
      .optional()
      .describe('What you wrote to callback_credentials: the object {"username": ..., "password": ...} or that object as a JSON string. Required for basic.'),
    callback_expected_status: z
      .number()
      .int()
      .min(100)
      .max(599)
      .default(defaultExpectedStatus)
      .describe("The status to answer. Netki matches it exactly: any other status, even another 2xx, is a failed attempt."),
    callback_retry_limit: z
      .number()
      .int()
      .min(1)
      .max(8)
      .default(defaultRetryLimit)
      .describe("Attempts, the first included, before Netki pauses ALL callbacks of the business."),
    is_callback_paused: z.boolean().default(false).describe("Paused callbacks are created but not sent until unpaused and restart-callbacks is called."),
  })
  .check((ctx) => {
    // Basic without usable credentials would reject every callback: refuse such a config up front.
    if (ctx.value.callback_authentication_scheme !== "basic") return;
    const credentials = ctx.value.callback_credentials;
    if (credentials === undefined || credentialsOf(credentials) === undefined) {
      ctx.issues.push({ code: "custom", path: ["callback_credentials"], input: undefined, message: 'Scheme basic needs callback_credentials: a JSON string {"username": ..., "password": ...}' });
    }
  })
  .describe("The parts of a Netki business configuration a callback receiver must honour.");

export type CallbackReceiverConfigInput = z.input<typeof callbackReceiverConfigSchema>;
export type CallbackReceiverConfig = z.output<typeof callbackReceiverConfigSchema>;

/**
 * Authenticates a callback under the configured scheme: `noauth` accepts every request, `basic` checks
 * the Authorization header against `callback_credentials` in constant time. Fails closed when the
 * credentials are missing or unreadable.
 */
export function verifyNetkiCallback(headers: HeadersLike | undefined, config: Pick<CallbackReceiverConfigInput, "callback_authentication_scheme" | "callback_credentials">): boolean {
  if (config.callback_authentication_scheme === "noauth") return true;
  const credentials = config.callback_credentials === undefined ? undefined : credentialsOf(config.callback_credentials);
  return credentials === undefined ? false : verifyNetkiBasicAuth(headers, credentials);
}

/** The credentials of either form (object, or the object as a JSON string); undefined when unreadable. */
function credentialsOf(value: unknown): CallbackCredentials | undefined {
  if (typeof value === "string") {
    const parsed = safeParseCallbackCredentials(value);
    return parsed.ok ? parsed.value : undefined;
  }
  const parsed = callbackCredentialsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The status the receiver must answer a callback it accepted with (`callback_expected_status`, default 200). */
export function callbackResponseStatus(config: Pick<CallbackReceiverConfigInput, "callback_expected_status"> = {}): number {
  return config.callback_expected_status ?? defaultExpectedStatus;
}

/** Whether Netki counts a response status as delivered: only the exact `callback_expected_status` does. */
export function isCallbackDelivered(status: number, config: Pick<CallbackReceiverConfigInput, "callback_expected_status"> = {}): boolean {
  return status === callbackResponseStatus(config);
}

/**
 * Netki's delivery schedule (netkidocs`api/callbacks2.md` "Retry and backoff"): the first attempt,
 * then about 30 minutes, then doubling. `delayMinutes` is the approximate wait after the previous
 * attempt. Attempts, the first included, stop at `callback_retry_limit` (1 to 8); then Netki sets
 * `is_callback_paused` and pauses all callbacks of the business.
 */
export const callbackRetrySchedule = [
  { attempt: 1, delayMinutes: 0, description: "First delivery, when the callback is created." },
  { attempt: 2, delayMinutes: 30, description: "About 30 minutes after the first failed attempt." },
  { attempt: 3, delayMinutes: 60, description: "About 1 hour later." },
  { attempt: 4, delayMinutes: 120, description: "About 2 hours later." },
  { attempt: 5, delayMinutes: 240, description: "About 4 hours later." },
  { attempt: 6, delayMinutes: 480, description: "About 8 hours later." },
  { attempt: 7, delayMinutes: 960, description: "About 16 hours later." },
  { attempt: 8, delayMinutes: 1920, description: "About 32 hours later; the last attempt at the maximum retry limit." },
] as const;

/** The attempts Netki makes for one callback under a retry limit (default 8), before it pauses callbacks. */
export function callbackAttempts(config: Pick<CallbackReceiverConfigInput, "callback_retry_limit"> = {}): (typeof callbackRetrySchedule)[number][] {
  const limit = Math.min(Math.max(Math.trunc(config.callback_retry_limit ?? defaultRetryLimit), 1), defaultRetryLimit);
  return callbackRetrySchedule.slice(0, limit);
}

/** The delivery rules a receiver lives with, as data for docs and operators (Netki MyVerify, “Transaction Callbacks”; Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md). */
export const callbackDeliveryRules = [
  { code: "exact_status", description: "Only the exact callback_expected_status (default 200) counts as delivered; answering 201 to a 200 config is a failure." },
  { code: "retry_backoff", description: "Failed deliveries are retried after about 30 minutes, then with doubling delays, up to callback_retry_limit attempts in all." },
  { code: "pause_all", description: "When the retry limit is exhausted Netki sets is_callback_paused=true and pauses ALL callbacks of the business; new ones are created but not sent." },
  { code: "resume_needs_restart", description: "Setting is_callback_paused=false does not resend paused callbacks: call restart-callbacks as well." },
  { code: "duplicates", description: "Expect duplicates (retries, make-callback, restart-callbacks): be idempotent on the transaction id." },
  { code: "response_stored", description: "Netki stores your response body in response_raw (up to 2000 characters): do not echo personal data." },
  { code: "urls_expire", description: "Document image URLs in a callback are pre-signed and expire: download them promptly if you need them." },
] as const;
