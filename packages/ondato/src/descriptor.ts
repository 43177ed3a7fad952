import type { OperationDescriptor, ProviderDescriptor, WebhookDescriptor } from "@kyc-webhooks/core";
import { ondatoWebhookDelivery } from "./delivery.js";
import { callbackSchemas } from "./callbacks/index.js";
import { formPayloadSchema, kybIdentificationPayloadSchema, webhookEnvelopeSchema } from "./callbacks/envelope.js";
import { webhookEvents } from "./callbacks/kinds.js";
import { ondatoIdSchema } from "./formats.js";
import {
  consentStepSchema,
  createIdentityVerificationRequestSchema,
  createIdentityVerificationResponseSchema,
  identityVerificationSchema,
  identityVerificationStepSchema,
} from "./api/identity-verification.js";
import { documentFileSchema, kycDocumentSchema, kycFaceSchema, kycIdentificationSchema, namedCheckSchema, ocrValidationSchema } from "./api/kyc-identification.js";
import { setupReferenceSchema } from "./api/setup.js";
import { tokenResponseSchema } from "./oauth2.js";

/** The provider's name, as every package of kyc-webhooks spells it. */
export const provider = "ondato" as const;

const seed = "Ondato, “IDV integration”, https://ondato.atlassian.net/wiki/pages/viewpage.action?pageId=2296578922";
const webhooksPage = "https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks";

const webhooks: WebhookDescriptor[] = webhookEvents.map((event) => ({
  kind: event.code,
  summary: event.code,
  description: `Webhook is triggered when: ${event.description}`,
  contentType: "application/json",
  schema: callbackSchemas[event.code],
  security: ["webhookBasic", "webhookBearer"],
  response: {
    status: 200,
    description: `Any 2xx within ${ondatoWebhookDelivery.responseTimeoutSeconds} s; otherwise Ondato retries with exponential backoff (up to ${ondatoWebhookDelivery.maxAttempts} attempts over about 24 h). Duplicates and out-of-order deliveries happen.`,
  },
  source: event.source.startsWith("Ondato, “IDV integration”") ? `${seed}; ${webhooksPage}` : webhooksPage,
}));

/**
 * Ondato's APIs take an OAuth 2.0 bearer token (`ondatoApi`); Ondato, “IDV integration” shows no error answer, but a bearer-token API
 * answers a missing, expired or invalid token with 401 (RFC 6750, section 3.1). Its body is not documented.
 */
const unauthorized = { status: 401, description: "Missing, expired or invalid access token (RFC 6750, section 3.1: invalid_token); Ondato documents no body." };

const operations: OperationDescriptor[] = [
  {
    operationId: "createIdentityVerification",
    method: "post",
    path: "/v1/identity-verifications",
    summary: "Create an identity verification (IDV API)",
    description: "Creates an identity verification from a setup; share https://idv.ondato.com/?id={id} with the customer (idvUrl).",
    requestSchema: createIdentityVerificationRequestSchema,
    requestContentType: "application/json",
    responses: [{ status: 200, description: "The identity verification was created (Ondato, “IDV integration” gives the body, no status code).", schema: createIdentityVerificationResponseSchema }, unauthorized],
    security: ["ondatoApi"],
    source: seed,
  },
  {
    operationId: "getIdentityVerification",
    method: "get",
    path: "/v1/identity-verifications/{id}",
    summary: "Get an identity verification (IDV API)",
    pathParameters: { id: ondatoIdSchema.describe("Identity verification ID.") },
    responses: [{ status: 200, description: "The identity verification.", schema: identityVerificationSchema }, unauthorized],
    security: ["ondatoApi"],
    source: seed,
  },
  {
    operationId: "getKycIdentification",
    method: "get",
    path: "/v1/identifications/{id}",
    summary: "Get a KYC identification (KYC Identification API)",
    description: "Served by the KYC Identification API, not the IDV API.",
    servers: [{ url: "https://kycid.ondato.com", description: "KYC Identification API, production (GET /v1/identifications/{id})" }],
    pathParameters: { id: ondatoIdSchema.describe("KYC identification ID (step.kycIdentification.id of the identity verification).") },
    responses: [{ status: 200, description: "The KYC identification.", schema: kycIdentificationSchema }, unauthorized],
    security: ["ondatoApi"],
    source: seed,
  },
];

/** Everything the spec generator and the docs need to know about Ondato. */
export const descriptor: ProviderDescriptor = {
  provider,
  title: "Ondato IDV and KYC identification",
  // Ondato, “IDV integration” names the "IDV API" and the "Kyc Identification API" without hosts. The hosts below are those
  // Ondato's Swagger links point at, as integrators configure them (boyrevue/api.boyvue.com
  // src/modules/auth/constants/ondato.ts; captured Ondato payloads in integrators' public code  cites the same repository).
  servers: [
    { url: "https://idvapi.ondato.com", description: "IDV API, production (create and get identity verifications)" },
    { url: "https://sandbox-idvapi.ondato.com", description: "IDV API, sandbox" },
    { url: "https://kycid.ondato.com", description: "KYC Identification API, production (GET /v1/identifications/{id})" },
  ],
  webhooks,
  operations,
  objects: {
    WebhookEnvelope: webhookEnvelopeSchema,
    CreateIdentityVerificationRequest: createIdentityVerificationRequestSchema,
    CreateIdentityVerificationResponse: createIdentityVerificationResponseSchema,
    IdentityVerification: identityVerificationSchema,
    IdentityVerificationStep: identityVerificationStepSchema,
    ConsentStep: consentStepSchema,
    SetupReference: setupReferenceSchema,
    KycIdentification: kycIdentificationSchema,
    KycDocument: kycDocumentSchema,
    DocumentFile: documentFileSchema,
    OcrValidation: ocrValidationSchema,
    NamedCheck: namedCheckSchema,
    KycFace: kycFaceSchema,
    KybIdentificationPayload: kybIdentificationPayloadSchema,
    FormPayload: formPayloadSchema,
    TokenResponse: tokenResponseSchema,
  },
  securitySchemes: {
    webhookBasic: {
      type: "http",
      scheme: "basic",
      description: "Webhook authentication flow \"basic\": the username and password you configured for the subscription. Check with verifyOndatoBasicAuth.",
    },
    webhookBearer: {
      type: "http",
      scheme: "bearer",
      description: "Webhook authentication flow \"oAuth2\": Ondato obtains a token from your tokenUrl with the client credentials grant (clientID, clientSecret) and sends it as a bearer token. Serve the token endpoint with respondToTokenRequest; check webhooks with verifyOndatoBearer.",
    },
    ondatoApi: {
      type: "oauth2",
      // Ondato's token endpoint for its APIs (client credentials), as integrators call it (see servers).
      tokenUrl: "https://id.ondato.com/connect/token",
      description: "Ondato's APIs take an access token from Ondato's identity server (client credentials; scopes idv_api, kyc_identifications_api). Sandbox: https://sandbox-id.ondato.com/connect/token.",
    },
  },
};
