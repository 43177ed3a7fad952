import * as z from "zod";
import { phpObject } from "../php-object.js";
import { envelopeFields, eventLiteral, resultFields } from "./shared.js";

/**
 * `declined_reason` and `declined_codes` are in Shufti Pro, “Response Events”'s sample but not in Shufti's 2019 declined sample
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
    // Shufti's current responses also group the codes by service (Shufti's decline reasons page,
    // https://developers.shuftipro.com/docs/video_kyc/decline_reasons/, lists the codes per service).
    services_declined_codes: phpObject(z.record(z.string(), z.array(z.string())))
      .optional()
      .describe("The declined codes per service (`document`, `face`, `address`, ...): e.g. `{\"document\": [\"SPDR07\"]}`."),
  })
  .describe("verification.declined: the verification was declined; the payload gives the declined reason. Returned in the HTTP response and in the callback.");
export type VerificationDeclined = z.infer<typeof verificationDeclinedSchema>;
