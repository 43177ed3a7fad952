import { basicAuthorization, bodyToText } from "@kyc-webhooks/core";
import { isCallbackDelivered } from "@kyc-webhooks/netki";
import { tokenResponseSchema } from "@kyc-webhooks/ondato";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { computeSignature } from "@kyc-webhooks/shufti";
import type { SignatureAlgorithm } from "@kyc-webhooks/shufti";
import { CliError, UsageError } from "./errors.js";
import { HttpRequestError, sendRequest } from "./http-client.js";
import { cliVersion } from "./version.js";

/**
 * A callback delivered as the provider delivers it: `POST` of the raw bytes with the provider's content
 * type and its authentication (PROVIDER-FACTS section 2): Shufti signs the body (`Signature` for the
 * current rule v2, `sp_signature` for the 2019 rule v1), Netki and Ondato send HTTP Basic, Ondato's OAuth2
 * flow a bearer token, and Jumio nothing: Jumio is recognised by its source IP, which is the receiver's
 * business (see the README for testing it through a trusted proxy).
 */
export interface DeliveryCredentials {
  /** Shufti's secret key: the body is signed with it. */
  readonly secret?: string | undefined;
  /** Which of Shufti's signature rules to send (each in its own header). */
  readonly signatures?: readonly SignatureAlgorithm[] | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** A bearer token (Ondato's OAuth2 client-credentials flow). */
  readonly token?: string | undefined;
}

export interface DeliveryRequest {
  readonly url: string;
  readonly method: "POST";
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

export interface DeliveryResult {
  readonly status: number;
  readonly statusText: string;
  /** From sending the request to the end of the response body. */
  readonly elapsedMs: number;
  readonly responseBody: string;
  readonly responseContentType: string | undefined;
}

/** The headers Shufti puts each rule's signature in. */
const shuftiSignatureHeaders: Readonly<Record<SignatureAlgorithm, string>> = { v2: "Signature", v1: "sp_signature" };

/** Headers whose values are secrets: shown as `…` when the CLI prints a request. */
export const secretHeaders = new Set(["authorization"]);

/** The content type the provider would send this body with, when it comes from a file rather than a fixture. */
export function defaultContentType(provider: ProviderName, body: Uint8Array): string {
  if (provider !== "jumio") return "application/json";
  // Jumio's legacy callbacks are forms; its newer platform posts JSON.
  const text = bodyToText(body);
  return text.ok && /^\s*[{[]/.test(text.text) ? "application/json" : "application/x-www-form-urlencoded";
}

/** A target URL from the command line, or a usage error. */
export function parseTargetUrl(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} "${value}" is not a URL.`, "Give a full URL, e.g. http://127.0.0.1:8080/webhooks/shufti.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${option} must be an http:// or https:// URL, got ${url.protocol}.`);
  }
  return url;
}

/** Parses `--header "Name: value"`. */
export function parseHeaderOption(value: string): [string, string] {
  const colon = value.indexOf(":");
  const name = colon > 0 ? value.slice(0, colon).trim() : "";
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new UsageError(`--header "${value}" is not a header.`, 'Write it as --header "Name: value".');
  }
  return [name, value.slice(colon + 1).trim()];
}

export function buildDelivery(
  provider: ProviderName,
  url: URL,
  body: Uint8Array,
  contentType: string,
  options: { readonly headers?: Readonly<Record<string, string>> | undefined; readonly extraHeaders?: readonly (readonly [string, string])[]; readonly credentials: DeliveryCredentials },
): DeliveryRequest {
  const headers: Record<string, string> = { "content-type": contentType, "user-agent": `kyc-webhooks-cli/${cliVersion}` };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  const { credentials } = options;
  if (provider === "shufti" && credentials.secret) {
    for (const algorithm of credentials.signatures ?? ["v2"]) {
      headers[shuftiSignatureHeaders[algorithm].toLowerCase()] = computeSignature(body, credentials.secret, algorithm);
    }
  }
  if (credentials.username !== undefined) {
    headers.authorization = basicAuthorization({ username: credentials.username, password: credentials.password ?? "" });
  }
  if (credentials.token !== undefined) headers.authorization = `Bearer ${credentials.token}`;
  for (const [name, value] of options.extraHeaders ?? []) headers[name.toLowerCase()] = value;
  return { url: url.href, method: "POST", headers, body };
}

/**
 * Ondato's OAuth2 flow, Ondato's side: a client credentials grant (RFC 6749 section 4.4) at your token URL,
 * the client authenticated with HTTP Basic (section 2.3.1: id and secret form-urlencoded first). Returns the
 * access token Ondato then sends as `Authorization: Bearer`.
 */
export async function fetchClientCredentialsToken(tokenUrl: URL, clientId: string, clientSecret: string, timeoutMs: number): Promise<string> {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  const body = new TextEncoder().encode("grant_type=client_credentials");
  const result = await deliver(
    {
      url: tokenUrl.href,
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        authorization: `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`, "utf8").toString("base64")}`,
        "user-agent": `kyc-webhooks-cli/${cliVersion}`,
      },
      body,
    },
    timeoutMs,
  );
  if (result.status !== 200) {
    let reason = "";
    try {
      const error = JSON.parse(result.responseBody) as { error?: string; error_description?: string; message?: string };
      reason = `: ${error.error_description ?? error.message ?? error.error ?? ""}`;
    } catch {
      // not JSON: the status says enough
    }
    throw new CliError(`The token endpoint ${tokenUrl.href} answered ${result.status} ${result.statusText}${reason}.`, "Check --client-id, --client-secret and --token-url.");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.responseBody);
  } catch {
    parsed = undefined;
  }
  const token = tokenResponseSchema.safeParse(parsed);
  if (!token.success) throw new CliError(`The token endpoint ${tokenUrl.href} did not answer an OAuth2 token response.`, "Check --token-url.");
  return token.data.access_token;
}

/** Whether the provider would count the answer as delivered: Netki only its exact expected status (200 by default), the others any 2xx. */
export function isDelivered(provider: ProviderName, status: number, expectStatus?: number): boolean {
  if (expectStatus !== undefined) return status === expectStatus;
  if (provider === "netki") return isCallbackDelivered(status);
  return status >= 200 && status < 300;
}

/**
 * Sends the request with the CLI's one HTTP client (node:http(s), see http-client.ts), which adds only Host,
 * Content-Length and Connection to the headers given. Redirects are not followed: a provider does not follow
 * them either, so the redirect itself is the answer shown.
 */
export async function deliver(request: DeliveryRequest, timeoutMs: number): Promise<DeliveryResult> {
  try {
    const response = await sendRequest({ method: request.method, url: request.url, headers: request.headers, body: request.body, timeoutMs });
    const contentType = response.headers["content-type"];
    return {
      status: response.status,
      statusText: response.statusText,
      elapsedMs: response.elapsedMs,
      responseBody: response.body.toString("utf8"),
      responseContentType: typeof contentType === "string" ? contentType : undefined,
    };
  } catch (error) {
    if (error instanceof HttpRequestError) throw new CliError(`Could not deliver to ${request.url}: ${error.reason}.`, "Is the receiver running, and is the URL right?");
    throw error;
  }
}

/** What a non-delivery most likely means, and what to do. */
export function statusHint(status: number): string {
  if (status === 401 || status === 403) return "Check the credentials: --secret for Shufti, --username/--password (Netki, Ondato), --token (Ondato OAuth2), the source address for Jumio.";
  if (status === 404) return "Check the URL's path, e.g. /webhooks/<provider>.";
  if (status === 413) return "The receiver refused the body's size; check its body size limit.";
  if (status === 415) return "The receiver refused the content type; check --content-type.";
  if (status >= 300 && status < 400) return "The receiver redirected; providers do not follow redirects, so give the final URL.";
  if (status >= 500) return "The receiver failed; see its log.";
  return "See the receiver's answer above.";
}
