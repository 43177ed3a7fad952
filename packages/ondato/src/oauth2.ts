import { randomBytes } from "node:crypto";
import * as z from "zod";
import { bodyToText, constantTimeEqual, getHeader, mediaType, parseBearerAuthorization } from "@kyc-webhooks/core";
import type { HeadersLike, RawBody } from "@kyc-webhooks/core";

/*
 * Ondato's second webhook authentication flow is "oAuth2 – clientID, clientSecret, tokenUrl" (Ondato's
 * webhooks page, Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks): you serve a token endpoint at tokenUrl, Ondato obtains an access token
 * from it with the OAuth 2.0 client credentials grant (RFC 6749 section 4.4) and sends the token as
 * `Authorization: Bearer …` with each webhook. These helpers implement your side of that exchange.
 */

/** The client authentication Ondato used at your token endpoint (RFC 6749 section 2.3.1). */
export type ClientAuthenticationMethod = "client_secret_basic" | "client_secret_post";

export interface ClientCredentialsTokenRequest {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scope?: string;
  readonly authenticationMethod: ClientAuthenticationMethod;
}

/** An OAuth 2.0 error response (RFC 6749 section 5.2), ready to send. */
export interface OAuthErrorResponse {
  readonly status: 400 | 401;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly error: "invalid_request" | "invalid_client" | "unsupported_grant_type"; readonly error_description: string };
}

export type TokenRequestResult = { readonly ok: true; readonly value: ClientCredentialsTokenRequest } | { readonly ok: false; readonly error: OAuthErrorResponse };

const noStore = { "Cache-Control": "no-store", Pragma: "no-cache", "Content-Type": "application/json" } as const;

function oauthError(error: OAuthErrorResponse["body"]["error"], description: string): TokenRequestResult {
  // RFC 6749 section 5.2: invalid_client answered with 401 and a WWW-Authenticate challenge.
  if (error === "invalid_client") {
    return { ok: false, error: { status: 401, headers: { ...noStore, "WWW-Authenticate": 'Basic realm="token"' }, body: { error, error_description: description } } };
  }
  return { ok: false, error: { status: 400, headers: noStore, body: { error, error_description: description } } };
}

/** Form-urlencoding decode of one credential (RFC 6749 section 2.3.1 encodes client id and secret before base64). */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/**
 * Client id and secret from `Authorization: Basic …`, form-urldecoded as RFC 6749 section 2.3.1 requires.
 * Not core's `parseBasicAuthorization` alone: that one implements RFC 7617, which has no such decoding step.
 */
function basicClientCredentials(header: string): { clientId: string; clientSecret: string } | undefined {
  const match = /^\s*basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  const clientId = formDecode(decoded.slice(0, colon));
  const clientSecret = formDecode(decoded.slice(colon + 1));
  return clientId === undefined || clientSecret === undefined ? undefined : { clientId, clientSecret };
}

/**
 * Reads a client credentials token request as your token endpoint receives it from Ondato: an
 * `application/x-www-form-urlencoded` body with `grant_type=client_credentials` (RFC 6749 section 4.4.2), the
 * client authenticated either with HTTP Basic or with `client_id`/`client_secret` in the body (section 2.3.1),
 * not both. Never throws: a bad request is an {@link OAuthErrorResponse} to send back. It does NOT check the
 * credentials; do that with {@link verifyClientCredentials}.
 */
export function parseClientCredentialsTokenRequest(body: RawBody, headers: HeadersLike | undefined): TokenRequestResult {
  if (mediaType(getHeader(headers, "content-type")) !== "application/x-www-form-urlencoded") {
    return oauthError("invalid_request", "The token request must be application/x-www-form-urlencoded.");
  }
  const text = bodyToText(body);
  if (!text.ok) return oauthError("invalid_request", "The token request body is not valid UTF-8.");
  const params = new URLSearchParams(text.text);
  // RFC 6749 section 3.2: "Request and response parameters MUST NOT be included more than once."
  for (const name of new Set(params.keys())) {
    if (params.getAll(name).length > 1) return oauthError("invalid_request", `The parameter ${name} is repeated.`);
  }
  const grantType = params.get("grant_type");
  if (grantType === null) return oauthError("invalid_request", "grant_type is missing.");
  if (grantType !== "client_credentials") return oauthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");

  const authorization = getHeader(headers, "authorization");
  const bodyId = params.get("client_id");
  const bodySecret = params.get("client_secret");
  const scope = params.get("scope") ?? undefined;
  const withScope = <T extends object>(value: T) => (scope === undefined ? value : { ...value, scope });

  if (authorization !== undefined) {
    // RFC 6749 section 2.3: the client MUST NOT use more than one authentication method in a request.
    if (bodySecret !== null) return oauthError("invalid_request", "Use either HTTP Basic or client_secret in the body, not both.");
    const credentials = basicClientCredentials(authorization);
    if (!credentials) return oauthError("invalid_client", "The Authorization header is not valid HTTP Basic client authentication.");
    if (bodyId !== null && bodyId !== credentials.clientId) return oauthError("invalid_request", "client_id in the body differs from the authenticated client.");
    return { ok: true, value: withScope({ ...credentials, authenticationMethod: "client_secret_basic" as const }) };
  }
  if (bodyId === null) return oauthError("invalid_client", "Client authentication is missing.");
  // RFC 6749 section 2.3.1: the client MAY omit client_secret when its secret is the empty string.
  return { ok: true, value: withScope({ clientId: bodyId, clientSecret: bodySecret ?? "", authenticationMethod: "client_secret_post" as const }) };
}

/** Checks a token request's client id and secret against yours, both in constant time. */
export function verifyClientCredentials(request: Pick<ClientCredentialsTokenRequest, "clientId" | "clientSecret">, expected: { readonly clientId: string; readonly clientSecret: string }): boolean {
  const idOk = constantTimeEqual(request.clientId, expected.clientId);
  const secretOk = constantTimeEqual(request.clientSecret, expected.clientSecret);
  return idOk && secretOk;
}

/** The successful token response your endpoint returns to Ondato (RFC 6749 sections 4.4.3 and 5.1). */
export const tokenResponseSchema = z
  .looseObject({
    access_token: z.string().min(1).describe("The access token Ondato will send as `Authorization: Bearer <token>` with each webhook."),
    token_type: z.literal("Bearer").describe("Token type: Bearer (RFC 6750)."),
    expires_in: z.number().int().positive().describe("Lifetime of the access token in seconds."),
    scope: z.string().optional().describe("Scope of the access token, when it differs from the requested one."),
  })
  .describe("Token response of your OAuth 2.0 token endpoint (client credentials grant).");
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** A token your endpoint issued, to store until it expires. */
export interface IssuedAccessToken {
  readonly accessToken: string;
  /** Expiry as epoch milliseconds. */
  readonly expiresAt: number;
  /** The body to send to Ondato (with status 200 and `Cache-Control: no-store`). */
  readonly response: TokenResponse;
}

/**
 * Issues a random access token (256 bits, base64url) that expires after `ttlSeconds`. Pure apart from the
 * randomness: store the result, then check webhooks with {@link isIssuedTokenValid}. Throws a RangeError for
 * a `ttlSeconds` that is not a positive integer (a programming error, not bad input).
 */
export function issueAccessToken(options: { readonly ttlSeconds: number; readonly now?: number }): IssuedAccessToken {
  const { ttlSeconds } = options;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError("ttlSeconds must be a positive integer");
  const accessToken = randomBytes(32).toString("base64url");
  const now = options.now ?? Date.now();
  return { accessToken, expiresAt: now + ttlSeconds * 1000, response: { access_token: accessToken, token_type: "Bearer", expires_in: ttlSeconds } };
}

/** True when `token` is the issued token (compared in constant time) and it has not expired. */
export function isIssuedTokenValid(token: string, issued: Pick<IssuedAccessToken, "accessToken" | "expiresAt">, now: number = Date.now()): boolean {
  const same = constantTimeEqual(token, issued.accessToken);
  return same && now < issued.expiresAt;
}

/**
 * Checks the `Authorization: Bearer …` header of an Ondato webhook with your token store. `isValidToken`
 * decides (use {@link isIssuedTokenValid} or a constant-time lookup); it may be async, and the result then is
 * a Promise. A missing or non-Bearer header is refused; `isValidToken` is still called (with "") so that a
 * missing header takes as long as a wrong one.
 */
export function verifyOndatoBearer(headers: HeadersLike | undefined, isValidToken: (token: string) => boolean): boolean;
export function verifyOndatoBearer(headers: HeadersLike | undefined, isValidToken: (token: string) => Promise<boolean>): Promise<boolean>;
export function verifyOndatoBearer(headers: HeadersLike | undefined, isValidToken: (token: string) => boolean | Promise<boolean>): boolean | Promise<boolean> {
  const token = parseBearerAuthorization(getHeader(headers, "authorization"));
  const verdict = isValidToken(token ?? "");
  if (verdict instanceof Promise) return verdict.then((valid) => token !== undefined && valid === true);
  return token !== undefined && verdict === true;
}

/**
 * Answers a token request in full: parses it, checks the credentials, issues a token. Returns what to send
 * (status, headers, JSON body) and, on success, the token to store.
 */
export function respondToTokenRequest(
  body: RawBody,
  headers: HeadersLike | undefined,
  options: { readonly clientId: string; readonly clientSecret: string; readonly ttlSeconds: number; readonly now?: number },
): { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: unknown; readonly issued?: IssuedAccessToken } {
  const request = parseClientCredentialsTokenRequest(body, headers);
  if (!request.ok) return request.error;
  if (!verifyClientCredentials(request.value, options)) {
    const refused = oauthError("invalid_client", "Client authentication failed.");
    if (!refused.ok) return refused.error;
  }
  const issued = issueAccessToken({ ttlSeconds: options.ttlSeconds, ...(options.now === undefined ? {} : { now: options.now }) });
  return { status: 200, headers: noStore, body: issued.response, issued };
}

/** What Ondato sends to your token endpoint, for {@link requestAccessToken}. */
export interface AccessTokenRequest {
  /** Your token endpoint (the tokenUrl of Ondato's webhook settings). */
  readonly tokenUrl: string | URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Gives up after this long. Default: 30 seconds, how long Ondato waits for a webhook answer. */
  readonly timeoutMs?: number;
  /** The fetch to use (a test double, a proxy-aware fetch). Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

export type AccessTokenResult =
  | { readonly ok: true; readonly token: TokenResponse }
  | { readonly ok: false; readonly status?: number; readonly message: string };

/** RFC 6749 section 2.3.1: client id and secret are form-urlencoded before they are joined and base64-encoded. */
function clientSecretBasic(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, "+");
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${encode(clientId)}:${encode(clientSecret)}`)))}`;
}

/**
 * Ondato's side of the OAuth2 flow, the client: a client credentials grant (RFC 6749 section 4.4) at your token
 * endpoint, the client authenticated with HTTP Basic (section 2.3.1). What Ondato does before it sends webhooks
 * with `Authorization: Bearer <access_token>`; use it to test your token endpoint, or to send webhooks as Ondato
 * does. Never rejects: a refusal, a network error or a malformed answer is `{ ok: false, message }` (the message
 * never holds the secret).
 */
export async function requestAccessToken(request: AccessTokenRequest): Promise<AccessTokenResult> {
  const url = String(request.tokenUrl);
  let response: Response;
  try {
    response = await (request.fetch ?? fetch)(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", authorization: clientSecretBasic(request.clientId, request.clientSecret) },
      body: "grant_type=client_credentials",
      redirect: "manual",
      signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${(request.timeoutMs ?? 30_000) / 1000} s` : "the request failed";
    return { ok: false, message: `The token endpoint ${url} could not be reached: ${reason}` };
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    parsed = undefined;
  }
  if (response.status !== 200) {
    const error = typeof parsed === "object" && parsed !== null ? (parsed as { error?: unknown; error_description?: unknown }) : {};
    const reason = typeof error.error_description === "string" ? error.error_description : typeof error.error === "string" ? error.error : "";
    return { ok: false, status: response.status, message: `The token endpoint ${url} answered ${response.status}${reason ? `: ${reason}` : ""}` };
  }
  const token = tokenResponseSchema.safeParse(parsed);
  if (!token.success) return { ok: false, status: response.status, message: `The token endpoint ${url} did not answer an OAuth2 token response` };
  return { ok: true, token: token.data };
}
