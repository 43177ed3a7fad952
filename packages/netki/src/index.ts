export { provider } from "./descriptor.js";
export { createWebhooks } from "./webhooks.js";
export type { NetkiWebhooks, NetkiWebhooksOptions } from "./webhooks.js";

export { callbackKinds, callbackSchema, callbackSchemas, hasKind, isBusinessCallback, isTransactionCallback, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackKind, CallbackOfKind } from "./callbacks/index.js";
export { transactionCallbackSchema, transactionSchema, transactionMetadataSchema, callbackRecordSchema, transactionNoteSchema, transactionDeclinedReasonSchema, requiredFieldSchema } from "./callbacks/transaction.js";
export type { TransactionCallback, Transaction, TransactionMetadata, CallbackRecord, TransactionNote, TransactionDeclinedReason, RequiredField, TransactionState } from "./callbacks/transaction.js";
export {
  transactionIdentitySchema,
  identityEmailSchema,
  identityPhoneNumberSchema,
  identityAddressSchema,
  identityDocumentSchema,
  documentMimeTypeSchema,
  documentThumbnailSchema,
  identityDataSourceSchema,
  dataProviderSchema,
  amlSourceNoteSchema,
  identityDataListingSchema,
  listingTypeSchema,
  identityMediaReferenceSchema,
  accessCodeSchema,
  relatedAccessCodeSchema,
  accreditedInvestorStatusSchema,
  accreditedInvestorRawDataSchema,
  accreditationDocumentStatusSchema,
  identityJsonObjectSchema,
  declinedFeedbackTextSchema,
  geolocationPointSchema,
} from "./callbacks/identity.js";
export type {
  TransactionIdentity,
  IdentityEmail,
  IdentityPhoneNumber,
  IdentityAddress,
  IdentityDocument,
  IdentityDataSource,
  IdentityDataListing,
  ListingType,
  IdentityMediaReference,
  AccessCode,
  RelatedAccessCode,
  AccreditedInvestorStatus,
  AccreditedInvestorRawData,
  IdentityJsonObject,
} from "./callbacks/identity.js";
export { netkiErrorSchema, errorCodeSchema } from "./callbacks/common.js";
export { businessCallbackSchema, businessSchema } from "./callbacks/business.js";
export type { BusinessCallback, Business, BusinessStatus } from "./callbacks/business.js";
export { tokenAuthRequestSchema, tokenAuthResponseSchema } from "./api/token-auth.js";
export type { TokenAuthRequest, TokenAuthResponse } from "./api/token-auth.js";
export {
  businessConfigSchema,
  businessConfigListSchema,
  businessConfigUpdateRequestSchema,
  callbackCredentialsSchema,
  netkiBooleanInputSchema,
  netkiBoolean,
} from "./api/business-config.js";
export type { BusinessConfig, BusinessConfigList, BusinessConfigUpdateRequest, CallbackCredentials } from "./api/business-config.js";
export { getCallbacksEmptySchema, getCallbacksListSchema, getCallbacksResponseSchema, makeCallbackResponseSchema, restartCallbacksResponseSchema } from "./api/callbacks.js";
export type { MakeCallbackResponse, GetCallbacksResponse, RestartCallbacksResponse } from "./api/callbacks.js";
export { apiErrorSchema } from "./api/common.js";
export type { ApiError } from "./api/common.js";
export { safeParseCallback, parseCallback } from "./parse.js";
export { detect } from "./detect.js";
export type { ParseOptions } from "./detect.js";
export { verifyNetkiBasicAuth, parseCallbackCredentials, safeParseCallbackCredentials } from "./auth.js";
export type { CallbackCredentialsResult } from "./auth.js";
export {
  callbackReceiverConfigSchema,
  verifyNetkiCallback,
  callbackResponseStatus,
  isCallbackDelivered,
  callbackRetrySchedule,
  callbackAttempts,
  callbackDeliveryRules,
  defaultExpectedStatus,
  defaultRetryLimit,
} from "./callback-config.js";
export type { CallbackReceiverConfig, CallbackReceiverConfigInput } from "./callback-config.js";
export { callbackTriggers } from "./triggers.js";
export type { CallbackTrigger } from "./triggers.js";
export {
  transactionStates,
  transactionPhases,
  completedByValues,
  identityStates,
  documentStates,
  accreditedInvestorStatuses,
  accreditationDocumentStatuses,
  callbackRecordStates,
  businessStatuses,
  callbackAuthenticationSchemes,
  errorCategories,
  genders,
  investorTypes,
  requiredFieldDataTypes,
} from "./code-tables.js";
export { netkiDateSchema, netkiDecimal, netkiDecimalSchema, netkiTimestampSchema } from "./formats.js";
export { descriptor } from "./descriptor.js";
// The shared contract's types and error class, so that nothing needs @kyc-webhooks/core installed by hand.
export { CallbackParseError, formatIssues, formatPath } from "@kyc-webhooks/core";
export type {
  Fixture,
  Issue,
  SafeParseFailure,
  SafeParseResult,
  SafeParseSuccess,
  SimulatedDelivery,
  SimulateInput,
  SimulateOverrides,
  Strictness,
  Warning,
  WebhookAuthentication,
  WebhookFailure,
  WebhookRequest,
  WebhookResult,
  Webhooks,
  WebhooksStrictnessOption,
  WebhookStage,
  WebhookSuccess,
} from "@kyc-webhooks/core";
