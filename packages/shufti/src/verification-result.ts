import * as z from "zod";
import { phpObject } from "./php-object.js";

/**
 * The outcome of one check. Shufti Pro, “Response Events”'s samples show `1` (passed), `0` (failed), `null` (declined sample:
 * not verified) and `""` (accepted sample, `gender`: not asked for).
 */
export const verificationResultValueSchema = z
  .literal([1, 0, ""])
  .nullable()
  .describe("Result of one check: 1 = verified, 0 = not verified, null or empty string = not checked.");
export type VerificationResultValue = z.infer<typeof verificationResultValueSchema>;

const check = (description: string) => verificationResultValueSchema.optional().describe(description);

/**
 * Per-check results of the document service. Shufti Pro, “Response Events” shows the first seven keys; the last five are in a
 * captured status response (trakx/ShuftiPro.Net `src/ShuftiPro.Tests/jsons/status_with_additional_data.json`).
 * Only the checks the request asked for are present, so all are optional.
 */
export const documentResultSchema = z
  .looseObject({
    name: check("Whether the name on the document matched."),
    dob: check("Whether the date of birth on the document matched."),
    expiry_date: check("Whether the expiry date on the document matched."),
    issue_date: check("Whether the issue date on the document matched."),
    document_number: check("Whether the document number matched."),
    document: check("Whether the document itself was verified."),
    gender: check("Whether the gender on the document matched."),
    document_proof: check("Whether the document proof was accepted (captured, not in Shufti Pro, “Response Events”)."),
    selected_type: check("Whether the document is of a supported type (captured, not in Shufti Pro, “Response Events”)."),
    document_country: check("Whether the document is from the requested country (captured, not in Shufti Pro, “Response Events”)."),
    document_must_not_be_expired: check("Whether the document is not expired (captured, not in Shufti Pro, “Response Events”)."),
    document_visibility: check("Whether the document is fully visible (captured, not in Shufti Pro, “Response Events”)."),
  })
  .describe("Results of the document service's checks.");
export type DocumentResult = z.infer<typeof documentResultSchema>;

export const addressResultSchema = z
  .looseObject({
    name: check("Whether the name on the address proof matched."),
    full_address: check("Whether the address on the address proof matched."),
  })
  .describe("Results of the address service's checks.");
export type AddressResult = z.infer<typeof addressResultSchema>;

/**
 * Results per service. `face` is a single value, not an object (captured face-only response,
 * trakx/ShuftiPro.Net `status_empty.json`). Other services (background checks, phone, consent) are kept
 * as sent.
 */
export const verificationResultSchema = z
  .looseObject({
    document: phpObject(documentResultSchema).optional(),
    address: phpObject(addressResultSchema).optional(),
    face: verificationResultValueSchema.optional().describe("Result of the face service (captured, not in Shufti Pro, “Response Events”)."),
  })
  .describe("The result of each check of each service the request asked for.");
export type VerificationResult = z.infer<typeof verificationResultSchema>;
