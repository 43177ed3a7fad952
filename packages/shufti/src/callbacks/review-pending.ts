import { z } from "zod";
import { envelopeFields, eventLiteral } from "./shared.js";

/**
 * Not in seed 001. Shufti has sent it (PROVIDER-FACTS 1.3: asciisd/kyc-shuftipro
 * `src/Drivers/ShuftiProDriver.php` `mapEventToStatus`, and a TypeScript KYB handler's event type): the
 * verification awaits a manual review. No sample shows its payload, so only the shared envelope is
 * modelled and everything else is kept as sent.
 */
export const reviewPendingSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("review.pending", "review.pending"),
  })
  .describe("review.pending: the verification is waiting for a manual review at Shufti (not in seed 001; seen in integrators' code).");
export type ReviewPending = z.infer<typeof reviewPendingSchema>;
