import { respondToTokenRequest } from "@kyc-webhooks/ondato";
import { ondatoTokenRoute } from "@kyc-webhooks/receiver-api";
import { clientAddress } from "../addresses.js";
import { ondatoAddressCheck, tokenHash } from "../auth.js";
import { apiError } from "../http/answers.js";
import type { RouteHandler } from "../http/app.js";
import { readBody } from "../http/body.js";
import { errorFields } from "../log.js";
import type { RouteDeps } from "./context.js";

/* POST /webhooks/ondato/token: the OAuth2 client-credentials token endpoint (the ondato package answers it). */

export function ondatoTokenHandlers({ store, providers, logger, metrics, trustedProxies }: RouteDeps): Record<string, RouteHandler> {
  const ondato = providers.ondato;
  const addressAllowed = ondato ? ondatoAddressCheck(ondato) : undefined;
  const issue: RouteHandler = async ({ request, requestId, remoteAddress }) => {
    const oauth2 = ondato?.oauth2;
    if (!oauth2) {
      metrics.tokens.inc({ outcome: "disabled" });
      return apiError(404, "not_found", "The Ondato OAuth2 token endpoint is not enabled: set KYC_ONDATO_CLIENT_ID and KYC_ONDATO_CLIENT_SECRET", requestId);
    }
    // The Ondato IP allowlist covers the token endpoint too: a token is only handed out where webhooks may come from.
    if (addressAllowed && !addressAllowed(clientAddress(remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies))) {
      metrics.tokens.inc({ outcome: "refused" });
      logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: 403, reason: "forbidden_ip" });
      return apiError(403, "forbidden_ip", "The client address is not in the Ondato allowlist", requestId);
    }
    const read = await readBody(request, 16_384);
    if (!read.ok) return read.reason === "aborted" ? apiError(408, "incomplete_body", "The request body was not received completely", requestId) : apiError(413, "payload_too_large", "The token request is too large", requestId);
    const answer = respondToTokenRequest(read.body, request.headers, { clientId: oauth2.clientId, clientSecret: oauth2.clientSecret, ttlSeconds: oauth2.tokenTtlSeconds });
    if (answer.issued) {
      try {
        await store.saveAccessToken(tokenHash(answer.issued.accessToken, oauth2), answer.issued.expiresAt);
      } catch (error) {
        logger.error("token not stored", { requestId, provider: "ondato", ...errorFields(error) });
        metrics.tokens.inc({ outcome: "error" });
        return apiError(503, "storage_error", "The token could not be stored", requestId);
      }
      metrics.tokens.inc({ outcome: "issued" });
      logger.info("oauth2 token issued", { requestId, provider: "ondato", expiresInSeconds: oauth2.tokenTtlSeconds });
    } else {
      metrics.tokens.inc({ outcome: "refused" });
      logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: answer.status });
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { ...answer.headers, "x-request-id": requestId } });
  };
  return { [ondatoTokenRoute.operationId]: issue };
}
