export { provider, descriptor } from "./descriptor.js";
export { contentTypeOf, createWebhooks } from "./webhooks.js";
export type { JumioWebhooks, JumioWebhooksOptions } from "./webhooks.js";
export { callbackKinds, callbackSchema, callbackSchemas, hasKind, isCallbackKind, kindOf } from "./callbacks/index.js";
export type { Callback, CallbackKind, CallbackOfKind } from "./callbacks/index.js";
export {
  netverifyIdAnyStatusSchema,
  netverifyIdApprovedSchema,
  netverifyIdCallbackSchema,
  netverifyIdDeniedFraudSchema,
  netverifyIdNoIdUploadedSchema,
  netverifyIdNotReadableSchema,
  netverifyIdUnsupportedCountrySchema,
  netverifyIdUnsupportedTypeSchema,
} from "./callbacks/netverify-id.js";
export type { NetverifyIdApproved, NetverifyIdCallback, NetverifyIdDeniedFraud, NetverifyIdNotReadable, VerificationStatus } from "./callbacks/netverify-id.js";
export { authenticationCallbackSchema } from "./callbacks/authentication.js";
export type { AuthenticationCallback, AuthenticationResult } from "./callbacks/authentication.js";
export {
  documentSchema,
  documentTransactionSchema,
  documentVerificationCallbackSchema,
  extractedAddressSchema,
  extractedDataSchema,
} from "./callbacks/document-verification.js";
export type { DocumentTransaction, DocumentVerificationCallback, ExtractedData, JumioDocument } from "./callbacks/document-verification.js";
export { accountSchema, workflowExecutionCallbackSchema, workflowExecutionSchema } from "./callbacks/workflow-execution.js";
export type { WorkflowExecutionCallback, WorkflowExecutionStatus } from "./callbacks/workflow-execution.js";
export { addressFormat, euAddressSchema, idAddressSchema, rawAddressSchema, usAddressSchema } from "./callbacks/address.js";
export type { EuAddress, IdAddress, RawAddress, UsAddress } from "./callbacks/address.js";
export {
  fraudRejectReasonSchema,
  notReadableRejectReasonSchema,
  rejectReasonDetailList,
  rejectReasonDetailSchema,
  rejectReasonDetailsSchema,
  rejectReasonSchema,
} from "./callbacks/reject-reason.js";
export type { FraudRejectReason, NotReadableRejectReason, RejectReason, RejectReasonDetail } from "./callbacks/reject-reason.js";
export { identityVerificationSchema, jumioBoolean, jumioBooleanSchema } from "./callbacks/identity-verification.js";
export type { IdentityVerification } from "./callbacks/identity-verification.js";
export { dlCategoriesSchema, dlCategorySchema } from "./callbacks/dl-categories.js";
export type { DlCategory } from "./callbacks/dl-categories.js";
export { additionalChecksSchema, watchListScreeningSchema } from "./callbacks/additional-checks.js";
export type { AdditionalChecks } from "./callbacks/additional-checks.js";
export { livenessImagesSchema } from "./callbacks/liveness-images.js";
export { httpUrlSchema, jumioCountrySchema, jumioDateSchema, jumioReferenceSchema, jumioTimestampSchema, jumioUrlSchema } from "./fields.js";
export {
  authenticationResults,
  authenticationScanSources,
  documentStatuses,
  documentTransactionSources,
  documentTransactionStatuses,
  documentTypes,
  identityVerificationReasons,
  identityVerificationSimilarities,
  idScanSources,
  idSubtypes,
  idTypes,
  rejectReasonDetails,
  rejectReasons,
  verificationStatuses,
  workflowExecutionStatuses,
} from "./code-tables.js";
export type { JumioEdition } from "./code-tables.js";
export { decodeFormBody, formToObject, jsonFields } from "./form.js";
export type { FormCallbackKind, FormPair } from "./form.js";
export {
  allJumioCallbackIps,
  defaultJumioIpAllowlists,
  isJumioCallbackIp,
  jumioCallbackHostnames,
  jumioCallbackIpAllowlists,
  jumioCallbackIps,
} from "./auth.js";
export type { JumioCallbackIpOptions, JumioDataCenter, JumioIpAllowlist, JumioIpAllowlistId, JumioIpEdition } from "./auth.js";
export { callbackContentTypes, detect, FORM_MEDIA_TYPE, JSON_MEDIA_TYPE } from "./detect.js";
export type { ParseOptions } from "./detect.js";
export { decodeCallback, parseCallback, safeParseCallback } from "./parse.js";
export type { DecodeResult } from "./parse.js";
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
export {
  addressInOneFormat,
  callbackRules,
  documentFollowsStatus,
  faceMatchOnlyIfApproved,
  idChecksFollowStatus,
  idScanStatusFollowsStatus,
  idSubtypeOfIdType,
  identityVerificationOnlyIfApproved,
  isRealCalendarValue,
  realCalendarValues,
  rejectReasonDetailsOfCode,
  rejectReasonOfStatus,
  rejectReasonOnlyForRejections,
} from "./rules.js";
