import * as z from "zod";
import { codesOf, identityVerificationReasons, identityVerificationSimilarities } from "../code-tables.js";

/**
 * A boolean as Jumio sends it: Jumio, “Callback” (newer edition) documents `TRUE`/`FALSE`, its own sample sends the JSON boolean
 * `true`, and integrators' tests parse `"TRUE"`, `"true"`, `"FALSE"` (captured Jumio callbacks in integrators' public test suites). All are
 * accepted as sent; {@link jumioBoolean} interprets them.
 */
export const jumioBooleanSchema = z.union([z.boolean(), z.enum(["TRUE", "true", "FALSE", "false"])]);

/** Interprets a Jumio boolean (`true`, `"TRUE"`, `"true"`, `false`, `"FALSE"`, `"false"`); undefined for anything else. */
export function jumioBoolean(value: unknown): boolean | undefined {
  if (value === true || value === "TRUE" || value === "true") return true;
  if (value === false || value === "FALSE" || value === "false") return false;
  return undefined;
}

/**
 * `identityVerification` (newer edition, activation required). The table marks similarity and validity
 * as required, but Jumio's own screening sample sends `identityVerification={}` (captured Jumio callbacks in integrators' public test suites),
 * so every field is optional.
 */
export const identityVerificationSchema = z
  .looseObject({
    similarity: z
      .enum(codesOf(identityVerificationSimilarities))
      .optional()
      .describe("Is the person on the selfie the same as the one on the document? MATCH, NO_MATCH, NOT_POSSIBLE (not executed or bad quality of face on document)."),
    validity: jumioBooleanSchema.optional().describe("Is it a live person? TRUE or FALSE (sent as a JSON boolean or as a string)."),
    reason: z.enum(codesOf(identityVerificationReasons)).optional().describe("Provided if validity = FALSE."),
    similarityDecision: z
      .enum(["MANUAL", "AUTOMATED"])
      .optional()
      .describe("Only visible if the setting is turned on within your account: MANUAL or AUTOMATED."),
    // The type is not documented; a score may come as a number or as text.
    similarityScore: z.union([z.string(), z.number()]).optional().describe("Only visible if the setting is turned on within your account."),
    // Commented out in Jumio, “Callback” (newer edition)'s table, carried by an integrator's model (captured Jumio callbacks in integrators' public test suites).
    handwrittenNoteMatches: jumioBooleanSchema.optional().describe("Only visible if the setting is turned on within your account: TRUE or FALSE."),
  })
  .describe("Identity verification as JSON object, ONLY if verificationStatus = APPROVED_VERIFIED (activation required). May be empty.");

export type IdentityVerification = z.infer<typeof identityVerificationSchema>;
