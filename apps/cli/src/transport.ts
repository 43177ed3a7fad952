import { HttpRequestError, sendRequest } from "./http-client.js";
import { CliError, UsageError } from "./errors.js";

/*
 * How the CLI puts a delivery on the wire: node:http(s), the URL and header options, what a refusal means. What
 * the provider sends (body, content type, signature, credentials) comes from the provider packages' simulate(),
 * see provider-delivery.ts: none of a provider's wire rules live here.
 */

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

/** Headers whose values are secrets: shown as `…` when the CLI prints a request. */
export const secretHeaders = new Set(["authorization"]);

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
