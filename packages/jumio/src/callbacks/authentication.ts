import * as z from "zod";
import { authenticationResults, authenticationScanSources, codesOf } from "../code-tables.js";
import { httpUrlSchema, jumioReferenceSchema, jumioTimestampSchema } from "../fields.js";
import { livenessImagesSchema } from "./liveness-images.js";

/**
 * The Authentication callback (`callBackType=NETVERIFY_AUTHENTICATION`, Jumio, “Callback” (newer edition) only), after form decoding.
 */
export const authenticationCallbackSchema = z
  .looseObject({
    callBackType: z.literal("NETVERIFY_AUTHENTICATION").describe("NETVERIFY_AUTHENTICATION"),
    callbackDate: jumioTimestampSchema.describe("Timestamp of the callback."),
    transactionReference: jumioReferenceSchema.describe("Jumio's reference number for the Authentication transaction (max. 36)."),
    // Bold in Jumio, “Callback” (newer edition), but Jumio's own 2020 sample lacked it (Jumio/implementation-guides
    // netverify/callback.md @b3e05ed, captured Jumio callbacks in integrators' public test suites): optional, so such callbacks are not refused.
    enrollmentTransactionReference: jumioReferenceSchema
      .optional()
      .describe("Jumio's reference number of the enrollment transaction (ID), max. 36. Required by the table, absent from Jumio's 2020 sample."),
    transactionResult: z.enum(codesOf(authenticationResults)).describe("PASSED, FAILED, INVALID or EXPIRED."),
    transactionDate: jumioTimestampSchema.describe("Timestamp of the transaction."),
    scanSource: z.enum(codesOf(authenticationScanSources)).describe("SDK or WEB."),
    // The table says "JSON array/object", the sample sends a plain URL: all three are accepted (the form
    // decoder parses the field as JSON only when it starts with "[" or "{").
    idScanImageFace: z
      .union([httpUrlSchema, z.array(httpUrlSchema), z.looseObject({})])
      .optional()
      .describe("URL to retrieve the face image of the transaction (JPEG or PNG): a plain URL (sample), or JSON array/object (table)."),
    livenessImages: livenessImagesSchema.optional().describe("URLs to the liveness images of the transaction (JPEG or PNG); number and order vary."),
    userReference: z.string().optional().describe("Your internal reference for the user."),
  })
  .describe("Callback for Authentication (callBackType=NETVERIFY_AUTHENTICATION), form-urlencoded, with JSON in livenessImages.");

export type AuthenticationCallback = z.infer<typeof authenticationCallbackSchema>;
export type AuthenticationResult = AuthenticationCallback["transactionResult"];
