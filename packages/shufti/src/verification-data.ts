import * as z from "zod";
import { callbackCountrySchema } from "./country.js";
import { phpObject } from "./php-object.js";

/*
 * Declined callbacks carry `null` where a service could not read a value (`"dob": null`, `"document_number":
 * null`), in payloads integrators publish; the document's samples only show strings. A published real
 * payload wins over the document: every value read from a proof may be null.
 */
const read = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** The person's name as read from a proof. Shufti Pro, “Response Events” shows all three parts; a captured response has no `middle_name`. */
export const nameSchema = z
  .looseObject({
    first_name: read(z.string()).describe("First name (null when it could not be read)."),
    middle_name: read(z.string()).describe("Middle name."),
    last_name: read(z.string()).describe("Last name (null when it could not be read)."),
  })
  .describe("The name on the proof.");
export type Name = z.infer<typeof nameSchema>;

const date = (description: string) => read(z.iso.date()).describe(`${description} Format YYYY-MM-DD; null when it could not be read.`);

/** The document types a request offered (`supported_types`) and the one the user chose (`selected_type`). */
const documentTypes = (description: string) => z.array(z.string()).optional().describe(description);

/**
 * Data of the document service. Only what the request asked for is present, so every key is optional.
 * Shufti Pro, “Response Events”'s samples show all keys below except `country` (captured: trakx/ShuftiPro.Net
 * `status_with_additional_data.json`).
 */
export const documentDataSchema = z
  .looseObject({
    name: phpObject(nameSchema).optional(),
    dob: date("Date of birth on the document."),
    issue_date: date("Issue date of the document."),
    expiry_date: date("Expiry date of the document."),
    document_number: read(z.string()).describe("The document number (null when it could not be read)."),
    selected_type: documentTypes("The document type the end-user verified with (e.g. `id_card`)."),
    supported_types: documentTypes("The document types the request allowed: `id_card`, `driving_license`, `passport`, `credit_or_debit_card`."),
    gender: read(z.string()).describe("Gender on the document (the samples show `M`; null when it could not be read)."),
    country: read(callbackCountrySchema).describe("Country of the document (captured, not in Shufti Pro, “Response Events”)."),
  })
  .describe("What the document service read from the document.");
export type DocumentData = z.infer<typeof documentDataSchema>;

export const addressDataSchema = z
  .looseObject({
    name: phpObject(nameSchema).optional(),
    full_address: read(z.string()).describe("The full address on the address proof (null when it could not be read)."),
    selected_type: documentTypes("The proof type the end-user verified with (e.g. `id_card`)."),
    supported_types: documentTypes("The proof types the request allowed (e.g. `id_card`, `bank_statement`, `utility_bill`)."),
  })
  .describe("What the address service read from the address proof.");
export type AddressData = z.infer<typeof addressDataSchema>;

/**
 * Data per service. Arrives as `[]` when empty: a face-only verification has no data (captured Shufti Pro callbacks in integrators' public code,
 * trakx/ShuftiPro.Net `status_empty.json`).
 */
export const verificationDataSchema = z
  .looseObject({
    document: phpObject(documentDataSchema).optional(),
    address: phpObject(addressDataSchema).optional(),
  })
  .describe("The data each service verified or extracted.");
export type VerificationData = z.infer<typeof verificationDataSchema>;
