import * as z from "zod";
import { envelopeFields, eventLiteral, resultFields } from "./shared.js";

export const verificationAcceptedSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("verification.accepted", "verification.accepted"),
    ...resultFields,
  })
  .describe("verification.accepted: the verification was accepted. Returned in the HTTP response and in the callback.");
export type VerificationAccepted = z.infer<typeof verificationAcceptedSchema>;
