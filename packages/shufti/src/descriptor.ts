import type { ProviderDescriptor, WebhookDescriptor } from "@kyc-webhooks/core";
import { additionalDataSchema, documentProofSchema } from "./additional-data.js";
import { callbackCountrySchema } from "./country.js";
import { errorDetailSchema, errorSchema } from "./error.js";
import { callbackKinds, callbackSchema, callbackSchemas } from "./callbacks/index.js";
import type { CallbackKind } from "./callbacks/index.js";
import { requestInvalidSchema } from "./callbacks/request-invalid.js";
import { requestUnauthorizedSchema } from "./callbacks/request-unauthorized.js";
import { agentSchema, geolocationSchema, infoSchema } from "./info.js";
import { verificationRequestDocumentSchema, verificationRequestSchema } from "./api/verification-request.js";
import { addressDataSchema, documentDataSchema, nameSchema, verificationDataSchema } from "./verification-data.js";
import { addressResultSchema, documentResultSchema, verificationResultSchema, verificationResultValueSchema } from "./verification-result.js";

export const provider = "shufti" as const;

const seed = "Shufti Pro, “Response Events”, https://shuftipro.com/help-center/response-events";
const legacySource = "shuftipro/RESTful-API-v1.3 status_codes.md @58ca73d (captured Shufti Pro callbacks in integrators' public code)";

const summaries: Record<CallbackKind, { summary: string; source: string }> = {
  "request.pending": { summary: "Verification link generated, user has not finished", source: seed },
  "request.invalid": { summary: "Request parameters are not of the correct format", source: seed },
  "verification.cancelled": { summary: "End-user did not agree to the terms and conditions", source: seed },
  "request.timeout": { summary: "Verification not performed within the time limit", source: seed },
  "request.unauthorized": { summary: "Authorization keys are missing or invalid", source: seed },
  "verification.accepted": { summary: "Verification accepted", source: seed },
  "verification.declined": { summary: "Verification declined", source: seed },
  "verification.status.changed": { summary: "Status changed in the back office (fetch the new status)", source: seed },
  "request.deleted": { summary: "Verification data deleted", source: seed },
  "request.received": { summary: "Off-site request received and under processing", source: seed },
  "review.pending": { summary: "Awaiting manual review (not in the provider document)", source: "captured Shufti Pro callbacks in integrators' public code (asciisd/kyc-shuftipro ShuftiProDriver.php)" },
  "request.cancelled": { summary: "Legacy name of verification.cancelled", source: legacySource },
};

/**
 * Shufti counts a callback as delivered on any 2xx and retries otherwise (Shufti Pro's signature documentation, https://developers.shuftipro.com: support
 * article "How can I get webhook responses", developers.shuftipro.com callback logs).
 */
const response = {
  status: 200,
  description: "200 OK. Shufti treats 2xx as delivered; any other status (400, 500, …) makes it retry. Store the body before validating it.",
} as const;

const webhooks: WebhookDescriptor[] = callbackKinds.map((kind) => ({
  kind,
  summary: summaries[kind].summary,
  description: callbackSchemas[kind].description ?? kind,
  contentType: "application/json",
  schema: callbackSchemas[kind],
  security: ["shuftiSignature", "shuftiSpSignature"],
  response,
  source: summaries[kind].source,
}));

export const descriptor: ProviderDescriptor = {
  provider,
  title: "Shufti Pro",
  servers: [{ url: "https://api.shuftipro.com", description: "Shufti Pro verification API" }],
  webhooks,
  operations: [
    {
      operationId: "createVerification",
      method: "post",
      path: "/",
      summary: "Create a verification request",
      description:
        "Starts a verification. If `callback_url` is given, Shufti sends each change of the verification's status to it. The HTTP response is an event payload, like the callbacks.",
      requestSchema: verificationRequestSchema,
      requestContentType: "application/json",
      responses: [
        { status: 200, description: "An event payload (request.pending for on-site, verification.accepted / verification.declined / request.received for off-site).", schema: callbackSchema },
        { status: 400, description: "Bad request: one or more parameters are invalid or missing (request.invalid).", schema: requestInvalidSchema },
        { status: 401, description: "Unauthorized: authorization keys are missing or invalid (request.unauthorized).", schema: requestUnauthorizedSchema },
      ],
      security: ["shuftiBasicAuth"],
      source: seed,
    },
  ],
  objects: {
    VerificationRequest: verificationRequestSchema,
    VerificationRequestDocument: verificationRequestDocumentSchema,
    Error: errorSchema,
    ErrorDetail: errorDetailSchema,
    Country: callbackCountrySchema,
    VerificationResult: verificationResultSchema,
    VerificationResultValue: verificationResultValueSchema,
    DocumentResult: documentResultSchema,
    AddressResult: addressResultSchema,
    VerificationData: verificationDataSchema,
    DocumentData: documentDataSchema,
    AddressData: addressDataSchema,
    Name: nameSchema,
    Info: infoSchema,
    Agent: agentSchema,
    Geolocation: geolocationSchema,
    AdditionalData: additionalDataSchema,
    DocumentProof: documentProofSchema,
  },
  securitySchemes: {
    shuftiSignature: {
      type: "apiKey",
      in: "header",
      name: "Signature",
      description:
        "sha256hex(rawBody + sha256hex(secretKey)) over the raw body, lower-case hex (current rule). Verify with verifySignature(); never over re-serialised JSON.",
    },
    shuftiSpSignature: {
      type: "apiKey",
      in: "header",
      name: "sp_signature",
      description: "sha256hex(rawBody + secretKey) over the raw body, lower-case hex (2019 rule, still sent by Travel Rule callbacks).",
    },
    shuftiBasicAuth: {
      type: "http",
      scheme: "basic",
      description: "Client ID as username and secret key as password, for requests to Shufti's API.",
    },
  },
};
