export { describeReceiverApi, receiverApi, receiverRoutes } from "./receiver-api.js";
export { componentsOf } from "./route.js";
export type { ReceiverApiDescription, ReceiverRoute } from "./route.js";
export { callbackRoutes } from "./routes/callbacks.js";
export { deliveryRoutes, getDeliveryRoute, listDeliveriesRoute, redeliverEventRoute, retryDeliveryRoute } from "./routes/deliveries.js";
export { eventRoutes, getEventRoute, listEventsRoute } from "./routes/events.js";
export { healthRoute, healthRoutes, readinessRoute } from "./routes/health.js";
export { metricsRoute } from "./routes/metrics.js";
export { oauthErrorSchema, ondatoTokenRoute, tokenRequestSchema } from "./routes/ondato-token.js";
export { openApiRoute } from "./routes/openapi.js";
export { getVerificationRoute, listVerificationsRoute, verificationRoutes } from "./routes/verifications.js";
export { personalDataRoutes, purgeResponseSchema, purgeVerificationRoute, rekeyResponseSchema, rekeyRoute } from "./routes/personal-data.js";
export type { PurgeResponse, RekeyResponse } from "./routes/personal-data.js";
export { decodeCursor, defaultPageSize, encodeCursor, maxPageSize } from "./cursors.js";
export { decodeVerificationCursor, encodeVerificationCursor } from "./verification-cursor.js";
export type { VerificationCursor } from "./verification-cursor.js";
export { callbackContentTypes, providerDescriptors } from "./content-types.js";
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
  personalDataRemovedSchema,
  rawBodySchema,
  rawParameterSchema,
  readySchema,
  requestIdSchema,
  tombstoneSchema,
  warningSchema,
} from "./schemas.js";
export type { ApiError, CallbackAck, DeliveryRecord, EventDetail, EventListResponse, EventQuery, EventSummary, ReadonlyShape, Tombstone } from "./schemas.js";
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
export {
  deliveryDetailSchema,
  deliveryListResponseSchema,
  deliveryQueryParameters,
  deliveryQuerySchema,
  deliveryStates,
  outboundAttemptSchema,
  outboundDeliverySchema,
  outboundMessageSchema,
  redeliverResponseSchema,
} from "./deliveries.js";
export type { DeliveryDetail, DeliveryListResponse, DeliveryState, OutboundDeliveryBody, RedeliverResponse } from "./deliveries.js";
export type { HttpApiContent, HttpApiDescription, HttpApiResponse, HttpApiRoute } from "@kyc-webhooks/core";
// For declaring routes: a JSON body, an ApiError answer, the shared refusals and the X-Request-Id header.
export { adminRefusals, error as errorResponse, internalError, json as jsonContent, requestIdHeader } from "./responses.js";
