import * as z from "zod";
import { referenceSchema } from "../fields.js";
import { eventLiteral } from "./shared.js";

/**
 * Carries no status: the new status must be fetched from Shufti's status endpoint (captured Shufti Pro callbacks in integrators' public code).
 * A normalizer must say "needs refresh", not guess a status.
 */
export const verificationStatusChangedSchema = z
  .looseObject({
    reference: referenceSchema,
    event: eventLiteral("verification.status.changed", "verification.status.changed"),
  })
  .describe(
    "verification.status.changed: the status of a verification was changed from the back office (from Accepted to Declined or vice versa). No information is returned except the event.",
  );
export type VerificationStatusChanged = z.infer<typeof verificationStatusChangedSchema>;
