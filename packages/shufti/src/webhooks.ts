import { buildDelivery, defineWebhooks, isSuccessStatus, rawBodyRequiredIssue, resolveSimulateInput } from "@kyc-webhooks/core";
import type { Webhooks, WebhooksStrictnessOption } from "@kyc-webhooks/core";
import { computeSignature, signatureHeaderOf, verifySignature } from "./auth.js";
import type { SignatureAlgorithm } from "./auth.js";
import type { CallbackOfKind } from "./callbacks/index.js";
import { provider } from "./descriptor.js";
import { listFixtures } from "./fixtures.js";
import { safeParseCallback } from "./parse.js";

export interface ShuftiWebhooksOptions extends WebhooksStrictnessOption {
  /** Your Shufti Pro secret key (back office, Settings > API Keys): the signature is computed with it. */
  readonly secretKey: string;
  /**
   * The signature rules to accept, in order, and to sign simulated deliveries with. Default: both,
   * `["v2", "v1"]`; simulated deliveries are signed by `v2` only unless you name the rules.
   */
  readonly signatureAlgorithms?: readonly SignatureAlgorithm[];
}

export type ShuftiWebhooks = Webhooks<CallbackOfKind>;

/**
 * Shufti Pro's wire contract in one object: the signature over the raw body (see `auth.ts`), the JSON body, and
 * any 2xx answer as a delivery (developers.shuftipro.com, "Callbacks"; developers.shuftipro.com FAQ "How can we
 * calculate the signature?").
 */
export function createWebhooks(options: ShuftiWebhooksOptions): ShuftiWebhooks {
  const algorithms = options.signatureAlgorithms ?? ["v2", "v1"];
  const signWith = options.signatureAlgorithms ?? ["v2"];
  return defineWebhooks<CallbackOfKind>({
    provider,
    authenticate({ headers, rawBody, bodyType }) {
      // The signature is over the bytes as sent: a parsed object cannot be checked.
      if (rawBody === undefined) return { ok: false, status: 401, issue: rawBodyRequiredIssue(bodyType) };
      const verdict = verifySignature(rawBody, headers, options.secretKey, { algorithms });
      if (verdict.ok) return { ok: true, method: `signature-${verdict.algorithm}` };
      return { ok: false, status: 401, issue: { path: [], code: verdict.reason, message: verdict.message } };
    },
    parse: (body, contentType) => safeParseCallback(body, { contentType, strictness: options.strictness }),
    simulate(input, overrides) {
      const { body, contentType, headers } = resolveSimulateInput(input, { name: provider, fixtures: listFixtures, contentTypeOf: () => "application/json" });
      const signed: Record<string, string> = { ...headers };
      for (const algorithm of signWith) signed[signatureHeaderOf[algorithm]] = computeSignature(body, options.secretKey, algorithm);
      return buildDelivery({ body, contentType, headers: signed, remoteAddress: "127.0.0.1", overrides });
    },
    isDelivered: isSuccessStatus,
  });
}
