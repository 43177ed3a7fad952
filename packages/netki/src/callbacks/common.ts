import * as z from "zod";
import { codesOf, errorCategories } from "../code-tables.js";
import { netkiIntegerIdSchema, netkiTimestampSchema, netkiUuidSchema } from "../formats.js";

/** The bookkeeping fields every Netki record carries. */
export const recordFields = {
  created: netkiTimestampSchema.describe("When the record was created."),
  updated: netkiTimestampSchema.describe("When the record was last modified."),
  is_active: z.boolean().describe("Whether this record is active."),
};

/** An error-code object embedded in an `errors[]` entry (netkidocs`api/api_error_codes.md`). */
export const errorCodeSchema = z
  .looseObject({
    error_code_id: z.number().int().describe("Stable numeric identifier for this code."),
    error_code_name: z.string().describe("Stable, machine-readable name for this code (e.g. document_quality); key your logic off this."),
    rank: z.number().int().describe("Weight used to order the registry; higher generally means more specific or more severe."),
    category: z.enum(codesOf(errorCategories)).describe("Which part of the flow the error is about."),
    error_code_description: z.string().describe("Human-readable description, in the language given by language_code."),
    // Listed on the registry endpoint, not in the embedded shape: optional.
    language_code: z.string().optional().describe("Language of error_code_description (e.g. en)."),
  })
  .describe("An error code from Netki's registry (70+ codes, growing: match on error_code_name).");

/**
 * One actionable error, on the transaction, the identity, a document or the accredited-investor status.
 * Every sample in Netki MyVerify, “Transaction Callbacks” shows `errors: []`; the shape is from netkidocs`api/polling.md` "errors fields".
 */
export const netkiErrorSchema = z
  .looseObject({
    id: netkiIntegerIdSchema.describe("Error record identifier."),
    object_id: netkiUuidSchema.describe("The record this error is attached to."),
    content_type: z.number().int().describe("Internal reference for the type of record object_id points to; not needed for integration."),
    error_code: errorCodeSchema,
    ...recordFields,
  })
  .describe("An actionable error for whatever state the containing object is in. Written for you, not for end users.");

export const errorsSchema = z.array(netkiErrorSchema).describe("Actionable errors on the containing object.");

/** Vendor or screening data relayed as-is: any JSON object. */
export const rawDataSchema = z.record(z.string(), z.unknown()).describe("Free-form data relayed as-is; shape varies by check or vendor.");
