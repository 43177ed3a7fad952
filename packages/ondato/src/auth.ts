import { getHeader, isIpAllowed, verifyBasicAuth } from "@kyc-webhooks/core";
import type { BasicCredentials, HeadersLike } from "@kyc-webhooks/core";

/**
 * Checks the `Authorization: Basic …` header of an Ondato webhook against the username and password you
 * configured for the subscription ("basic – username, password", Ondato's webhooks page, Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks).
 * The header is base64-decoded (one integrator splits it without decoding, Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks"pitfall") and
 * both parts are compared in constant time. False for a missing, malformed or wrong header.
 */
export function verifyOndatoBasicAuth(headers: HeadersLike | undefined, credentials: BasicCredentials): boolean {
  return verifyBasicAuth(getHeader(headers, "authorization"), credentials);
}

/**
 * "All webhook requests will originate from the following IP addresses" (Ondato's webhooks page,
 * ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks; Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks).
 */
export const ondatoWebhookIps = ["20.31.10.47", "20.31.227.231", "20.76.229.117", "20.76.229.248", "213.226.187.101"] as const;

/**
 * True when the address is one of Ondato's webhook senders. Pass the client address as your server sees it
 * (IPv4-mapped IPv6 is understood); behind proxies resolve it first with core's `resolveClientIp`.
 */
export function isOndatoWebhookIp(address: string | null | undefined): boolean {
  return isIpAllowed(address, ondatoWebhookIps);
}
