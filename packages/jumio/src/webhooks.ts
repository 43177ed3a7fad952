import {
  basicAuthorization,
  buildDelivery,
  defineWebhooks,
  isIpAllowed,
  isSuccessStatus,
  resolveClientIp,
  resolveSimulateInput,
  verifyBasicAuth,
} from "@kyc-webhooks/core";
import type { SimulatedBody, Webhooks, WebhooksStrictnessOption } from "@kyc-webhooks/core";
import { allJumioCallbackIps } from "./auth.js";
import type { CallbackOfKind } from "./callbacks/index.js";
import { provider } from "./descriptor.js";
import { listFixtures } from "./fixtures.js";
import { FORM_MEDIA_TYPE, JSON_MEDIA_TYPE } from "./detect.js";
import { safeParseCallback } from "./parse.js";

export interface JumioWebhooksOptions extends WebhooksStrictnessOption {
  /**
   * The addresses (or IPv4 CIDR ranges) callbacks may come from. Default: every callback address Jumio's
   * documents list, both editions and the current platform (see `jumioCallbackIpAllowlists`), because an account
   * may still be called from any of them.
   */
  readonly ipAllowlist?: readonly string[];
  /**
   * Proxies in front of your server whose `X-Forwarded-For` is believed: their number (the right-most hops), or
   * their addresses. Default: none, the header is ignored (any client can send it).
   */
  readonly trustedProxies?: number | readonly string[];
  /** Basic auth Jumio sends when you put credentials in the callback URL (`https://user:password@host/...`). */
  readonly username?: string;
  readonly password?: string;
}

export type JumioWebhooks = Webhooks<CallbackOfKind>;

const encoder = new TextEncoder();

/** Jumio's legacy callbacks are forms, its platform callback is JSON; a body is told by its first character. */
export function contentTypeOf(body: Uint8Array): string {
  const head = new TextDecoder().decode(body.subarray(0, 64));
  return /^\s*[{[]/.test(head) ? JSON_MEDIA_TYPE : FORM_MEDIA_TYPE;
}

/** An object as Jumio sends it: the platform callback as JSON, the others as a form with JSON in the object fields. */
function encodeObject(value: Readonly<Record<string, unknown>>): SimulatedBody {
  if (typeof value.workflowExecution === "object" && value.workflowExecution !== null) {
    return { body: encoder.encode(JSON.stringify(value)), contentType: JSON_MEDIA_TYPE };
  }
  const form = new URLSearchParams();
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    form.append(key, typeof field === "string" ? field : JSON.stringify(field));
  }
  return { body: encoder.encode(form.toString()), contentType: FORM_MEDIA_TYPE };
}

/**
 * Jumio's wire contract in one object. Jumio signs nothing: a callback is Jumio's when it comes from one of
 * Jumio's callback addresses (Jumio "Callback" page, docs.jumio.com/production/Content/Integration/Callback.htm,
 * "Jumio callback IP list"; older edition "Global Netverify settings"), optionally with the basic auth of the
 * callback URL. Any 2xx answer is a delivery.
 */
export function createWebhooks(options: JumioWebhooksOptions = {}): JumioWebhooks {
  const allowlist = options.ipAllowlist ?? allJumioCallbackIps;
  const basic = options.username === undefined ? undefined : { username: options.username, password: options.password ?? "" };
  const trustedProxies = options.trustedProxies ?? 0;
  // A simulated delivery comes from the first plain address of the allowlist (not a range).
  const senderAddress = allowlist.find((entry) => !entry.includes("/")) ?? "127.0.0.1";
  return defineWebhooks<CallbackOfKind>({
    provider,
    authenticate({ headers, remoteAddress }) {
      const clientIp = resolveClientIp({ remoteAddress, forwardedFor: headers["x-forwarded-for"], trustedProxies });
      const ipOk = isIpAllowed(clientIp, allowlist);
      // Basic auth is checked even when the address fails, so the time taken does not tell which failed.
      const basicOk = basic === undefined || verifyBasicAuth(headers.authorization, basic);
      if (!ipOk) {
        return { ok: false, status: 403, issue: { path: [], code: "forbidden_address", message: "The client address is not one of Jumio's callback addresses" } };
      }
      if (!basicOk) {
        return { ok: false, status: 401, challenge: 'Basic realm="jumio"', issue: { path: [], code: "unauthenticated", message: "The callback's basic auth credentials are missing or wrong" } };
      }
      return { ok: true, method: basic === undefined ? "ip" : "ip+basic" };
    },
    parse: (body, contentType) => safeParseCallback(body, { contentType, strictness: options.strictness }),
    simulate(input, overrides) {
      const resolved = resolveSimulateInput(input, { name: provider, fixtures: listFixtures, contentTypeOf, encodeObject });
      const headers = { ...resolved.headers, ...(basic === undefined ? {} : { authorization: basicAuthorization(basic) }) };
      return buildDelivery({ body: resolved.body, contentType: resolved.contentType, headers, remoteAddress: senderAddress, overrides });
    },
    isDelivered: isSuccessStatus,
  });
}
