import * as z from "zod";
import type { OperationDescriptor, ProviderDescriptor } from "@kyc-webhooks/core";
import { apiErrorSchema } from "./api/common.js";
import { businessConfigListSchema, businessConfigSchema, businessConfigUpdateRequestSchema, callbackCredentialsSchema } from "./api/business-config.js";
import { getCallbacksEmptySchema, getCallbacksListSchema, getCallbacksResponseSchema, makeCallbackResponseSchema, restartCallbacksResponseSchema } from "./api/callbacks.js";
import { tokenAuthRequestSchema, tokenAuthResponseSchema } from "./api/token-auth.js";
import { businessCallbackSchema, businessSchema } from "./callbacks/business.js";
import { netkiErrorSchema } from "./callbacks/common.js";
import {
  accessCodeSchema,
  accreditedInvestorStatusSchema,
  identityAddressSchema,
  identityDataListingSchema,
  identityDataSourceSchema,
  identityDocumentSchema,
  identityEmailSchema,
  identityJsonObjectSchema,
  identityMediaReferenceSchema,
  identityPhoneNumberSchema,
  listingTypeSchema,
  transactionIdentitySchema,
} from "./callbacks/identity.js";
import { callbackRecordSchema, transactionCallbackSchema, transactionMetadataSchema, transactionNoteSchema, transactionSchema } from "./callbacks/transaction.js";

/** The provider's name, as every package of kyc-webhooks spells it. */
export const provider = "netki" as const;

const seed = "Netki MyVerify, “Transaction Callbacks”, https://github.com/netkicorp/netkidocs (Netki MyVerify: transaction callbacks)";
const uuidParameter = (description: string) => z.guid().describe(description);
const unauthorized = { status: 401, description: "Missing, expired or invalid access token (not_authenticated / token_not_valid).", schema: apiErrorSchema };

const operations: readonly OperationDescriptor[] = [
  {
    operationId: "tokenAuth",
    method: "post",
    path: "/api/token-auth/",
    summary: "Log in and get an access token",
    description: "Exchanges the API username and password for a JWT pair; send the access token as `Authorization: Bearer <access>`.",
    requestSchema: tokenAuthRequestSchema,
    requestContentType: "application/json",
    responses: [
      { status: 200, description: "The token pair.", schema: tokenAuthResponseSchema },
      { status: 401, description: "Username or password is incorrect (no_active_account).", schema: apiErrorSchema },
    ],
    security: [],
    source: seed,
  },
  {
    operationId: "getBusinessConfig",
    method: "get",
    path: "/api/business/businesses/{business_id}/config/",
    summary: "Read the callback configuration",
    description: "Lists the business's callback configuration. callback_credentials is write-only and never shown.",
    pathParameters: { business_id: uuidParameter("Your business ID (see the Access Codes Lookup HowTo).") },
    responses: [{ status: 200, description: "The configuration, in a paginated list.", schema: businessConfigListSchema }, unauthorized],
    security: ["netkiBearer"],
    source: seed,
  },
  {
    operationId: "updateBusinessConfig",
    method: "put",
    path: "/api/business/businesses/{business_id}/config/{config_id}/",
    summary: "Update the callback configuration",
    description:
      "Updates any of the configuration's fields, and the write-only callback_credentials. The provider document's example sends a boolean as a string (\"false\"), which Netki accepts. The provider document's example URL repeats the config id in place of the business id.",
    pathParameters: {
      business_id: uuidParameter("Your business ID."),
      config_id: uuidParameter("The id of the configuration object (from getBusinessConfig)."),
    },
    requestSchema: businessConfigUpdateRequestSchema,
    requestContentType: "application/json",
    responses: [
      { status: 200, description: "The updated configuration (not shown in the provider document).", schema: businessConfigSchema },
      { status: 400, description: "A field was invalid." },
      unauthorized,
    ],
    security: ["netkiBearer"],
    source: seed,
  },
  {
    operationId: "makeCallback",
    method: "post",
    path: "/api/transactions/{transaction_id}/make-callback/",
    summary: "Schedule a callback for a transaction",
    description: "Schedules a callback of the transaction's current result on Netki's back end; useful to test your receiver and get sample data.",
    pathParameters: { transaction_id: uuidParameter("The transaction ID (shown at the top of the transaction in the dashboard).") },
    responses: [{ status: 200, description: "The callback was scheduled.", schema: makeCallbackResponseSchema }, unauthorized],
    security: ["netkiBearer"],
    source: seed,
  },
  {
    operationId: "getCallbacks",
    method: "get",
    path: "/api/transactions/{transaction_id}/get-callbacks/",
    summary: "List the callbacks of a transaction",
    description: "The callbacks Netki made for a transaction, with your endpoint's response in response_raw: the first place to troubleshoot.",
    pathParameters: { transaction_id: uuidParameter("The transaction ID.") },
    responses: [{ status: 200, description: "The transaction's callbacks.", schema: getCallbacksResponseSchema }, unauthorized],
    security: ["netkiBearer"],
    source: seed,
  },
  {
    operationId: "restartCallbacks",
    method: "post",
    path: "/api/transactions/restart-callbacks/",
    summary: "Send the paused callbacks",
    description: "Queues every paused callback again. Unpausing the configuration alone does not. Netki MyVerify, “Transaction Callbacks” uses POST.",
    responses: [{ status: 200, description: "The paused callbacks were queued (200 even when nothing was paused).", schema: restartCallbacksResponseSchema }, unauthorized],
    security: ["netkiBearer"],
    source: seed,
  },
  {
    operationId: "restartCallbacksPut",
    method: "put",
    path: "/api/transactions/restart-callbacks/",
    summary: "Send the paused callbacks (PUT)",
    description: "The same operation as Netki's later documentation shows it, with PUT (Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md).",
    responses: [{ status: 200, description: "The paused callbacks were queued (200 even when nothing was paused).", schema: restartCallbacksResponseSchema }, unauthorized],
    security: ["netkiBearer"],
    source: "netkicorp/netkidocs api/callbacks2.md @b7a3f2e (Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md)",
  },
];

const callbackResponse = {
  status: 200,
  description:
    "Answer exactly the configured callback_expected_status (default 200): any other status, even another 2xx, is a failed attempt, retried after ~30 min then doubling, up to callback_retry_limit attempts, after which Netki pauses all callbacks of the business.",
};

export const descriptor: ProviderDescriptor = {
  provider,
  title: "Netki (MyVerify) callbacks and callback management API",
  servers: [{ url: "https://kyc.myverify.info", description: "Netki MyVerify API" }],
  webhooks: [
    {
      kind: "transaction",
      summary: "Transaction result",
      description:
        "Sent when a user completes the KYC flow and the transaction is processed (whatever the outcome), when its state changes (hold to completed/failed/restarted), when an Accredited Investor document is uploaded, when the Verified Investor workflow finishes, when an eForm is completed after KYC, and when a user is added via the Business On-Boarding Form. The body is { identity: <transaction> }.",
      contentType: "application/json",
      schema: transactionCallbackSchema,
      security: ["netkiCallbackBasic"],
      response: callbackResponse,
      source: seed,
    },
    {
      kind: "business",
      summary: "Business (KYB) status",
      description: "Sent for business onboarding (KYB): { business: { parent_business, status, name } } with status open, hold, accepted or rejected.",
      contentType: "application/json",
      schema: businessCallbackSchema,
      security: ["netkiCallbackBasic"],
      response: callbackResponse,
      source: "PolymeshAssociation/cdd-onboarding apps/cdd-backend/src/netki (Netki's later documentation, https://github.com/netkicorp/netkidocs)",
    },
  ],
  operations,
  objects: {
    Transaction: transactionSchema,
    TransactionIdentity: transactionIdentitySchema,
    TransactionMetadata: transactionMetadataSchema,
    IdentityEmail: identityEmailSchema,
    IdentityPhoneNumber: identityPhoneNumberSchema,
    IdentityAddress: identityAddressSchema,
    IdentityDocument: identityDocumentSchema,
    IdentityDataSource: identityDataSourceSchema,
    IdentityDataListing: identityDataListingSchema,
    ListingType: listingTypeSchema,
    IdentityMediaReference: identityMediaReferenceSchema,
    AccessCode: accessCodeSchema,
    AccreditedInvestorStatus: accreditedInvestorStatusSchema,
    IdentityJsonObject: identityJsonObjectSchema,
    NetkiError: netkiErrorSchema,
    CallbackRecord: callbackRecordSchema,
    TransactionNote: transactionNoteSchema,
    Business: businessSchema,
    TokenAuthRequest: tokenAuthRequestSchema,
    TokenAuthResponse: tokenAuthResponseSchema,
    BusinessConfig: businessConfigSchema,
    BusinessConfigList: businessConfigListSchema,
    BusinessConfigUpdateRequest: businessConfigUpdateRequestSchema,
    CallbackCredentials: callbackCredentialsSchema,
    MakeCallbackResponse: makeCallbackResponseSchema,
    GetCallbacksResponse: getCallbacksResponseSchema,
    GetCallbacksList: getCallbacksListSchema,
    GetCallbacksEmpty: getCallbacksEmptySchema,
    RestartCallbacksResponse: restartCallbacksResponseSchema,
    ApiError: apiErrorSchema,
  },
  securitySchemes: {
    netkiBearer: { type: "http", scheme: "bearer", description: "The access JWT from POST /api/token-auth/, sent to the Netki API." },
    netkiCallbackBasic: {
      type: "http",
      scheme: "basic",
      description:
        "Netki's callback_authentication_scheme basic: HTTP Basic with the callback_credentials you configured (check with verifyNetkiBasicAuth). Under noauth Netki sends no credentials.",
    },
  },
};
