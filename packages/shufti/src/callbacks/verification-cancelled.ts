import * as z from "zod";
import { envelopeFields, eventLiteral } from "./shared.js";

export const verificationCancelledSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("verification.cancelled", "verification.cancelled"),
  })
  .describe(
    "verification.cancelled: occurs when the end-user does not agree to the terms and conditions shown at the beginning of the verification flow. Only for on-site verifications.",
  );
export type VerificationCancelled = z.infer<typeof verificationCancelledSchema>;
