import * as z from "zod";
import { tokenResponseSchema } from "@kyc-webhooks/ondato";
import { error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { apiErrorSchema } from "../schemas.js";

/* POST /webhooks/ondato/token: the OAuth2 client-credentials token endpoint Ondato calls. */

/** The OAuth2 client-credentials token request Ondato sends to POST /webhooks/ondato/token (RFC 6749 section 4.4.2). */
export const tokenRequestSchema = z
  .object({
    grant_type: z.literal("client_credentials").describe("Only the client credentials grant."),
    client_id: z.string().optional().describe("The client id, when the client does not authenticate with HTTP Basic."),
    client_secret: z.string().optional().describe("The client secret, when the client does not authenticate with HTTP Basic (never both)."),
    scope: z.string().optional().describe("Accepted and ignored: the token is good for Ondato's webhooks only."),
  })
  .describe("A client credentials token request. Each parameter at most once.");

/** The OAuth 2.0 error answer of the token endpoint (RFC 6749 section 5.2). */
export const oauthErrorSchema = z
  .object({
    error: z.enum(["invalid_request", "invalid_client", "unsupported_grant_type"]).describe("RFC 6749's error code."),
    error_description: z.string().describe("What was wrong with the request."),
  })
  .describe("An OAuth 2.0 error answer (RFC 6749 section 5.2).");

export const ondatoTokenRoute: ReceiverRoute = {
  operationId: "issueOndatoToken",
  method: "post",
  path: "/webhooks/ondato/token",
  tag: "callbacks",
  summary: "Issue an access token to Ondato (OAuth2 client credentials)",
  description: [
    "Ondato's webhook authentication flow \"oAuth2\": register this URL as the subscription's tokenUrl, with `KYC_ONDATO_CLIENT_ID` and `KYC_ONDATO_CLIENT_SECRET` as its clientID and clientSecret.",
    "Ondato authenticates with HTTP Basic or with client_id/client_secret in the form (not both) and sends the token it gets as `Authorization: Bearer` with each webhook.",
    "Tokens live `KYC_ONDATO_TOKEN_TTL_SECONDS` and are stored hashed, so they work across restarts and instances. Answers 404 unless `KYC_ONDATO_CLIENT_ID` is set.",
  ].join("\n"),
  requestBody: { description: "The token request.", content: [{ contentType: "application/x-www-form-urlencoded", schema: tokenRequestSchema }] },
  responses: [
    { status: 200, description: "The access token (Cache-Control: no-store).", content: json(tokenResponseSchema), headers: requestIdHeader },
    { status: 400, description: "`invalid_request` or `unsupported_grant_type`.", content: json(oauthErrorSchema), headers: requestIdHeader },
    { status: 401, description: "`invalid_client`: the client credentials are missing or wrong (with a WWW-Authenticate challenge).", content: json(oauthErrorSchema), headers: requestIdHeader },
    error(403, "`forbidden_ip`: the client address is not in the Ondato IP allowlist (`KYC_ONDATO_IP_ALLOWLIST`)."),
    error(404, "`not_found`: the token endpoint is not enabled (set `KYC_ONDATO_CLIENT_ID` and `KYC_ONDATO_CLIENT_SECRET`)."),
    error(408, "`incomplete_body`: the body was not received completely."),
    error(413, "`payload_too_large`: the token request is larger than 16 KiB."),
    error(429, "`too_many_failures`: this address failed authentication too often (`KYC_AUTH_FAILURE_BURST`, `KYC_AUTH_FAILURES_PER_MINUTE`), its credentials were not checked; `client_busy`: this address has too many requests in flight. With `Retry-After`."),
    internalError,
    error(503, "`storage_error`: the token could not be stored; `server_busy`: the receiver holds `KYC_MAX_BUFFERED_BYTES` of bodies (with `Retry-After`)."),
  ],
  security: ["ondatoClientBasic"],
  securityOptional: true,
  components: { ApiError: apiErrorSchema, OAuthError: oauthErrorSchema, TokenRequest: tokenRequestSchema, TokenResponse: tokenResponseSchema },
};
