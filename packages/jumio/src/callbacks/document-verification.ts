import * as z from "zod";
import { codesOf, documentStatuses, documentTransactionSources, documentTransactionStatuses, documentTypes } from "../code-tables.js";
import { httpUrlSchema, jumioCountrySchema, jumioDateSchema, jumioReferenceSchema, jumioTimestampSchema } from "../fields.js";

const NEWER = " Newer edition (Jumio, “Callback” (newer edition)) only.";
const OLDER = " Older edition (Jumio, “Callback” (older edition)) only.";

export const documentTransactionSchema = z
  .looseObject({
    date: jumioTimestampSchema.describe("Timestamp (UTC) of the transaction creation."),
    status: z.enum(codesOf(documentTransactionStatuses)).describe("DONE, or FAILED if the initialized acquisition is not finalized within 5 minutes after creation/last update (FAILED: newer edition)."),
    source: z.enum(codesOf(documentTransactionSources)).describe("DOC_UPLOAD (Document Verification), DOC_API (Document Verification API), DOC_SDK (Document Verification Mobile). The older edition lists DOC_SDK only."),
    merchantScanReference: z.string().max(255).describe("Your reference for each transaction."),
    customerId: z.string().max(255).describe("ID of the customer."),
    merchantReportingCriteria: z.string().max(255).optional().describe("Your reporting criteria for each transaction."),
    additionalInformation: z.string().max(255).optional().describe(`Additional information.${OLDER}`),
    clientIp: z.string().max(100).optional().describe("IP address of the client if provided for the Document Verification API."),
  })
  .describe("Transaction related data.");

/** Raw address of Document Verification's extracted data (newer edition); note `countryCode`, not `country`. */
export const extractedAddressSchema = z
  .looseObject({
    line1: z.string().max(100).optional().describe("Line item 1"),
    line2: z.string().max(100).optional().describe("Line item 2"),
    line3: z.string().max(100).optional().describe("Line item 3"),
    line4: z.string().max(100).optional().describe("Line item 4"),
    line5: z.string().max(100).optional().describe("Line item 5"),
    countryCode: jumioCountrySchema.optional().describe("Country of residence: ISO 3166-1 alpha-3 code, or XKX (Kosovo)."),
    postalCode: z.string().max(15).optional().describe("Postal code"),
    city: z.string().max(64).optional().describe("City"),
    subdivision: z.string().max(50).optional().describe("Name of subdivision"),
  })
  .describe(`Address as JSON object in raw format if status = EXTRACTED.${NEWER}`);

export const extractedDataSchema = z
  .looseObject({
    firstName: z.string().max(255).optional().describe("First name if readable."),
    lastName: z.string().max(255).optional().describe("Last name if readable."),
    name: z.string().max(100).optional().describe("Full name if readable."),
    // Max. 34 in Jumio, “Callback” (newer edition), 28 in Jumio, “Callback” (older edition): the wider limit.
    accountNumber: z.string().max(34).optional().describe("Bank account number of the customer from a bank statement."),
    pan: z.string().max(20).optional().describe(`Personal account number of credit card.${NEWER}`),
    issueDate: jumioDateSchema.optional().describe(`Issue date in the format YYYY-MM-DD.${NEWER}`),
    expiryDate: jumioDateSchema.optional().describe(`Date of expiry in the format YYYY-MM-DD.${NEWER}`),
    ssn: z.string().max(255).optional().describe("Social security number if readable."),
    // Both tables say String "true"/"false"; both EXTRACTED samples send the JSON boolean true.
    signatureAvailable: z.union([z.boolean(), z.enum(["true", "false"])]).optional().describe("true if signature available, otherwise false (a JSON boolean in the samples, a string in the tables)."),
    swiftCode: z.string().max(20).optional().describe(`BIC/SWIFT code.${NEWER}`),
    address: extractedAddressSchema.optional(),
    // Named in Jumio, “Callback” (newer edition)'s "Supported documents for data extraction" table, not in the parameter table.
    dueDate: jumioDateSchema.optional().describe(`Due date (utility bills).${NEWER}`),
    cardNumberLastFourDigits: z.string().optional().describe(`Last four digits of the card number (credit card statements).${NEWER}`),
  })
  .describe("Extracted data if status = EXTRACTED.");

export const documentSchema = z
  .looseObject({
    status: z.enum(codesOf(documentStatuses)).describe("UPLOADED (default), EXTRACTED if a supported document for data extraction was provided, DISCARDED if not."),
    country: jumioCountrySchema.describe("ISO 3166-1 alpha-3 country code, or XKX (Kosovo)."),
    type: z.enum(codesOf(documentTypes)).describe("Document type code, see the `documentTypes` table (CC and OTHER: newer edition; USSS: older edition)."),
    images: z.array(httpUrlSchema).describe("URLs to the images of the transaction (JPEG or PNG), retrieved with HTTP Basic auth."),
    originalDocument: httpUrlSchema.optional().describe(`URL to the originally submitted document of the transaction (PDF) if available.${NEWER}`),
    customDocumentCode: z.string().max(100).optional().describe("Your custom document code if type = CUSTOM."),
    extractedData: extractedDataSchema.optional(),
  })
  .describe("Document related data if transaction status = DONE.");

/**
 * The Document Verification callback (newer edition), formerly Netverify Multi Document (older edition),
 * after form decoding. It carries no `callBackType`: it is told apart by `scanReference` with
 * `transaction`/`document` fields. `callBackType` is declared as never-sent so that the union of all
 * callbacks narrows on `callBackType`.
 */
export const documentVerificationCallbackSchema = z
  .looseObject({
    callBackType: z.never().optional().describe("Not sent: Document Verification callbacks carry no callBackType."),
    scanReference: jumioReferenceSchema.describe("Jumio's reference number for each transaction (max. 36)."),
    timestamp: jumioTimestampSchema.describe("Timestamp (UTC) of the response."),
    transaction: documentTransactionSchema,
    document: documentSchema.optional(),
  })
  .describe("Callback for Document Verification (formerly Netverify Multi Document), form-urlencoded, with JSON in transaction and document.");

export type DocumentVerificationCallback = z.infer<typeof documentVerificationCallbackSchema>;
export type DocumentTransaction = z.infer<typeof documentTransactionSchema>;
export type JumioDocument = z.infer<typeof documentSchema>;
export type ExtractedData = z.infer<typeof extractedDataSchema>;
