import * as z from "zod";
import { phpObject } from "./php-object.js";

const ocr = (description: string) => z.string().optional().describe(description);

/**
 * Everything Shufti read from the document (its OCR and MRZ), when the request asked for enhanced data.
 * Values are kept as read: `country_code` is the document's own code (`GBR`), `document_type` the MRZ
 * type (`P`, captured `P.`), `gender` may be `""` (Shufti Pro, “Response Events”), dates are not normalised.
 */
export const documentProofSchema = z
  .looseObject({
    height: ocr("Height of the holder."),
    country: ocr("Issuing country, in words."),
    authority: ocr("Issuing authority."),
    last_name: ocr("Last name."),
    first_name: ocr("First name."),
    issue_date: ocr("Issue date, as read."),
    expiry_date: ocr("Expiry date, as read."),
    nationality: ocr("Nationality, as read."),
    country_code: ocr("Issuing country code as printed on the document (e.g. `GBR`)."),
    document_type: ocr("Document type code as printed (e.g. `P` for passport)."),
    place_of_birth: ocr("Place of birth."),
    document_number: ocr("Document number."),
    personal_number: ocr("Personal number."),
    dob: ocr("Date of birth, as read."),
    gender: ocr("Gender, as read; may be empty."),
    mrz: ocr("The machine-readable zone, as read (e.g. `P<GBRDOE<<JOHN<<<…`)."),
  })
  .describe("Data extracted from the document proof.");
export type DocumentProof = z.infer<typeof documentProofSchema>;

export const additionalDataSchema = z
  .looseObject({
    document: phpObject(
      z
        .looseObject({ proof: phpObject(documentProofSchema).optional() })
        .describe("Additional data of the document service."),
    ).optional(),
  })
  .describe("Additional data extracted from the proofs (enhanced data).");
export type AdditionalData = z.infer<typeof additionalDataSchema>;
