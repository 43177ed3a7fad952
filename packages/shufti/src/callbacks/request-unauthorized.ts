import * as z from "zod";
import { errorSchema } from "../error.js";
import { envelopeFields, eventLiteral } from "./shared.js";

/**
 * Spelling decision: Shufti Pro, “Response Events”'s heading says `request.unauthorised`, but its payload, and every Shufti
 * source (shuftipro/RESTful-API-v1.3 `status_codes.md`), says `request.unauthorized`. The payload shows
 * what is sent, so the discriminator is `request.unauthorized`; the heading's spelling is not an event
 * and is refused as an unknown event (tested in test/events.test.ts).
 *
 * Shufti's 2019 table marks this event "HTTP Yes, Callback No" (captured Shufti Pro callbacks in integrators' public code): expect it mostly as
 * the API's response. `reference` is `""` when the request could not be attributed. `token` is in the
 * 2019 sample.
 */
export const requestUnauthorizedSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("request.unauthorized", "request.unauthorized (the document's heading misspells it request.unauthorised)"),
    error: errorSchema,
    token: z.string().optional().describe("Access token of the request; empty here (2019 sample, not in Shufti Pro, “Response Events”)."),
  })
  .describe(
    "request.unauthorized: occurs when the auth header is not correct. Make sure the API keys (accessible through the Shufti back office) are correct.",
  );
export type RequestUnauthorized = z.infer<typeof requestUnauthorizedSchema>;
