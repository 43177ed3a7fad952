import { callbackRoutes } from "./routes/callbacks.js";
import { deliveryRoutes } from "./routes/deliveries.js";
import { eventRoutes } from "./routes/events.js";
import { healthRoutes } from "./routes/health.js";
import { metricsRoute } from "./routes/metrics.js";
import { ondatoTokenRoute } from "./routes/ondato-token.js";
import { openApiRoute } from "./routes/openapi.js";
import { verificationRoutes } from "./routes/verifications.js";
import { personalDataRoutes } from "./routes/personal-data.js";
import { receiverExamples } from "./examples.js";
import { componentsOf } from "./route.js";
import type { ReceiverApiDescription, ReceiverRoute } from "./route.js";

/** Every route of the receiver, each declared once in routes/ (one file per group). */
export const receiverRoutes: readonly ReceiverRoute[] = [
  ...callbackRoutes,
  ondatoTokenRoute,
  ...eventRoutes,
  ...deliveryRoutes,
  ...verificationRoutes,
  ...personalDataRoutes,
  ...healthRoutes,
  metricsRoute,
  openApiRoute,
];

/**
 * The receiver's HTTP API for a route table: the words around the routes, the components their schemas
 * name, and the security schemes they refer to. A route added to the table reaches the document from here.
 */
export function describeReceiverApi(routes: readonly ReceiverRoute[]): ReceiverApiDescription {
  let examples: Record<string, unknown[]> | undefined;
  return {
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
    routes,
    schemas: componentsOf(routes),
    // Made when the document is (GET /openapi.json, pnpm generate), not when the receiver starts.
    get examples() {
      return (examples ??= receiverExamples(routes));
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
}

/** The receiver's HTTP API: for its router, GET /openapi.json, and @kyc-webhooks/spec (receiver-openapi.json). */
export const receiverApi: ReceiverApiDescription = describeReceiverApi(receiverRoutes);
