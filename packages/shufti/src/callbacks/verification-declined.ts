import { z } from "zod";
import { envelopeFields, eventLiteral, resultFields } from "./shared.js";

/**
 * `declined_reason` and `declined_codes` are in seed 001's sample but not in Shufti's 2019 declined sample
 * (shuftipro/RESTful-API-v1.3 `status_codes.md`), so they are optional.
 */
export const verificationDeclinedSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("verification.declined", "verification.declined"),
    ...resultFields,
    declined_reason: z.string().optional().describe("Why the verification was declined, in words (e.g. `Name on the document doesn't match`)."),
    declined_codes: z
      .array(z.string())
      .optional()
      .describe("Codes of the reasons for declining (e.g. `SPDR07`)."),
  })
  .describe("verification.declined: the verification was declined; the payload gives the declined reason. Returned in the HTTP response and in the callback.");
export type VerificationDeclined = z.infer<typeof verificationDeclinedSchema>;
