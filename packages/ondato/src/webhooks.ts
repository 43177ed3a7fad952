import { basicAuthorization, buildDelivery, defineWebhooks, isSuccessStatus, normalizeHeaders, parseBearerAuthorization, resolveSimulateInput, verifyBasicAuth } from "@kyc-webhooks/core";
import type { Webhooks, WebhooksStrictnessOption } from "@kyc-webhooks/core";
import type { CallbackOfKind } from "./callbacks/index.js";
import { provider } from "./descriptor.js";
import { listFixtures } from "./fixtures.js";
import { issueAccessToken, isIssuedTokenValid, respondToTokenRequest } from "./oauth2.js";
import type { IssuedAccessToken } from "./oauth2.js";
import { safeParseCallback } from "./parse.js";

/** Ondato's OAuth2 webhook authentication: your token endpoint issues tokens to Ondato's client credentials. */
export interface OndatoOAuth2Options {
  /** The client id and secret you entered in Ondato's webhook settings. */
  readonly clientId: string;
  readonly clientSecret: string;
  /** Lifetime of the tokens your endpoint issues. Default: 3600 seconds. */
  readonly tokenTtlSeconds?: number;
  /**
   * Your own token store, when tokens are issued elsewhere (another process, a database). Tokens issued by this
   * object's `respondToTokenRequest` are always accepted until they expire; they are kept in memory.
   */
  readonly isTokenValid?: (token: string) => boolean | Promise<boolean>;
}

/** The two schemes of Ondato's webhook settings ("basic – username, password"; "oAuth2 – clientID, clientSecret, tokenUrl"). */
export type OndatoWebhooksOptions = ({ readonly username: string; readonly password: string } | { readonly oauth2: OndatoOAuth2Options }) & WebhooksStrictnessOption;

/** What your token endpoint answers: status, headers and a JSON body. */
export interface TokenEndpointAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface OndatoWebhooks extends Webhooks<CallbackOfKind> {
  /**
   * Your token endpoint (the tokenUrl of Ondato's settings): answers Ondato's client credentials request (RFC 6749
   * section 4.4) and remembers the token it issues. Refused (400 or 401, RFC 6749 section 5.2) without oauth2
   * options. Never throws.
   */
  respondToTokenRequest(request: { readonly body: unknown; readonly headers?: unknown }): TokenEndpointAnswer;
}

const bearerChallenge = 'Bearer realm="ondato"';
const basicChallenge = 'Basic realm="ondato", charset="UTF-8"';

/**
 * Ondato's wire contract in one object: basic auth or an OAuth2 bearer token on every webhook, a JSON body, any
 * 2xx answer within 30 seconds as a delivery (Ondato's webhooks page,
 * ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks).
 */
export function createWebhooks(options: OndatoWebhooksOptions): OndatoWebhooks {
  const basic = "username" in options ? { username: options.username, password: options.password } : undefined;
  const oauth2 = "oauth2" in options ? options.oauth2 : undefined;
  const ttlSeconds = oauth2?.tokenTtlSeconds ?? 3600;
  const issued = new Map<string, IssuedAccessToken>();

  const remember = (token: IssuedAccessToken): void => {
    const now = Date.now();
    for (const [key, entry] of issued) if (entry.expiresAt <= now) issued.delete(key);
    issued.set(token.accessToken, token);
  };
  const isValid = async (token: string): Promise<boolean> => {
    const own = issued.get(token);
    // isIssuedTokenValid compares in constant time; a lookup miss is compared against itself for the same work.
    if (own !== undefined && isIssuedTokenValid(token, own)) return true;
    return oauth2?.isTokenValid ? (await oauth2.isTokenValid(token)) === true : false;
  };

  const webhooks = defineWebhooks<CallbackOfKind>({
    provider,
    async authenticate({ headers }) {
      if (oauth2) {
        const token = parseBearerAuthorization(headers.authorization);
        const valid = token !== undefined && (await isValid(token));
        if (valid) return { ok: true, method: "bearer" };
        return { ok: false, status: 401, challenge: bearerChallenge, issue: { path: [], code: "unauthenticated", message: "The bearer token is missing, unknown or expired" } };
      }
      if (basic && verifyBasicAuth(headers.authorization, basic)) return { ok: true, method: "basic" };
      return { ok: false, status: 401, challenge: basicChallenge, issue: { path: [], code: "unauthenticated", message: "The webhook's basic auth credentials are missing or wrong" } };
    },
    parse: (body, contentType) => safeParseCallback(body, { contentType, strictness: options.strictness }),
    simulate(input, overrides) {
      const resolved = resolveSimulateInput(input, { name: provider, fixtures: listFixtures, contentTypeOf: () => "application/json" });
      let authorization: string;
      if (oauth2) {
        // As Ondato does: a token from your endpoint first, then the webhook with it.
        const token = issueAccessToken({ ttlSeconds });
        remember(token);
        authorization = `Bearer ${token.accessToken}`;
      } else {
        authorization = basicAuthorization(basic ?? { username: "", password: "" });
      }
      return buildDelivery({ body: resolved.body, contentType: resolved.contentType, headers: { ...resolved.headers, authorization }, remoteAddress: "127.0.0.1", overrides });
    },
    isDelivered: isSuccessStatus,
  });

  return {
    ...webhooks,
    respondToTokenRequest(request) {
      const headers = typeof request === "object" && request !== null ? request.headers : undefined;
      const body = typeof request === "object" && request !== null ? request.body : undefined;
      const raw = typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer ? body : "";
      const answer = respondToTokenRequest(raw, normalizeHeaders(headers), {
        clientId: oauth2?.clientId ?? "",
        // Without oauth2 options no secret matches: a random one nobody knows.
        clientSecret: oauth2?.clientSecret ?? crypto.randomUUID(),
        ttlSeconds,
      });
      if (answer.issued && oauth2) remember(answer.issued);
      return { status: answer.status, headers: answer.headers, body: answer.body };
    },
  };
}
