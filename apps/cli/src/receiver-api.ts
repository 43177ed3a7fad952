import type { ApiError, EventDetail, EventListResponse, PurgeResult, RekeyResult, VerificationDetail } from "@kyc-webhooks/receiver";
import { numberValue, stringValue } from "./command.js";
import type { ParsedArgs } from "./command.js";
import { CliError, UsageError } from "./errors.js";
import { HttpRequestError, defaultTimeoutSeconds, sendRequest } from "./http-client.js";
import type { HttpResponse } from "./http-client.js";
import type { Env } from "./terminal.js";

/**
 * A client of a kyc-webhooks receiver's admin API (GET /events, GET /events/{id},
 * GET /verifications/{provider}/{reference}; the response types are
 * the receiver's own exports). The admin token goes as `Authorization: Bearer`, as the receiver expects.
 */
export interface ReceiverApi {
  readonly baseUrl: URL;
  readonly adminToken: string | undefined;
  readonly timeoutMs: number;
  /** Aborted on Ctrl-C: a request in flight stops. */
  readonly signal?: AbortSignal | undefined;
}

export const defaultReceiverUrl = "http://127.0.0.1:8080";

/** The options every command that reads a receiver takes. */
export const receiverOptions = {
  url: { type: "string", value: "url", description: `The receiver's base URL (default: $KYC_RECEIVER_URL, else ${defaultReceiverUrl}).` },
  "admin-token": { type: "string", value: "token", description: "The receiver's admin token (default: $KYC_ADMIN_TOKEN)." },
  timeout: { type: "string", value: "seconds", description: `How long to wait for each answer (default ${defaultTimeoutSeconds}).` },
} as const;

export const receiverEnvironment = {
  KYC_RECEIVER_URL: "The receiver's base URL, when --url is not given.",
  KYC_ADMIN_TOKEN: "The receiver's admin token, when --admin-token is not given (the receiver reads the same variable).",
} as const;

/** Where the receiver is and how to reach it: the options, else the environment, else the profile, else the default. */
export function receiverApiFrom(args: ParsedArgs, env: Env, profile: { readonly url?: string | undefined; readonly adminToken?: string | undefined } = {}, signal?: AbortSignal): ReceiverApi {
  const raw = stringValue(args, "url") ?? env.KYC_RECEIVER_URL ?? profile.url ?? defaultReceiverUrl;
  let baseUrl: URL;
  try {
    baseUrl = new URL(raw.endsWith("/") ? raw : `${raw}/`);
  } catch {
    throw new UsageError(`--url "${raw}" is not a URL.`, `Give the receiver's base URL, e.g. ${defaultReceiverUrl}.`);
  }
  if (baseUrl.protocol !== "http:" && baseUrl.protocol !== "https:") throw new UsageError(`--url must be an http:// or https:// URL, got ${baseUrl.protocol}.`);
  const adminToken = stringValue(args, "admin-token") ?? env.KYC_ADMIN_TOKEN ?? profile.adminToken;
  const timeoutMs = numberValue(args, "timeout", "events", defaultTimeoutSeconds) * 1000;
  return { baseUrl, adminToken: adminToken === "" ? undefined : adminToken, timeoutMs, signal };
}

export function listEvents(api: ReceiverApi, query: Readonly<Record<string, string | undefined>>): Promise<EventListResponse> {
  const url = new URL("events", api.baseUrl);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
  return getJson<EventListResponse>(api, url);
}

export function getEvent(api: ReceiverApi, id: string, options: { readonly raw?: boolean } = {}): Promise<EventDetail> {
  const url = new URL(`events/${encodeURIComponent(id)}`, api.baseUrl);
  if (options.raw) url.searchParams.set("raw", "1");
  return getJson<EventDetail>(api, url, id);
}

export function getVerification(api: ReceiverApi, provider: string, reference: string): Promise<VerificationDetail> {
  const url = new URL(`verifications/${encodeURIComponent(provider)}/${encodeURIComponent(reference)}`, api.baseUrl);
  return requestJson<VerificationDetail>(api, "GET", url, undefined, {
    message: `The receiver has no verification ${provider} ${reference}.`,
    hint: "Check the provider and the reference; `kyc-webhooks events list --reference <ref>` lists its events.",
    what: "verifications",
  });
}

/** POST /verifications/{provider}/{reference}/purge: removes the verification's personal values (idempotent). */
export function purgeVerification(api: ReceiverApi, provider: string, reference: string): Promise<PurgeResult> {
  const url = new URL(`verifications/${encodeURIComponent(provider)}/${encodeURIComponent(reference)}/purge`, api.baseUrl);
  return requestJson<PurgeResult>(api, "POST", url, undefined, {
    message: `The receiver does not know the provider ${provider}.`,
    hint: "Use one of: jumio, shufti, ondato, netki.",
    what: "personal data",
  });
}

/** POST /maintenance/rekey: re-seals every stored personal value with the receiver's newest key. */
export function rekey(api: ReceiverApi): Promise<RekeyResult> {
  return requestJson<RekeyResult>(api, "POST", new URL("maintenance/rekey", api.baseUrl), undefined, {
    message: "The receiver has no rekey endpoint.",
    hint: "Is it a kyc-webhooks receiver with encryption at rest (a newer version)?",
    what: "personal data",
  });
}

async function getJson<T>(api: ReceiverApi, url: URL, eventId?: string): Promise<T> {
  return requestJson<T>(api, "GET", url, eventId);
}

/** What a 404 of one resource means, and what the refusals of the admin API name. */
export interface NotFound {
  readonly message: string;
  readonly hint: string;
  readonly what: string;
}

/** One call of the receiver's admin API; errors become CliError/UsageError with what to do. */
export async function requestJson<T>(api: ReceiverApi, method: "GET" | "POST", url: URL, eventId?: string, notFound?: NotFound): Promise<T> {
  let response: HttpResponse;
  try {
    response = await sendRequest({
      method,
      url: url.href,
      headers: { accept: "application/json", ...(api.adminToken === undefined ? {} : { authorization: `Bearer ${api.adminToken}` }) },
      timeoutMs: api.timeoutMs,
      signal: api.signal,
    });
  } catch (error) {
    const why = error instanceof HttpRequestError ? error.reason : (error as Error).message;
    throw new ReceiverUnreachable(`Could not reach the receiver at ${api.baseUrl.origin}: ${why}.`, "Is it running? Give its address with --url or KYC_RECEIVER_URL.");
  }
  const text = response.body.toString("utf8");
  if (response.status >= 200 && response.status < 300) {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new CliError(`${url.origin}${url.pathname} did not answer JSON.`, "Check that --url points at a kyc-webhooks receiver.");
    }
  }
  const apiError = parseApiError(text);
  const detail = apiError ? `${apiError.message}` : `${response.status} ${response.statusText}`;
  if (response.status === 401 || response.status === 403) {
    throw new CliError(
      `The receiver refused access to its ${notFound?.what ?? "events"} (${response.status}): ${detail}`,
      api.adminToken === undefined
        ? "Give its admin token with --admin-token or KYC_ADMIN_TOKEN."
        : "Check the admin token (--admin-token or KYC_ADMIN_TOKEN) against the receiver's KYC_ADMIN_TOKEN.",
    );
  }
  if (response.status === 404 && notFound !== undefined) throw new CliError(notFound.message, notFound.hint);
  if (response.status === 404 && eventId !== undefined) {
    throw new CliError(`The receiver has no event ${eventId}.`, "List the stored events with `kyc-webhooks events list`.");
  }
  if (response.status === 400) throw new UsageError(`The receiver refused the query: ${detail}`, "Run `kyc-webhooks events --help` for the filters.");
  if (response.status === 409) throw new CliError(`The receiver refused: ${detail}`);
  // A proxy in front of a receiver that is restarting answers 502-504: as good as unreachable, for now.
  if (response.status >= 502 && response.status <= 504) throw new ReceiverUnreachable(`The receiver at ${api.baseUrl.origin} is not answering: ${response.status} ${detail}`, "Is it restarting?");
  throw new CliError(`The receiver answered ${response.status}: ${detail}`, "See the receiver's log.");
}

/** The receiver did not answer at all (down, restarting, wrong address): `events tail` and `listen` wait and retry. */
export class ReceiverUnreachable extends CliError {
  override readonly name = "ReceiverUnreachable";
}

function parseApiError(text: string): ApiError | undefined {
  try {
    const value = JSON.parse(text) as Partial<ApiError>;
    return typeof value.message === "string" ? (value as ApiError) : undefined;
  } catch {
    return undefined;
  }
}

/** A stored event's raw body as bytes (the API sends UTF-8 text, or base64 for other bytes). */
export function rawBodyBytes(event: EventDetail): Uint8Array | undefined {
  if (event.rawBody === undefined) return undefined;
  return new Uint8Array(Buffer.from(event.rawBody.data, event.rawBody.encoding === "base64" ? "base64" : "utf8"));
}
