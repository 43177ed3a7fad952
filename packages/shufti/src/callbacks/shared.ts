import * as z from "zod";
import { additionalDataSchema } from "../additional-data.js";
import { errorSchema } from "../error.js";
import { callbackCountryFieldSchema, callbackEmailSchema, referenceSchema, verificationUrlSchema } from "../fields.js";
import { infoSchema } from "../info.js";
import { phpObject } from "../php-object.js";
import { proofsSchema } from "../proofs.js";
import { verificationDataSchema } from "../verification-data.js";
import { verificationResultSchema } from "../verification-result.js";

/** The discriminator: the event name, as the payloads spell it. */
export const eventLiteral = <E extends string>(event: E, description: string) => z.literal(event).describe(description);

/**
 * Fields of the events that report no error by default. `error` is optional: Shufti Pro, “Response Events” shows `"error":""`
 * in these events, but captured status responses omit it (trakx/ShuftiPro.Net `status_empty.json`).
 */
export const envelopeFields = {
  reference: referenceSchema,
  error: errorSchema.optional(),
  verification_url: verificationUrlSchema.optional(),
  email: callbackEmailSchema.optional(),
  country: callbackCountryFieldSchema.optional(),
};

/**
 * What a finished verification carries (Shufti Pro, “Response Events”'s accepted and declined samples). `verification_result`
 * and `verification_data` are in every sample (Shufti Pro, “Response Events”, shuftipro/RESTful-API-v1.3 2019 samples, captured
 * responses); `info` and `additional_data` are missing from the 2019 samples and `additional_data` only
 * comes when the request asked for enhanced data, so those two are optional.
 */
export const resultFields = {
  verification_result: phpObject(verificationResultSchema),
  verification_data: phpObject(verificationDataSchema),
  info: phpObject(infoSchema).optional(),
  additional_data: phpObject(additionalDataSchema).optional(),
  proofs: phpObject(proofsSchema).optional(),
  warnings: z
    .array(z.string())
    .optional()
    .describe("Warnings about the proofs that did not stop the verification (e.g. `png_format_detected`)."),
};
