import * as z from "zod";
import { verificationUrlSchema } from "../fields.js";
import { envelopeFields, eventLiteral } from "./shared.js";

export const requestPendingSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("request.pending", "request.pending"),
    verification_url: verificationUrlSchema,
  })
  .describe(
    "request.pending: occurs only for on-site verification when the verification link has been generated but the user has not gone through the entire process yet. Returned for all on-site verifications until the verification is completed or times out.",
  );
export type RequestPending = z.infer<typeof requestPendingSchema>;
