import type { ProviderDescriptor } from "@kyc-webhooks/core";
import { additionalChecksSchema, watchListScreeningSchema } from "./callbacks/additional-checks.js";
import { euAddressSchema, idAddressSchema, rawAddressSchema, usAddressSchema } from "./callbacks/address.js";
import { authenticationCallbackSchema } from "./callbacks/authentication.js";
import { dlCategorySchema } from "./callbacks/dl-categories.js";
import { documentSchema, documentTransactionSchema, documentVerificationCallbackSchema, extractedAddressSchema, extractedDataSchema } from "./callbacks/document-verification.js";
import { identityVerificationSchema } from "./callbacks/identity-verification.js";
import { netverifyIdCallbackSchema } from "./callbacks/netverify-id.js";
import { fraudRejectReasonSchema, notReadableRejectReasonSchema, rejectReasonDetailSchema, rejectReasonSchema } from "./callbacks/reject-reason.js";
import { accountSchema, workflowExecutionCallbackSchema, workflowExecutionSchema } from "./callbacks/workflow-execution.js";
import { jsonFields, maybeJsonFields, repeatedKeyRule } from "./form.js";
import { FORM_MEDIA_TYPE, JSON_MEDIA_TYPE } from "./detect.js";

export const provider = "jumio" as const;

const SEED_NEWER = "Jumio, “Callback” (newer edition), https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md";
const SEED_OLDER = "Jumio, “Callback” (older edition), https://github.com/Jumio/implementation-guides/commits/master/netverify/callback.md";

/**
 * Jumio signs no callback and documents no credentials: authentication is the source address (see
 * `isJumioCallbackIp`), which OpenAPI cannot express as a security scheme, so `security` is empty and
 * each description says so. The expected answer is "200 OK", before any validation (Jumio's callback documentation on IP lists and responses, https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md).
 */
const AUTH_NOTE = " Jumio signs no callback: check the source address against Jumio's callback IP allowlists (isJumioCallbackIp).";
const response = {
  status: 200,
  description: "200 OK. \"Once Jumio has sent the callback, save it on your side and send us a response of 200 OK. Any validation of the content should be done afterwards.\"",
} as const;

export const descriptor: ProviderDescriptor = {
  provider,
  title: "Jumio",
  webhooks: [
    {
      kind: "NETVERIFYID",
      summary: "ID verification result (Netverify)",
      description: `HTTP POST to your callback URL with the ID verification result, as application/x-www-form-urlencoded; some fields hold JSON. Both editions of the document.${AUTH_NOTE}`,
      contentType: FORM_MEDIA_TYPE,
      schema: netverifyIdCallbackSchema,
      jsonFields: jsonFields.NETVERIFYID,
      repeatedKeys: repeatedKeyRule,
      security: [],
      response,
      source: `${SEED_NEWER} (Callback for Netverify); ${SEED_OLDER} (Callback for Netverify)`,
    },
    {
      kind: "NETVERIFY_AUTHENTICATION",
      summary: "Authentication result",
      description: `HTTP POST to your callback URL with the result of an Authentication transaction (a selfie against an enrolled ID), as application/x-www-form-urlencoded.${AUTH_NOTE}`,
      contentType: FORM_MEDIA_TYPE,
      schema: authenticationCallbackSchema,
      jsonFields: jsonFields.NETVERIFY_AUTHENTICATION,
      maybeJsonFields: maybeJsonFields.NETVERIFY_AUTHENTICATION,
      repeatedKeys: repeatedKeyRule,
      security: [],
      response,
      source: `${SEED_NEWER} (Callback for Authentication)`,
    },
    {
      kind: "DOCUMENT_VERIFICATION",
      summary: "Document Verification result (formerly Netverify Multi Document)",
      description: `HTTP POST to your callback URL with the Document Verification result, as application/x-www-form-urlencoded with JSON in transaction and document. It has no callBackType.${AUTH_NOTE}`,
      contentType: FORM_MEDIA_TYPE,
      schema: documentVerificationCallbackSchema,
      jsonFields: jsonFields.DOCUMENT_VERIFICATION,
      repeatedKeys: repeatedKeyRule,
      security: [],
      response,
      source: `${SEED_NEWER} (Callback for Document Verification); ${SEED_OLDER} (Callback for Netverify Multi Document)`,
    },
    {
      kind: "WORKFLOW_EXECUTION",
      summary: "Workflow execution state (Jumio platform)",
      description: `Jumio's current platform posts a small JSON body without personal data when a workflow execution is PROCESSED or expired; fetch the result from the Retrieval API.${AUTH_NOTE}`,
      contentType: JSON_MEDIA_TYPE,
      schema: workflowExecutionCallbackSchema,
      security: [],
      response,
      source: "docs.jumio.com/production/Content/Integration/Callback.htm (not in the provider documents; Jumio's platform callback documentation, https://docs.jumio.com/production/Content/Integration/Callback.htm)",
    },
  ],
  // The provider documents show no API operation for these callbacks (retrieval and delete APIs are only linked).
  operations: [],
  objects: {
    JumioUsAddress: usAddressSchema,
    JumioEuAddress: euAddressSchema,
    JumioRawAddress: rawAddressSchema,
    JumioIdAddress: idAddressSchema,
    JumioRejectReason: rejectReasonSchema,
    JumioFraudRejectReason: fraudRejectReasonSchema,
    JumioNotReadableRejectReason: notReadableRejectReasonSchema,
    JumioRejectReasonDetail: rejectReasonDetailSchema,
    JumioIdentityVerification: identityVerificationSchema,
    JumioDlCategory: dlCategorySchema,
    JumioAdditionalChecks: additionalChecksSchema,
    JumioWatchListScreening: watchListScreeningSchema,
    JumioDocumentTransaction: documentTransactionSchema,
    JumioDocument: documentSchema,
    JumioExtractedData: extractedDataSchema,
    JumioExtractedAddress: extractedAddressSchema,
    JumioWorkflowExecution: workflowExecutionSchema,
    JumioAccount: accountSchema,
  },
  securitySchemes: {},
};
