import * as z from "zod";
import { envelopeFields, eventLiteral } from "./shared.js";

/**
 * The legacy name of `verification.cancelled`. Not in Shufti Pro, “Response Events”, but Shufti's own 2019 sample sends it
 * (shuftipro/RESTful-API-v1.3 `status_codes.md` @58ca73d, whose table already says `verification.cancelled`;
 * captured Shufti Pro callbacks in integrators' public code), so a receiver may still see it.
 */
export const requestCancelledSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("request.cancelled", "request.cancelled (legacy name of verification.cancelled)"),
  })
  .describe("request.cancelled: the legacy (2019) name of verification.cancelled: the end-user cancelled the request by not agreeing to the terms and conditions.");
export type RequestCancelled = z.infer<typeof requestCancelledSchema>;
