import * as z from "zod";
import { requestCountrySchema } from "../country.js";

/**
 * The verification request that sets `callback_url` (Shufti Pro, “Response Events”, "Response Events"). The provider document's sample shows
 * only the general parameters and an empty `document` object; limits are from Shufti's parameter tables
 * (developers.shuftipro.com/docs/general_parameters and the document service's parameters).
 */

/** The document types of the document service ("passports, ID cards, driving licenses and debit/credit cards"). */
export const documentTypes = [
  { code: "passport", description: "Passport" },
  { code: "id_card", description: "Identity card" },
  { code: "driving_license", description: "Driving license" },
  { code: "credit_or_debit_card", description: "Credit or debit card" },
] as const;

export const documentTypeSchema = z
  .enum(["passport", "id_card", "driving_license", "credit_or_debit_card"])
  .describe("A document type of the document service.");

/** Given a key with an empty value, Shufti reads that value from the proof (OCR). */
const ocrOr = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal("")]);

export const verificationRequestDocumentSchema = z
  .looseObject({
    proof: z.string().optional().describe("The document image or video, base64-encoded (off-site verification); empty for on-site."),
    additional_proof: z.string().optional().describe("Another image of the document (e.g. its back), base64-encoded."),
    supported_types: z.array(documentTypeSchema).optional().describe("The document types the end-user may verify with."),
    name: ocrOr(
      z.looseObject({
        first_name: z.string().optional().describe("First name."),
        middle_name: z.string().optional().describe("Middle name."),
        last_name: z.string().optional().describe("Last name."),
      }),
    )
      .optional()
      .describe("The name to match; empty to read it from the document."),
    dob: ocrOr(z.iso.date()).optional().describe("Date of birth to match, YYYY-MM-DD; empty to read it from the document."),
    issue_date: ocrOr(z.iso.date()).optional().describe("Issue date to match, YYYY-MM-DD; empty to read it from the document."),
    expiry_date: ocrOr(z.iso.date()).optional().describe("Expiry date to match, YYYY-MM-DD; empty to read it from the document."),
    document_number: z.string().optional().describe("Document number to match; empty to read it from the document."),
    gender: z.string().optional().describe("Gender to match; empty to read it from the document."),
    fetch_enhanced_data: z.enum(["0", "1"]).optional().describe("`1` to receive the data read from the document in `additional_data`."),
  })
  .describe("The document service of the request. Keys given with an empty value are read from the document (OCR).");
export type VerificationRequestDocument = z.infer<typeof verificationRequestDocumentSchema>;

export const verificationRequestSchema = z
  .looseObject({
    reference: z
      .string()
      .min(6)
      .max(250)
      .describe("A unique reference for the request, sent back with each response; use it to check the status of the verification."),
    // Shufti calls it over HTTP(S); z.url() alone would accept javascript:, ftp: or file: URLs.
    callback_url: z
      .url({ protocol: /^https?$/ })
      .min(6)
      .max(250)
      .optional()
      .describe("Where Shufti sends the verification status. If given, Shufti sends each change of status to this URL."),
    email: z
      .string()
      .min(6)
      .max(128)
      .optional()
      .describe("The end-user's email."),
    country: requestCountrySchema.optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .optional()
      .describe("Two-letter code of the language of the verification screens (default English)."),
    redirect_url: z.url({ protocol: /^https?$/ }).optional().describe("Where the end-user is sent after an on-site verification."),
    ttl: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Time limit, in minutes, to perform the verification after the link is generated (default 60)."),
    verification_mode: z
      .enum(["any", "image_only", "video_only"])
      .optional()
      .describe("Which proofs may be used: `any` (images and videos), `image_only` or `video_only`."),
    document: verificationRequestDocumentSchema.optional(),
  })
  .describe("A Shufti Pro verification request (POST https://api.shuftipro.com/), with the callback_url that the events are sent to.");
export type VerificationRequest = z.infer<typeof verificationRequestSchema>;
