import { respondToTokenRequest } from "@kyc-webhooks/ondato";
import { ondatoTokenRoute } from "@kyc-webhooks/receiver-api";
import { clientAddress } from "../addresses.js";
import { ondatoAddressCheck, tokenHash } from "../auth.js";
import { apiError } from "../http/answers.js";
import { readBody } from "../http/body.js";
import { errorFields } from "../log.js";
/* POST /webhooks/ondato/token: the OAuth2 client-credentials token endpoint (the ondato package answers it). */
export function ondatoTokenHandlers({ store, providers, logger, metrics, trustedProxies, failures, bodyBudget }) {
    const ondato = providers.ondato;
    const addressAllowed = ondato ? ondatoAddressCheck(ondato) : undefined;
    const issue = async ({ request, requestId, remoteAddress }) => {
        const oauth2 = ondato?.oauth2;
        if (!oauth2) {
            metrics.tokens.inc({ outcome: "disabled" });
            return apiError(404, "not_found", "The Ondato OAuth2 token endpoint is not enabled: set KYC_ONDATO_CLIENT_ID and KYC_ONDATO_CLIENT_SECRET", requestId);
        }
        const client = clientAddress(remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies);
        const wait = failures.retryAfter(client);
        if (wait !== undefined) {
            metrics.tokens.inc({ outcome: "refused" });
            logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: 429, reason: "too_many_failures" });
            return apiError(429, "too_many_failures", "Too many failed authentication attempts from this address; try again later", requestId, { "retry-after": String(wait) });
        }
        // The Ondato IP allowlist covers the token endpoint too: a token is only handed out where webhooks may come from.
        if (addressAllowed && !addressAllowed(client)) {
            failures.failed(client);
            metrics.tokens.inc({ outcome: "refused" });
            logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: 403, reason: "forbidden_ip" });
            return apiError(403, "forbidden_ip", "The client address is not in the Ondato allowlist", requestId);
        }
        const lease = bodyBudget.enter(client);
        if (typeof lease === "string")
            return busy(lease, requestId);
        let read;
        try {
            read = await readBody(request, 16_384, lease);
        }
        finally {
            // The token request is decoded at once: nothing of it is held past this point.
            lease.release();
        }
        if (!read.ok) {
            if (read.reason === "aborted")
                return apiError(408, "incomplete_body", "The request body was not received completely", requestId);
            if (read.reason === "too_large")
                return apiError(413, "payload_too_large", "The token request is too large", requestId);
            return busy(read.reason, requestId);
        }
        const answer = respondToTokenRequest(read.body, request.headers, { clientId: oauth2.clientId, clientSecret: oauth2.clientSecret, ttlSeconds: oauth2.tokenTtlSeconds });
        if (answer.issued) {
            try {
                await store.saveAccessToken(tokenHash(answer.issued.accessToken, oauth2), answer.issued.expiresAt);
            }
            catch (error) {
                logger.error("token not stored", { requestId, provider: "ondato", ...errorFields(error) });
                metrics.tokens.inc({ outcome: "error" });
                return apiError(503, "storage_error", "The token could not be stored", requestId);
            }
            metrics.tokens.inc({ outcome: "issued" });
            logger.info("oauth2 token issued", { requestId, provider: "ondato", expiresInSeconds: oauth2.tokenTtlSeconds });
        }
        else {
            if (answer.status === 401)
                failures.failed(client);
            metrics.tokens.inc({ outcome: "refused" });
            logger.warn("oauth2 token refused", { requestId, provider: "ondato", status: answer.status });
        }
        return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { ...answer.headers, "x-request-id": requestId } });
    };
    return { [ondatoTokenRoute.operationId]: issue };
}
function busy(reason, requestId) {
    return reason === "client_busy"
        ? apiError(429, "client_busy", "This address has too many request bodies in flight; try again later", requestId, { "retry-after": "1" })
        : apiError(503, "server_busy", "The receiver holds as many request bodies as it may; try again later", requestId, { "retry-after": "1" });
}
//# sourceMappingURL=ondato-token.js.map