import * as z from "zod";
import { errorSchema } from "../error.js";
import { envelopeFields, eventLiteral } from "./shared.js";

/** Shufti's event tables mark this event HTTP-only for some services (captured Shufti Pro callbacks in integrators' public code); Shufti Pro, “Response Events” lists it as a callback. */
export const requestInvalidSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("request.invalid", "request.invalid"),
    error: errorSchema,
  })
  .describe(
    "request.invalid: occurs when the parameters specified in the request payload are not of the correct format, e.g. the date format is incorrect or the address is shorter than 6 characters.",
  );
export type RequestInvalid = z.infer<typeof requestInvalidSchema>;
