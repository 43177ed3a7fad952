import * as z from "zod";
import { providerNameSchema } from "@kyc-webhooks/normalized";
import { adminRefusals, error, internalError, json, requestIdHeader } from "../responses.js";
import type { ReceiverRoute } from "../route.js";
import { apiErrorSchema, tombstoneSchema } from "../schemas.js";
import {
  verificationDetailSchema,
  verificationEventRefSchema,
  verificationHistoryEntrySchema,
  verificationListResponseSchema,
  verificationQueryParameters,
  verificationQuerySchema,
  verificationSummarySchema,
} from "../verification-schemas.js";

/* The verifications API: GET /verifications and GET /verifications/{provider}/{reference} (admin token). */

const components = {
  ApiError: apiErrorSchema,
  Tombstone: tombstoneSchema,
  VerificationDetail: verificationDetailSchema,
  VerificationEvent: verificationEventRefSchema,
  VerificationHistoryEntry: verificationHistoryEntrySchema,
  VerificationListResponse: verificationListResponseSchema,
  VerificationSummary: verificationSummarySchema,
};

const rules =
  "Each event is identified, ordered and applied by @kyc-webhooks/normalized's per-provider rules (its README's tables): a redelivery is a delivery of the existing event, an older event never moves the status backwards, and a final decision changes only through the provider's documented path; anything else that contradicts it is counted as a conflict.";

export const listVerificationsRoute: ReceiverRoute = {
  operationId: "listVerifications",
  method: "get",
  path: "/verifications",
  tag: "verifications",
  summary: "List verifications, most recently updated first",
  description: `The current state of every verification (one per provider and reference) that matches every filter given, most recently updated first, a page at a time: pass the answer's \`nextCursor\` as \`cursor\` for the next page. ${rules}`,
  queryParameters: Object.fromEntries(Object.entries(verificationQueryParameters).map(([name, schema]) => [name, schema.optional()])),
  query: verificationQuerySchema,
  responses: [
    { status: 200, description: "One page of verifications.", content: json(verificationListResponseSchema), headers: requestIdHeader },
    error(400, "`invalid_query`: a parameter is unknown, repeated or invalid; the message names it."),
    ...adminRefusals,
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const getVerificationRoute: ReceiverRoute = {
  operationId: "getVerification",
  method: "get",
  path: "/verifications/{provider}/{reference}",
  tag: "verifications",
  summary: "Show one verification and its history",
  description: `The current state of one verification and every one of its events, in the order received, each with what it did (applied, ignored as older, a duplicate, a conflict). ${rules}`,
  pathParameters: {
    provider: providerNameSchema,
    reference: z.string().min(1).describe("The provider's id of the verification, percent-encoded (a Netki business: its name)."),
  },
  responses: [
    { status: 200, description: "The verification.", content: json(verificationDetailSchema), headers: requestIdHeader },
    error(400, "`bad_request`: the reference is not valid percent-encoding."),
    ...adminRefusals,
    error(404, "`not_found`: no verification of this provider has this reference, or the provider is unknown."),
    internalError,
  ],
  security: ["adminToken"],
  components,
};

export const verificationRoutes: readonly ReceiverRoute[] = [listVerificationsRoute, getVerificationRoute];
