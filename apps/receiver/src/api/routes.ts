import { z } from "zod";
import { normalizedEventSchema, providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { tokenResponseSchema } from "@kyc-webhooks/ondato";
import { callbackContentTypes, providerDescriptors } from "./content-types.js";
import type { HttpApiDescription, HttpApiRoute } from "./http-api.js";
import {
  apiErrorSchema,
  callbackAckSchema,
  deliveryRecordSchema,
  eventDetailSchema,
  eventListResponseSchema,
  eventQueryParameters,
  eventSummarySchema,
  healthSchema,
  issueSchema,
  metricsSchema,
  notReadySchema,
  rawBodySchema,
  rawParameterSchema,
  readySchema,
  requestIdSchema,
  warningSchema,
} from "./schemas.js";
import {
  deliveryDetailSchema,
  deliveryListResponseSchema,
  deliveryQueryParameters,
  outboundAttemptSchema,
  outboundDeliverySchema,
  outboundMessageSchema,
  redeliverResponseSchema,
} from "./deliveries.js";
import { adminRefusals, error, internalError, json, requestIdHeader } from "./responses.js";
import { getVerificationRoute, listVerificationsRoute } from "./verification-routes.js";
import { purgeResponseSchema, purgeVerificationRoute, rekeyResponseSchema, rekeyRoute } from "./personal-data-routes.js";
import {
  verificationDetailSchema,
  verificationEventRefSchema,
  verificationHistoryEntrySchema,
  verificationListResponseSchema,
  verificationSummarySchema,
} from "./verification-schemas.js";

/*
 * Every route of the receiver (handler.ts), as data for @kyc-webhooks/spec's receiver-openapi.json. A route
 * added to the handler belongs here too; the receiver's tests check real answers against these schemas.
 */

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


/** How each provider's callbacks prove their origin, in the receiver's words (PROVIDER-FACTS section 2). */
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

function callbackRoute(provider: ProviderName): HttpApiRoute {
  const auth = callbacks[provider];
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
      content: callbackContentTypes[provider].map((contentType) => ({ contentType })),
    },
    responses: [
      { status: 200, description: `Stored (or already stored): ${auth.answer}`, content: json(callbackAckSchema), headers: requestIdHeader },
      error(401, "`unauthenticated`: the proof of origin is missing or wrong (with a WWW-Authenticate challenge for HTTP Basic)."),
      error(403, "`provider_disabled`: this provider is not configured on the receiver (the message says what to set); `forbidden_ip`: the source address is not allowed."),
      error(408, "`incomplete_body`: the body was not received completely (client gone or request timeout)."),
      error(413, "`payload_too_large`: the body is larger than `KYC_MAX_BODY_BYTES`; not stored."),
      error(415, `\`unsupported_media_type\`: ${auth.name} sends ${callbackContentTypes[provider].join(" or ")}.`),
      internalError,
      error(503, "`storage_error`: the callback could not be stored and is not acknowledged; the provider delivers it again."),
    ],
    security: auth.security,
    securityOptional: auth.optional,
  };
}

const tokenRoute: HttpApiRoute = {
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
    error(404, "`not_found`: the token endpoint is not enabled (set `KYC_ONDATO_CLIENT_ID` and `KYC_ONDATO_CLIENT_SECRET`)."),
    error(408, "`incomplete_body`: the body was not received completely."),
    error(413, "`payload_too_large`: the token request is larger than 16 KiB."),
    internalError,
    error(503, "`storage_error`: the token could not be stored."),
  ],
  security: ["ondatoClientBasic"],
  securityOptional: true,
};


const listEventsRoute: HttpApiRoute = {
  operationId: "listEvents",
  method: "get",
  path: "/events",
  tag: "events",
  summary: "List stored events, newest first",
  description: "The stored events that match every filter given, newest first, a page at a time: pass the answer's `nextCursor` as `cursor` for the next (older) page. Each parameter at most once; lists are comma-separated.",
  queryParameters: Object.fromEntries(Object.entries(eventQueryParameters).map(([name, schema]) => [name, schema.optional()])),
  responses: [
    { status: 200, description: "One page of events.", content: json(eventListResponseSchema), headers: requestIdHeader },
    error(400, "`invalid_query`: a parameter is unknown, repeated or invalid; the message names it."),
    ...adminRefusals,
    internalError,
  ],
  security: ["adminToken"],
};

const getEventRoute: HttpApiRoute = {
  operationId: "getEvent",
  method: "get",
  path: "/events/{id}",
  tag: "events",
  summary: "Show one stored event",
  description: "One stored event with its normalized event (or, quarantined, its issues and decoded body), headers without secrets, and every delivery.",
  pathParameters: { id: z.string().min(1).describe("The receiver's id of the event, or its eventId.") },
  queryParameters: { raw: rawParameterSchema.optional() },
  responses: [
    { status: 200, description: "The event.", content: json(eventDetailSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no stored event has this id or eventId."),
    internalError,
  ],
  security: ["adminToken"],
};

const deliveryId = { id: z.string().regex(/^\d+$/).describe("The delivery's id.") };

const listDeliveriesRoute: HttpApiRoute = {
  operationId: "listDeliveries",
  method: "get",
  path: "/deliveries",
  tag: "deliveries",
  summary: "List outbound deliveries, newest first",
  description:
    "The fan-out queue: one delivery per message and target (HTTP endpoint or `nats`), with its state, attempts and last error, newest first, a page at a time (pass `nextCursor` as `cursor`). Each parameter at most once; lists are comma-separated.",
  queryParameters: Object.fromEntries(Object.entries(deliveryQueryParameters).map(([name, schema]) => [name, schema.optional()])),
  responses: [
    { status: 200, description: "One page of deliveries.", content: json(deliveryListResponseSchema), headers: requestIdHeader },
    error(400, "`invalid_query`: a parameter is unknown, repeated or invalid; the message names it."),
    ...adminRefusals,
    internalError,
  ],
  security: ["adminToken"],
};

const getDeliveryRoute: HttpApiRoute = {
  operationId: "getDelivery",
  method: "get",
  path: "/deliveries/{id}",
  tag: "deliveries",
  summary: "Show one outbound delivery with every attempt",
  description: "One delivery and its attempt log: each attempt's worker, start, duration, HTTP status and error.",
  pathParameters: deliveryId,
  responses: [
    { status: 200, description: "The delivery.", content: json(deliveryDetailSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no delivery has this id."),
    internalError,
  ],
  security: ["adminToken"],
};

const retryDeliveryRoute: HttpApiRoute = {
  operationId: "retryDelivery",
  method: "post",
  path: "/deliveries/{id}/retry",
  tag: "deliveries",
  summary: "Retry a dead-lettered delivery",
  description: "A dead (or waiting) delivery is attempted now, with a fresh round of the retry schedule. Same message, same `webhook-id`.",
  pathParameters: deliveryId,
  responses: [
    { status: 202, description: "Queued: the delivery, pending.", content: json(outboundDeliverySchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no delivery has this id."),
    error(409, "`already_delivered`: the target accepted it already (redeliver the event to send it again)."),
    internalError,
  ],
  security: ["adminToken"],
};

const redeliverEventRoute: HttpApiRoute = {
  operationId: "redeliverEvent",
  method: "post",
  path: "/events/{id}/redeliver",
  tag: "deliveries",
  summary: "Send a stored event again",
  description:
    "Queues the event again for every target that takes its type, whatever `KYC_OUTBOUND_EVENTS` says (an event that was not queued when it arrived is queued now, with outcome `redelivered`). The message keeps its id, so consumers and JetStream can tell it is the same.",
  pathParameters: { id: z.string().min(1).describe("The receiver's id of the event, or its eventId.") },
  responses: [
    { status: 202, description: "Queued.", content: json(redeliverResponseSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the id is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no stored event has this id or eventId."),
    error(409, "`quarantined`: the event has no normalized event to send; or `no_outbound_targets`: no target takes its type."),
    internalError,
  ],
  security: ["adminToken"],
};

const healthRoute: HttpApiRoute = {
  operationId: "getHealth",
  method: "get",
  path: "/healthz",
  tag: "operations",
  summary: "Liveness",
  description: "Answers while the process runs (for a liveness probe). Needs no token.",
  responses: [{ status: 200, description: "The process runs.", content: json(healthSchema) }],
  security: [],
};

const readinessRoute: HttpApiRoute = {
  operationId: "getReadiness",
  method: "get",
  path: "/readyz",
  tag: "operations",
  summary: "Readiness",
  description: "Whether the receiver takes callbacks now: the database answers and it is not shutting down (for a readiness probe or a load balancer). Needs no token.",
  responses: [
    { status: 200, description: "Ready.", content: json(readySchema) },
    { status: 503, description: "Not ready: shutting down, or the database does not answer.", content: json(notReadySchema) },
  ],
  security: [],
};

const metricsRoute: HttpApiRoute = {
  operationId: "getMetrics",
  method: "get",
  path: "/metrics",
  tag: "operations",
  summary: "Prometheus metrics",
  description:
    "Counters of received, stored, duplicate, quarantined and refused callbacks per provider (refused also per reason), OAuth2 tokens per outcome, and the request duration histogram per provider and outcome; for the fan-out, the outbox queue depth per state, delivery attempts per endpoint and outcome, failures and dead letters per endpoint, and histograms of attempt duration and of delivery latency (queued to accepted). Needs no token and holds no request data.",
  responses: [{ status: 200, description: "The metrics.", content: { contentType: "text/plain", schema: metricsSchema } }],
  security: [],
};

/** The receiver's HTTP API, for @kyc-webhooks/spec (receiver-openapi.json). */
export const receiverApi: HttpApiDescription = {
  title: "kyc-webhooks receiver",
  version: "1.0.0",
  description: [
    "The HTTP API of the kyc-webhooks receiver (`@kyc-webhooks/receiver`): the callback URLs the providers call, the Ondato OAuth2 token endpoint,",
    "the events and verifications APIs (stored events and the current state per verification, with the admin token) and the operations endpoints. Mounted under a path prefix (`basePath`), every path moves with it.",
    "",
    "Answers carry `X-Request-Id` (the caller's, when valid, else a new UUID) and `Cache-Control: no-store`. Errors are `ApiError` bodies with a stable `error` code.",
    "Objects are described open (fields may be added in later revisions); the receiver's own tests hold its answers to the closed form.",
  ].join("\n"),
  servers: [{ url: "http://127.0.0.1:8080", description: "The receiver's default address (KYC_HOST, KYC_PORT); a deployment has its own." }],
  tags: [
    { name: "callbacks", description: "The URLs the providers call: one per provider, and Ondato's token endpoint." },
    { name: "events", description: "The stored events, for your services and the `kyc-webhooks events` command. Send `Authorization: Bearer <KYC_ADMIN_TOKEN>`." },
    { name: "deliveries", description: "The fan-out: outbound deliveries of stored events to HTTP endpoints (Standard Webhooks) and NATS JetStream, and their manual retry. Admin token." },
    {
      name: "verifications",
      description: "The current state of every verification (provider + reference) and its history, for your services and the `kyc-webhooks status` command. Send `Authorization: Bearer <KYC_ADMIN_TOKEN>`.",
    },
    { name: "operations", description: "Health, readiness and metrics, for the platform that runs the receiver." },
  ],
  routes: [
    ...providerNames.map(callbackRoute),
    tokenRoute,
    listEventsRoute,
    getEventRoute,
    redeliverEventRoute,
    listDeliveriesRoute,
    getDeliveryRoute,
    retryDeliveryRoute,
    listVerificationsRoute,
    getVerificationRoute,
    purgeVerificationRoute,
    rekeyRoute,
    healthRoute,
    readinessRoute,
    metricsRoute,
  ],
  schemas: {
    ApiError: apiErrorSchema,
    CallbackAck: callbackAckSchema,
    DeliveryRecord: deliveryRecordSchema,
    DeliveryDetail: deliveryDetailSchema,
    DeliveryListResponse: deliveryListResponseSchema,
    OutboundAttempt: outboundAttemptSchema,
    OutboundDelivery: outboundDeliverySchema,
    OutboundMessage: outboundMessageSchema,
    RedeliverResponse: redeliverResponseSchema,
    PurgeResponse: purgeResponseSchema,
    RekeyResponse: rekeyResponseSchema,
    EventDetail: eventDetailSchema,
    EventListResponse: eventListResponseSchema,
    EventSummary: eventSummarySchema,
    Health: healthSchema,
    Issue: issueSchema,
    Metrics: metricsSchema,
    NormalizedEvent: normalizedEventSchema,
    NotReady: notReadySchema,
    OAuthError: oauthErrorSchema,
    RawBody: rawBodySchema,
    Ready: readySchema,
    Warning: warningSchema,
    TokenRequest: tokenRequestSchema,
    TokenResponse: tokenResponseSchema,
    VerificationDetail: verificationDetailSchema,
    VerificationEvent: verificationEventRefSchema,
    VerificationHistoryEntry: verificationHistoryEntrySchema,
    VerificationListResponse: verificationListResponseSchema,
    VerificationSummary: verificationSummarySchema,
  },
  securitySchemes: {
    adminToken: { type: "http", scheme: "bearer", description: "The receiver's admin token, `KYC_ADMIN_TOKEN` (at least 16 characters). Without it configured, the events API answers 403." },
    jumioBasic: {
      type: "http",
      scheme: "basic",
      description: "Optional HTTP Basic for Jumio callbacks (`KYC_JUMIO_USERNAME`/`KYC_JUMIO_PASSWORD`, the user:password in the callback URL), on top of the callback IP allowlist.",
    },
    shuftiSignature: { type: "apiKey", in: "header", name: "Signature", description: "Shufti's v2 signature: sha256hex(rawBody + sha256hex(secretKey)), lower-case hex." },
    shuftiSpSignature: { type: "apiKey", in: "header", name: "sp_signature", description: "Shufti's v1 signature (2019 rule, Travel Rule callbacks): sha256hex(rawBody + secretKey), lower-case hex." },
    ondatoBasic: { type: "http", scheme: "basic", description: "Ondato's webhook authentication flow \"basic\": `KYC_ONDATO_USERNAME`/`KYC_ONDATO_PASSWORD`." },
    ondatoOAuth2: {
      type: "oauth2",
      tokenUrl: "/webhooks/ondato/token",
      description: "Ondato's webhook authentication flow \"oAuth2\": a Bearer token from this receiver's token endpoint (client credentials `KYC_ONDATO_CLIENT_ID`/`KYC_ONDATO_CLIENT_SECRET`).",
    },
    ondatoClientBasic: {
      type: "http",
      scheme: "basic",
      description: "Client authentication at the token endpoint: client id and secret, form-urlencoded, as HTTP Basic (RFC 6749 section 2.3.1); or client_id/client_secret in the form instead.",
    },
    netkiBasic: { type: "http", scheme: "basic", description: "Netki's callback_authentication_scheme basic: `KYC_NETKI_USERNAME`/`KYC_NETKI_PASSWORD`. None under `KYC_NETKI_AUTH=noauth`." },
  },
};
