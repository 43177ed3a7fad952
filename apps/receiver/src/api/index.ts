export {
  apiErrorSchema,
  callbackAckSchema,
  deliveryRecordSchema,
  eventDetailSchema,
  eventListResponseSchema,
  eventQueryParameters,
  eventQuerySchema,
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
export type { ApiError, CallbackAck, DeliveryRecord, EventDetail, EventListResponse, EventQuery, EventSummary, ReadonlyShape } from "./schemas.js";
export {
  verificationDetailSchema,
  verificationEventRefSchema,
  verificationHistoryEntrySchema,
  verificationListResponseSchema,
  verificationOutcomeSchema,
  verificationQueryParameters,
  verificationQuerySchema,
  verificationSummarySchema,
} from "./verification-schemas.js";
export type { VerificationDetail, VerificationListResponse, VerificationQuery, VerificationSummary } from "./verification-schemas.js";
export { oauthErrorSchema, receiverApi, tokenRequestSchema } from "./routes.js";
export {
  deliveryDetailSchema,
  deliveryListResponseSchema,
  deliveryQueryParameters,
  deliveryQuerySchema,
  outboundAttemptSchema,
  outboundDeliverySchema,
  outboundMessageSchema,
  redeliverResponseSchema,
} from "./deliveries.js";
export type { DeliveryDetail, DeliveryListResponse, OutboundDeliveryBody, RedeliverResponse } from "./deliveries.js";
export type { HttpApiContent, HttpApiDescription, HttpApiResponse, HttpApiRoute } from "./http-api.js";
export { callbackContentTypes } from "./content-types.js";
