import { isJsonMediaType } from "@kyc-webhooks/core";
import { providerNames } from "@kyc-webhooks/normalized";
import * as z from "zod";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { callbackContentTypes, providerDescriptors } from "../content-types.js";
import { error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { apiErrorSchema, callbackAckSchema, issueSchema, requestIdSchema, warningSchema } from "../schemas.js";

/* POST /webhooks/{provider}: one route per provider, its authentication in the provider's own words. */

/** How each provider's callbacks prove their origin, in the receiver's words (as each provider documents it). */
const callbacks: Readonly<
  Record<ProviderName, { readonly name: string; readonly operationId: string; readonly security: readonly string[]; readonly optional: boolean; readonly how: string; readonly answer: string }>
> = {
  jumio: {
    name: "Jumio",
    operationId: "receiveJumioCallback",
    security: ["jumioBasic"],
    optional: true,
    how: "The source address must be in Jumio's callback IP allowlists (`KYC_JUMIO_IP_ALLOWLIST`, after trusted-proxy resolution of X-Forwarded-For): 403 `forbidden_ip` otherwise. With `KYC_JUMIO_USERNAME` set, HTTP Basic is required on top.",
    answer: "200 after the commit (Jumio: \"save it, then 200 OK\").",
  },
  shufti: {
    name: "Shufti Pro",
    operationId: "receiveShuftiCallback",
    security: ["shuftiSignature", "shuftiSpSignature"],
    optional: false,
    how: "A SHA-256 signature over the raw bytes with your secret key (`KYC_SHUFTI_SECRET_KEY`): v2 in `Signature`, v1 in `sp_signature`, as `KYC_SHUFTI_SIGNATURE_ALGORITHMS` allows.",
    answer: "200 after the commit.",
  },
  ondato: {
    name: "Ondato",
    operationId: "receiveOndatoCallback",
    security: ["ondatoBasic", "ondatoOAuth2"],
    optional: false,
    how: "HTTP Basic with the webhook subscription's username and password (`KYC_ONDATO_USERNAME`), or a Bearer token from this receiver's token endpoint POST /webhooks/ondato/token (`KYC_ONDATO_CLIENT_ID`). With `KYC_ONDATO_IP_ALLOWLIST` set, the source address is checked too (403 `forbidden_ip`).",
    answer: "200 after the commit, well within Ondato's 30 s.",
  },
  netki: {
    name: "Netki",
    operationId: "receiveNetkiCallback",
    security: ["netkiBasic"],
    optional: true,
    how: "HTTP Basic with the callback_credentials you set at Netki (`KYC_NETKI_USERNAME`), or nothing when you chose `KYC_NETKI_AUTH=noauth`.",
    answer:
      "Exactly `KYC_NETKI_EXPECTED_STATUS` (Netki's callback_expected_status, default 200), with this body (none for 204); Netki counts any other status as a failure and, after its retry limit, pauses all callbacks of the business.",
  },
};

/**
 * The body schema of a provider's JSON callbacks, for the document only (the route reads raw bytes: the signature is
 * computed over them, and validation runs after authentication): the union of the provider package's callback
 * schemas sent as JSON, so that a gateway importing the receiver's document can validate what it forwards. Form
 * bodies (Jumio) carry JSON inside string fields; their schema is the spec package's `.form.json`.
 */
function jsonBodySchema(provider: ProviderName): { readonly name: string; readonly schema: z.ZodType } | undefined {
  const schemas = providerDescriptors[provider].webhooks.filter((webhook) => isJsonMediaType(webhook.contentType)).map((webhook) => webhook.schema);
  const [first, second, ...rest] = schemas;
  if (first === undefined) return undefined;
  const schema = second === undefined ? first : z.union([first, second, ...rest]);
  return { name: `${callbacks[provider].name.replace(/\W/g, "")}CallbackBody`, schema };
}

function callbackRoute(provider: ProviderName): ReceiverRoute {
  const auth = callbacks[provider];
  const body = jsonBodySchema(provider);
  const kinds = providerDescriptors[provider].webhooks.map((webhook) => `\`${webhook.kind}\``).join(", ");
  return {
    operationId: auth.operationId,
    method: "post",
    path: `/webhooks/${provider}`,
    tag: "callbacks",
    summary: `Receive a ${auth.name} callback`,
    description: [
      `Register this URL as ${auth.name}'s callback URL. ${auth.how}`,
      "",
      "An authenticated callback is decoded, validated and normalized (`normalizeRaw`), then stored in one transaction, and only then acknowledged.",
      "A body that fails decoding or validation is stored too, quarantined with its issues, and acknowledged, so that the provider neither retries forever nor pauses callbacks;",
      "a redelivery of a stored event (same eventId) is recorded as a delivery of it. A refused request's body is never stored.",
    ].join("\n"),
    headerParameters: { "X-Request-Id": requestIdSchema.optional() },
    requestBody: {
      description: `The callback exactly as ${auth.name} sends it (kinds ${kinds}; their bodies are the \`${provider}.*\` webhooks of openapi.json).`,
      content: callbackContentTypes[provider].map((contentType) => (body !== undefined && isJsonMediaType(contentType) ? { contentType, schema: body.schema } : { contentType })),
    },
    responses: [
      { status: 200, description: `Stored (or already stored): ${auth.answer}`, content: json(callbackAckSchema), headers: requestIdHeader },
      error(401, "`unauthenticated`: the proof of origin is missing or wrong (with a WWW-Authenticate challenge for HTTP Basic)."),
      error(403, "`provider_disabled`: this provider is not configured on the receiver (the message says what to set); `forbidden_ip`: the source address is not allowed."),
      error(408, "`incomplete_body`: the body was not received completely (client gone or request timeout)."),
      error(413, "`payload_too_large`: the body is larger than `KYC_MAX_BODY_BYTES`; not stored."),
      error(415, `\`unsupported_media_type\`: ${auth.name} sends ${callbackContentTypes[provider].join(" or ")}.`),
      error(429, "`too_many_failures`: this address failed authentication too often (`KYC_AUTH_FAILURE_BURST`, `KYC_AUTH_FAILURES_PER_MINUTE`), its credentials were not checked; `client_busy`: this address has `KYC_MAX_CLIENT_REQUESTS` requests or `KYC_MAX_CLIENT_BUFFERED_BYTES` of bodies in flight. With `Retry-After`; the body is not read and the connection is closed."),
      internalError,
      error(503, "`storage_error`: the callback could not be stored and is not acknowledged; the provider delivers it again. `server_busy`: the receiver holds `KYC_MAX_BUFFERED_BYTES` of bodies; with `Retry-After`, the body is not read and the connection is closed."),
    ],
    security: auth.security,
    securityOptional: auth.optional,
    components: { ApiError: apiErrorSchema, CallbackAck: callbackAckSchema, Issue: issueSchema, Warning: warningSchema, ...(body === undefined ? {} : { [body.name]: body.schema }) },
  };
}

/** The callback routes, one per provider. */
export const callbackRoutes: readonly ReceiverRoute[] = providerNames.map(callbackRoute);
