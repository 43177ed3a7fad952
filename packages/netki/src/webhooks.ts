import { basicAuthorization, buildDelivery, defineWebhooks, resolveSimulateInput, verifyBasicAuth } from "@kyc-webhooks/core";
import type { Webhooks, WebhooksStrictnessOption } from "@kyc-webhooks/core";
import { callbackResponseStatus, isCallbackDelivered } from "./callback-config.js";
import type { CallbackOfKind } from "./callbacks/index.js";
import { provider } from "./descriptor.js";
import { listFixtures } from "./fixtures.js";
import { safeParseCallback } from "./parse.js";

/**
 * Netki's two `callback_authentication_scheme`s (Netki MyVerify, “Transaction Callbacks” "Business Configuration"): `basic` with the
 * `callback_credentials` you wrote, or `noauth`. `expectedStatus` is your `callback_expected_status`.
 */
export type NetkiWebhooksOptions = (
  | { readonly username: string; readonly password: string; readonly expectedStatus?: number }
  | { readonly auth: "noauth"; readonly expectedStatus?: number }
) &
  WebhooksStrictnessOption;

export interface NetkiWebhooks extends Webhooks<CallbackOfKind> {
  /** The status to answer an accepted callback with: `callback_expected_status` (default 200), matched exactly by Netki. */
  readonly expectedStatus: number;
}

/**
 * Netki's wire contract in one object: HTTP Basic with your `callback_credentials` (or nothing under `noauth`),
 * a JSON body, and only the exact `callback_expected_status` as a delivery: any other status, even another 2xx,
 * is a failed attempt that Netki retries and, after `callback_retry_limit` attempts, pauses ALL callbacks of the
 * business for (Netki MyVerify, “Transaction Callbacks”; Netki's callback documentation, netkidocs`api/callbacks2.md` "Retry and backoff").
 */
export function createWebhooks(options: NetkiWebhooksOptions): NetkiWebhooks {
  const basic = "username" in options ? { username: options.username, password: options.password } : undefined;
  const config = options.expectedStatus === undefined ? {} : { callback_expected_status: options.expectedStatus };
  const webhooks = defineWebhooks<CallbackOfKind>({
    provider,
    authenticate({ headers }) {
      if (basic === undefined) return { ok: true, method: "noauth" };
      if (verifyBasicAuth(headers.authorization, basic)) return { ok: true, method: "basic" };
      return { ok: false, status: 401, challenge: 'Basic realm="netki", charset="UTF-8"', issue: { path: [], code: "unauthenticated", message: "The callback's basic auth credentials are missing or wrong" } };
    },
    parse: (body, contentType) => safeParseCallback(body, { contentType, strictness: options.strictness }),
    simulate(input, overrides) {
      const resolved = resolveSimulateInput(input, { name: provider, fixtures: listFixtures, contentTypeOf: () => "application/json" });
      const headers = { ...resolved.headers, ...(basic === undefined ? {} : { authorization: basicAuthorization(basic) }) };
      return buildDelivery({ body: resolved.body, contentType: resolved.contentType, headers, remoteAddress: "127.0.0.1", overrides });
    },
    isDelivered: (status) => isCallbackDelivered(status, config),
  });
  return { ...webhooks, expectedStatus: callbackResponseStatus(config) };
}
