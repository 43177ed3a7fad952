import * as z from "zod";
import { envelopeFields, eventLiteral } from "./shared.js";

/**
 * Not in Shufti Pro, “Response Events”. Shufti has sent it (captured Shufti Pro callbacks in integrators' public code: asciisd/kyc-shuftipro
 * `src/Drivers/ShuftiProDriver.php` `mapEventToStatus`, and a TypeScript KYB handler's event type): the
 * verification awaits a manual review. No sample shows its payload, so only the shared envelope is
 * modelled and everything else is kept as sent.
 */
export const reviewPendingSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("review.pending", "review.pending"),
  })
  .describe("review.pending: the verification is waiting for a manual review at Shufti (not in Shufti Pro, “Response Events”; seen in integrators' code).");
export type ReviewPending = z.infer<typeof reviewPendingSchema>;
