import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import type { ProviderName } from "@kyc-webhooks/normalized";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import type { SignatureAlgorithm } from "@kyc-webhooks/shufti";
import { CliError } from "./errors.js";
import type { DeliveryRequest } from "./transport.js";
import { cliVersion } from "./version.js";

/**
 * What `send` and `replay` know of the provider's credentials. Shufti signs the body with the secret; Netki and
 * Ondato send HTTP Basic, Ondato's OAuth2 flow a bearer token; Jumio is recognised by its address (the receiver's
 * business, see the README for testing it through a trusted proxy), optionally with basic auth.
 */
export interface DeliveryCredentials {
  readonly secret?: string | undefined;
  readonly signatures?: readonly SignatureAlgorithm[] | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** A bearer token (Ondato's OAuth2 flow). */
  readonly token?: string | undefined;
}

/** What to send: a fixture of the provider package, or bytes (a file, a stored event). */
export type DeliveryInput = Parameters<shufti.ShuftiWebhooks["simulate"]>[0];

/**
 * The provider package's webhooks object for the credentials given, plus the headers its simulate() adds that
 * must go because no credential was given for them (an unsigned Shufti body, an Ondato body without credentials).
 */
function webhooksFor(provider: ProviderName, credentials: DeliveryCredentials): { webhooks: { simulate: shufti.ShuftiWebhooks["simulate"]; isDelivered(status: number): boolean }; unset: readonly string[] } {
  const basic = credentials.username === undefined ? undefined : { username: credentials.username, password: credentials.password ?? "" };
  switch (provider) {
    case "shufti":
      return {
        webhooks: shufti.createWebhooks({ secretKey: credentials.secret ?? "", ...(credentials.signatures ? { signatureAlgorithms: credentials.signatures } : {}) }),
        unset: credentials.secret ? [] : Object.values(shufti.signatureHeaderOf),
      };
    case "jumio":
      return { webhooks: jumio.createWebhooks(basic ?? {}), unset: [] };
    case "ondato":
      return { webhooks: ondato.createWebhooks(basic ?? { username: "", password: "" }), unset: basic ? [] : ["authorization"] };
    case "netki":
      return { webhooks: netki.createWebhooks(basic ?? { auth: "noauth" }), unset: [] };
  }
}

/**
 * The request a provider would send, from its package's `simulate()` (the content type, Shufti's signature per
 * rule, HTTP Basic), with the CLI's User-Agent, the headers given (a fixture's or a stored event's, then
 * `--header`), a bearer token, and the URL.
 */
export function providerDelivery(
  provider: ProviderName,
  url: URL,
  input: DeliveryInput,
  options: {
    readonly contentType?: string | undefined;
    readonly headers?: Readonly<Record<string, string>> | undefined;
    readonly extraHeaders?: readonly (readonly [string, string])[];
    readonly credentials: DeliveryCredentials;
  },
): DeliveryRequest {
  const { webhooks, unset } = webhooksFor(provider, options.credentials);
  const headers: Record<string, string | undefined> = { "user-agent": `kyc-webhooks-cli/${cliVersion}` };
  for (const name of unset) headers[name] = undefined;
  // A stored event's own signature or Authorization gives way to the credentials given now.
  const owned = new Set([...(options.credentials.secret ? Object.values(shufti.signatureHeaderOf) : []), ...(options.credentials.username !== undefined || options.credentials.token !== undefined ? ["authorization"] : [])]);
  for (const [name, value] of Object.entries(options.headers ?? {})) if (!owned.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  if (options.credentials.token !== undefined) headers.authorization = `Bearer ${options.credentials.token}`;
  for (const [name, value] of options.extraHeaders ?? []) headers[name.toLowerCase()] = value;
  const delivery = webhooks.simulate(input, { headers, ...(options.contentType === undefined ? {} : { contentType: options.contentType }) });
  return { url: url.href, method: delivery.method, headers: delivery.headers, body: delivery.body };
}

/** Whether the provider would count the answer as delivered (its package's isDelivered), or exactly `expectStatus`. */
export function isDelivered(provider: ProviderName, status: number, expectStatus?: number): boolean {
  if (expectStatus !== undefined) return status === expectStatus;
  return webhooksFor(provider, {}).webhooks.isDelivered(status);
}

/** Ondato's OAuth2 client side (the ondato package's requestAccessToken): the token Ondato would send. */
export async function fetchOndatoToken(tokenUrl: URL, clientId: string, clientSecret: string, timeoutMs: number): Promise<string> {
  const result = await ondato.requestAccessToken({ tokenUrl, clientId, clientSecret, timeoutMs });
  if (!result.ok) throw new CliError(`${result.message}.`, result.status === undefined ? "Is the token endpoint running, and is --token-url right?" : "Check --client-id, --client-secret and --token-url.");
  return result.token.access_token;
}
