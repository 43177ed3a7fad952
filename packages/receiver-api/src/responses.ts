import type * as z from "zod";
import type { HttpApiResponse } from "@kyc-webhooks/core";
import { apiErrorSchema, requestIdSchema } from "./schemas.js";

/* The pieces of a route description's responses that every route group shares (routes/). */

export const requestIdHeader = { "X-Request-Id": requestIdSchema };
export const json = (schema: z.ZodType) => ({ contentType: "application/json", schema });
export const error = (status: number, description: string): HttpApiResponse => ({ status, description, content: json(apiErrorSchema), headers: requestIdHeader });
export const internalError = error(500, "`internal_error`: the request failed; the receiver's log has the details under the requestId.");

/** The answer to an address whose credentials failed too often (every route that checks credentials). */
export const throttled = error(
  429,
  "`too_many_failures`: this address failed authentication `KYC_AUTH_FAILURE_BURST` times and has not been forgiven yet (`KYC_AUTH_FAILURES_PER_MINUTE`); its credentials were not checked. `Retry-After` says when to try again.",
);

/** The admin token's refusals (the events and verifications APIs). */
export const adminRefusals = [
  error(401, "`unauthenticated`: the admin token is missing or wrong (with a WWW-Authenticate challenge)."),
  error(403, "`events_api_disabled`: the receiver has no `KYC_ADMIN_TOKEN`."),
  throttled,
];
