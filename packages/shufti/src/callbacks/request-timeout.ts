import * as z from "zod";
import { envelopeFields, eventLiteral } from "./shared.js";

export const requestTimeoutSchema = z
  .looseObject({
    ...envelopeFields,
    event: eventLiteral("request.timeout", "request.timeout"),
  })
  .describe(
    "request.timeout: the verification was not performed within the time limit after the verification link was generated (60 minutes by default, set by the request's `ttl`).",
  );
export type RequestTimeout = z.infer<typeof requestTimeoutSchema>;
