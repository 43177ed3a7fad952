import * as z from "zod";
import { callbackCountryFieldSchema, callbackEmailSchema, referenceSchema } from "../fields.js";
import { eventLiteral } from "./shared.js";

/**
 * Spelling decision: Shufti Pro, “Response Events”'s heading says `request.recieved`; its payload says `request.received`.
 * The payload shows what is sent, so the discriminator is `request.received`; the heading's spelling is
 * refused as an unknown event (tested in test/events.test.ts).
 *
 * The sample's `"country":"UK"` is not ISO 3166-1 but is accepted (see `callbackCountrySchema`).
 */
export const requestReceivedSchema = z
  .looseObject({
    reference: referenceSchema,
    event: eventLiteral("request.received", "request.received (the document's heading misspells it request.recieved)"),
    email: callbackEmailSchema.optional(),
    country: callbackCountryFieldSchema.optional(),
  })
  .describe(
    "request.received: the verification request has been received and is under processing. Only for off-site verification, when the request is sent to Shufti for processing.",
  );
export type RequestReceived = z.infer<typeof requestReceivedSchema>;
