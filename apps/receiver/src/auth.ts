import { createHash } from "node:crypto";
import { getHeader, parseBearerAuthorization, verifyBasicAuth } from "@kyc-webhooks/core";
import type { HeadersLike } from "@kyc-webhooks/core";
import { jumioCallbackIpAllowlists, jumioCallbackIps } from "@kyc-webhooks/jumio";
import type { JumioIpAllowlistId } from "@kyc-webhooks/jumio";
import { verifyNetkiBasicAuth } from "@kyc-webhooks/netki";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { isOndatoWebhookIp, verifyOndatoBasicAuth, verifyOndatoBearer } from "@kyc-webhooks/ondato";
import { verifySignature } from "@kyc-webhooks/shufti";
import type { JumioAuthConfig, NetkiAuthConfig, OndatoAuthConfig, ProvidersConfig, ShuftiAuthConfig } from "./config.js";
import type { Store } from "./storage/types.js";
import { AddressList } from "./addresses.js";

/*
 * Each provider's own proof that a callback is theirs (as each provider documents it), through the provider
 * packages' helpers, which compare secrets in constant time:
 *   Jumio  - the callback IP allowlists (client address after trusted-proxy resolution), plus optional basic auth;
 *   Shufti - the signature over the raw body, v2 and/or v1;
 *   Ondato - basic auth, or a Bearer token issued by the receiver's OAuth2 token endpoint; optional IP allowlist;
 *   Netki  - basic auth, or nothing when the operator chose `noauth`.
 */

export type AuthVerdict =
  | { readonly ok: true; readonly method: string }
  | { readonly ok: false; readonly status: 401 | 403; readonly code: "unauthenticated" | "forbidden_ip"; readonly message: string; readonly challenge?: string };

export interface RequestFacts {
  readonly headers: HeadersLike;
  /** The client address after trusted-proxy resolution. */
  readonly clientIp: string | undefined;
  /** The raw body; given only to authenticators that need it (`needsBody`). */
  readonly body?: Uint8Array;
}

export interface ProviderAuthenticator {
  readonly provider: ProviderName;
  /** How callbacks are authenticated, in words, for the start-up log (never a secret). */
  readonly description: string;
  /** True when the body is part of the proof (a signature): the handler reads it (within the size limit) first. */
  readonly needsBody: boolean;
  authenticate(facts: RequestFacts): Promise<AuthVerdict>;
}

const basicChallenge = 'Basic realm="kyc-webhooks", charset="UTF-8"';

function unauthenticated(message: string, challenge?: string): AuthVerdict {
  return { ok: false, status: 401, code: "unauthenticated", message, ...(challenge ? { challenge } : {}) };
}

function forbiddenIp(provider: string): AuthVerdict {
  return { ok: false, status: 403, code: "forbidden_ip", message: `The client address is not in the ${provider} callback allowlist` };
}

/**
 * SHA-256 of an access token together with the client it was issued to (its id and secret), as the store keeps it:
 * a token issued to a client that has been rotated out (another id or secret configured since) matches no stored hash.
 */
export function tokenHash(token: string, client: { readonly clientId: string; readonly clientSecret: string }): string {
  return createHash("sha256").update(client.clientId, "utf8").update("\u0000").update(client.clientSecret, "utf8").update("\u0000").update(token, "utf8").digest("hex");
}

/** The Ondato IP allowlist check (for the webhooks and the token endpoint alike), or undefined when none is configured. */
export function ondatoAddressCheck(config: OndatoAuthConfig): ((ip: string | undefined) => boolean) | undefined {
  if (config.ipAllowlist === undefined) return undefined;
  if (config.ipAllowlist === "default") return (ip) => isOndatoWebhookIp(ip);
  const addresses = new AddressList(config.ipAllowlist);
  return (ip) => addresses.has(ip);
}

function jumioAuthenticator(config: JumioAuthConfig): ProviderAuthenticator {
  const list = config.ipAllowlist;
  const ids = new Set<string>(jumioCallbackIpAllowlists.map((entry) => entry.id));
  let ipCheck: (ip: string | undefined) => boolean;
  let listWords: string;
  // Jumio's published lists come from the jumio package; they and the operator's own entries (IPv6 too) are
  // matched as one node:net BlockList.
  if (list === "any") {
    ipCheck = () => true;
    listWords = "any address";
  } else if (list === "default") {
    const addresses = new AddressList(jumioCallbackIps());
    ipCheck = (ip) => addresses.has(ip);
    listWords = "every Jumio callback IP list (the default)";
  } else if (list === "all") {
    const addresses = new AddressList(jumioCallbackIps({ lists: jumioCallbackIpAllowlists.map((entry) => entry.id) }));
    ipCheck = (ip) => addresses.has(ip);
    listWords = "every Jumio callback IP list, legacy included";
  } else {
    const lists = list.filter((entry) => ids.has(entry)) as JumioIpAllowlistId[];
    const additional = list.filter((entry) => !ids.has(entry));
    const addresses = new AddressList(jumioCallbackIps({ lists, additional }));
    ipCheck = (ip) => addresses.has(ip);
    listWords = [lists.length ? `Jumio lists ${lists.join(", ")}` : "", additional.length ? `${additional.length} own entr${additional.length === 1 ? "y" : "ies"}` : ""].filter(Boolean).join(" + ");
  }
  return {
    provider: "jumio",
    needsBody: false,
    description: `IP allowlist (${listWords})${config.basic ? " + basic auth" : ""}`,
    authenticate({ headers, clientIp }) {
      const ipOk = ipCheck(clientIp);
      // Basic auth is checked even when the IP fails, so the time taken does not tell which failed.
      const basicOk = config.basic ? verifyBasicAuth(getHeader(headers, "authorization"), config.basic) : true;
      if (!ipOk) return Promise.resolve(forbiddenIp("Jumio"));
      if (!basicOk) return Promise.resolve(unauthenticated("Jumio callback credentials are missing or wrong", basicChallenge));
      return Promise.resolve({ ok: true, method: config.basic ? "ip+basic" : "ip" });
    },
  };
}

function shuftiAuthenticator(config: ShuftiAuthConfig): ProviderAuthenticator {
  return {
    provider: "shufti",
    needsBody: true,
    description: `signature over the raw body (${config.algorithms.join(", ")})`,
    authenticate({ headers, body }) {
      const verdict = verifySignature(body ?? new Uint8Array(), headers, config.secretKey, { algorithms: config.algorithms });
      if (verdict.ok) return Promise.resolve({ ok: true, method: `signature-${verdict.algorithm}` });
      return Promise.resolve(unauthenticated(`Shufti signature check failed: ${verdict.message}`));
    },
  };
}

function ondatoAuthenticator(config: OndatoAuthConfig, store: Store): ProviderAuthenticator {
  const ipCheck = ondatoAddressCheck(config);
  const oauth2 = config.oauth2;
  const schemes = [config.basic ? "basic auth" : undefined, config.oauth2 ? "OAuth2 bearer token (token endpoint POST /webhooks/ondato/token)" : undefined].filter(Boolean);
  return {
    provider: "ondato",
    needsBody: false,
    description: `${schemes.join(" or ")}${ipCheck ? ` + IP allowlist (${config.ipAllowlist === "default" ? "Ondato's published webhook IPs" : "custom"})` : ""}`,
    async authenticate({ headers, clientIp }) {
      if (ipCheck && !ipCheck(clientIp)) return forbiddenIp("Ondato");
      const authorization = getHeader(headers, "authorization");
      const challenge = [config.basic ? basicChallenge : undefined, config.oauth2 ? 'Bearer realm="kyc-webhooks"' : undefined].filter(Boolean).join(", ");
      if (oauth2 && parseBearerAuthorization(authorization) !== undefined) {
        const now = Date.now();
        const valid = await verifyOndatoBearer(headers, (token) => store.isAccessTokenValid(tokenHash(token, oauth2), now));
        return valid ? { ok: true, method: "bearer" } : unauthenticated("Ondato bearer token is unknown or expired", challenge);
      }
      if (config.basic) {
        const valid = verifyOndatoBasicAuth(headers, config.basic);
        return valid ? { ok: true, method: "basic" } : unauthenticated("Ondato callback credentials are missing or wrong", challenge);
      }
      return unauthenticated("Ondato callbacks need a bearer token from POST /webhooks/ondato/token", challenge);
    },
  };
}

function netkiAuthenticator(config: NetkiAuthConfig): ProviderAuthenticator {
  return {
    provider: "netki",
    needsBody: false,
    description:
      config.scheme === "noauth"
        ? `noauth (NO authentication, as configured; answering ${config.expectedStatus})`
        : `basic auth (callback_credentials; answering ${config.expectedStatus})`,
    authenticate({ headers }) {
      if (config.scheme === "noauth") return Promise.resolve({ ok: true, method: "noauth" });
      const valid = verifyNetkiBasicAuth(headers, config.basic);
      return Promise.resolve(valid ? { ok: true, method: "basic" } : unauthenticated("Netki callback credentials are missing or wrong", basicChallenge));
    },
  };
}

/** The authenticators of the enabled providers. */
export function createAuthenticators(providers: ProvidersConfig, store: Store): Partial<Record<ProviderName, ProviderAuthenticator>> {
  return {
    ...(providers.jumio ? { jumio: jumioAuthenticator(providers.jumio) } : {}),
    ...(providers.shufti ? { shufti: shuftiAuthenticator(providers.shufti) } : {}),
    ...(providers.ondato ? { ondato: ondatoAuthenticator(providers.ondato, store) } : {}),
    ...(providers.netki ? { netki: netkiAuthenticator(providers.netki) } : {}),
  };
}

/** What a provider's settings are, to say why it is disabled. */
export const enableHints: Readonly<Record<ProviderName, string>> = {
  jumio: "set KYC_JUMIO_IP_ALLOWLIST (default or a list; optionally KYC_JUMIO_USERNAME/PASSWORD)",
  shufti: "set KYC_SHUFTI_SECRET_KEY",
  ondato: "set KYC_ONDATO_USERNAME/PASSWORD or KYC_ONDATO_CLIENT_ID/CLIENT_SECRET",
  netki: "set KYC_NETKI_USERNAME/PASSWORD (or KYC_NETKI_AUTH=noauth)",
};

/**
 * Request headers as stored: every header except secrets. Authorization keeps its scheme only (so the
 * record shows how the callback authenticated); Cookie and Proxy-Authorization are dropped.
 */
export function headersForStorage(headers: HeadersLike): Record<string, string> {
  const out: Record<string, string> = {};
  // In name order, as Headers iterates: a record's keys are sorted here.
  const entries: [string, string][] = [];
  // A web Headers as core's getHeader tells one: by its get method.
  if (typeof (headers as Headers).get === "function") (headers as Headers).forEach((value, name) => entries.push([name, value]));
  else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    for (const name of Object.keys(record).sort()) {
      const value = record[name];
      if (value !== undefined) entries.push([name, typeof value === "string" ? value : value.join(", ")]);
    }
  }
  entries.forEach(([name, value]) => {
    const lower = name.toLowerCase();
    if (lower === "cookie" || lower === "proxy-authorization") return;
    if (lower === "authorization") {
      const parts = value.trim().split(/\s+/);
      const first = parts[0] ?? "";
      const scheme = parts.length > 1 && /^[A-Za-z][A-Za-z0-9-]{0,19}$/.test(first) ? `${first} ` : "";
      out[lower] = `${scheme}[removed]`;
      return;
    }
    out[lower] = value;
  });
  return out;
}
