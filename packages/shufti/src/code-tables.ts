/**
 * Shufti Pro's code tables as data, so that the normalized model and the docs reuse them instead of copying.
 *
 * `declined_codes`: Shufti publishes its codes per service, grouped in families ("Elevated Fraud Risk", "Document Data
 * Mismatch", "Image Quality Deficiency", ...), at developers.shuftipro.com
 * (`docs/user_identification_authentication/document_verification/declined_reasons` and
 * `.../facial_biometrics/declined_reasons`). Shufti Pro, “Response Events”
 * (https://shuftipro.com/help-center/response-events) shows none of them, only SPDR07, SPDR06 and SPDR23 in its
 * sample. This table holds the document, address, face and AML screening codes a KYC callback most often carries,
 * each with Shufti's own description; a callback may carry codes outside it.
 */
export const declinedCodes = [
  { code: "SPDR01", description: "Face could not be verified." },
  { code: "SPDR02", description: "Image of the face not found on the document." },
  { code: "SPDR03", description: "Image is altered or photoshopped." },
  { code: "SPDR04", description: "Copy of the image found on web." },
  { code: "SPDR05", description: "Document and Document Two does not belong to the same person." },
  { code: "SPDR06", description: "Document originality could not be verified." },
  { code: "SPDR07", description: "Name on the document doesn't match." },
  { code: "SPDR08", description: "DOB on the document doesn't match." },
  { code: "SPDR09", description: "Date on the document doesn't match." },
  { code: "SPDR10", description: "Issue date on the document doesn't match." },
  { code: "SPDR11", description: "Number on the document doesn't match." },
  { code: "SPDR12", description: "The issuing country of document is not supported, please upload a valid document." },
  { code: "SPDR13", description: "Document doesn't match the provided options." },
  { code: "SPDR14", description: "Age could not be verified." },
  { code: "SPDR15", description: "Face on the document doesn't match with camera image." },
  { code: "SPDR16", description: "The expiry date of the document does not match the record, please upload a document with valid expiry date." },
  { code: "SPDR17", description: "The document is expired, please upload a new document which is not expired." },
  { code: "SPDR18", description: "The uploaded image of the document is blur, please provide a clear photo of document." },
  { code: "SPDR19", description: "Face could not be detected in image, please upload image again with your face clearly visible." },
  { code: "SPDR21", description: "Proof and Additional Proof are of different documents." },
  { code: "SPDR22", description: "Name on the Address Document doesn't match." },
  { code: "SPDR23", description: "Address did not match the record, please provide a document with valid address." },
  { code: "SPDR27", description: "The address document is expired, please upload a document which is not expired." },
  { code: "SPDR28", description: "The uploaded image of the document is blur, please provide a clear photo of address document." },
  { code: "SPDR34", description: "AML screening failed." },
  { code: "SPDR36", description: "Both Documents do not belong to the same person." },
  { code: "SPDR37", description: "Face liveness detection failed." },
  { code: "SPDR38", description: "Face doesn't match the face image uploaded at the time of signup." },
  { code: "SPDR42", description: "Front and backside images of the document did not match, please upload images of the same document." },
  { code: "SPDR43", description: "Camera is not accessible for verification." },
  { code: "SPDR47", description: "Document proof is a screenshot." },
  { code: "SPDR48", description: "Document proof is altered/edited." },
  { code: "SPDR49", description: "Document proof is paper based which is not accepted." },
  { code: "SPDR50", description: "Document proof is punched/broken." },
  { code: "SPDR51", description: "Document proof is from another screen." },
  { code: "SPDR54", description: "Document is blur." },
  { code: "SPDR56", description: "Information on the document is edited." },
  { code: "SPDR59", description: "Face proof is from another screen." },
  { code: "SPDR60", description: "Face proof is taken from the web." },
  { code: "SPDR61", description: "More than one face in one image." },
  { code: "SPDR62", description: "Face proof is a screenshot." },
  { code: "SPDR160", description: "AML screening failed. User found in Sanction lists." },
  { code: "SPDR163", description: "AML screening failed. User found in PEP (Politically Exposed Persons) lists." },
  { code: "SPDR164", description: "AML screening failed. User found in Adverse Media lists." },
  { code: "SPDR166", description: "Face image doesn't match the face on the document." },
  { code: "SPDR230", description: "The uploaded face picture does not match the face photo on the provided document." },
  { code: "SPDR241", description: "The verification process was canceled by the user." },
] as const satisfies readonly { readonly code: string; readonly description: string }[];

/** A `declined_codes` entry this package knows. */
export type DeclinedCode = (typeof declinedCodes)[number]["code"];

const declinedCodeTable: ReadonlyMap<string, (typeof declinedCodes)[number]> = new Map(declinedCodes.map((entry) => [entry.code, entry]));

/** Shufti's description of a declined code (case-insensitive), or undefined for a code not in the table. */
export function describeDeclinedCode(code: string): string | undefined {
  return declinedCodeTable.get(code.toUpperCase())?.description;
}
