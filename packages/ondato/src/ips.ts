import { isIpAllowed } from "@kyc-webhooks/core";

/**
 * "All webhook requests will originate from the following IP addresses" (Ondato's webhooks page,
 * ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks; PROVIDER-FACTS 2.3).
 */
export const ondatoWebhookIps = ["20.31.10.47", "20.31.227.231", "20.76.229.117", "20.76.229.248", "213.226.187.101"] as const;

/**
 * True when the address is one of Ondato's webhook senders. Pass the client address as your server sees it
 * (IPv4-mapped IPv6 is understood); behind proxies resolve it first with core's `resolveClientIp`.
 */
export function isOndatoWebhookIp(address: string | null | undefined): boolean {
  return isIpAllowed(address, ondatoWebhookIps);
}
