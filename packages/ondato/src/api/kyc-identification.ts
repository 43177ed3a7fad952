import * as z from "zod";
import { codesOf, documentFileParts, documentFileTypes, documentTypes, kycIdentificationStatuses, kycStatusReasons } from "../code-tables.js";
import { iso3CountrySchema, ondatoDateSchema, ondatoIdSchema, ondatoTimestampSchema } from "../formats.js";
import { setupReferenceSchema } from "./setup.js";

export const kycIdentificationStatusSchema = z
  .enum(codesOf(kycIdentificationStatuses))
  .describe("Status of the KYC identification: Awaiting, Approved or Rejected.");
export type KycIdentificationStatus = z.infer<typeof kycIdentificationStatusSchema>;

export const kycStatusReasonSchema = z
  .enum(codesOf(kycStatusReasons))
  .describe("Why the identification has its status, e.g. AutomaticallyIdentified, ManuallyIdentified, MissingDocumentPhoto, PoorPhotoQuality (see kycStatusReasons).");
export type KycStatusReason = z.infer<typeof kycStatusReasonSchema>;

export const documentTypeSchema = z.enum(codesOf(documentTypes)).describe("Document type: IdCard, Passport or DriverLicense.");
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const documentFilePartSchema = z.enum(codesOf(documentFileParts)).describe("Which part of the document the file shows: Front, Back (cards), FrontCover, DataPage (passports).");
export type DocumentFilePart = z.infer<typeof documentFilePartSchema>;

export const documentFileTypeSchema = z.enum(codesOf(documentFileTypes)).describe("What the file is: DocumentPhoto, ProofOfAddress.");
export type DocumentFileType = z.infer<typeof documentFileTypeSchema>;

/** The file fields every file entry shares (Ondato, “IDV integration”'s `document.files[]`). */
const fileFields = {
  createdUtc: ondatoTimestampSchema.describe("When the file was stored."),
  // Not z.guid(): an integrator's redacted capture (captured Ondato payloads in integrators' public code) holds a malformed id, and the id is
  // only a handle for Ondato's file API; any non-empty string is accepted.
  fileId: z.string().min(1).describe("File ID, for downloading the file from Ondato."),
  fileName: z.string().describe("File name, e.g. identity_file.jpeg."),
  fileExtension: z.string().describe("File extension, e.g. jpeg."),
};

export const documentFileSchema = z
  .looseObject({
    ...fileFields,
    part: documentFilePartSchema,
    fileType: documentFileTypeSchema,
  })
  .describe("A file of the document (a photo of one side or page).");
export type DocumentFile = z.infer<typeof documentFileSchema>;

export const ocrValidationSchema = z
  .looseObject({
    key: z.string().describe("The document field checked, e.g. DateOfBirth, DocumentNumber, FirstName."),
    isValid: z.boolean().describe("Whether the recognised value passed validation."),
  })
  .describe("The result of validating one recognised (OCR) field.");
export type OcrValidation = z.infer<typeof ocrValidationSchema>;

/**
 * The recognised document. Every field is optional: Ondato, “IDV integration” shows them all, but a captured
 * `KycIdentification.Rejected` (captured Ondato payloads in integrators' public code) carries only `type`, `mrzVerified`, `files` and
 * `ocrValidations`, and a document lacks the fields its type does not print.
 */
export const kycDocumentSchema = z
  .looseObject({
    fullName: z.string().optional().describe("Full name as on the document."),
    firstName: z.string().optional().describe("First name(s)."),
    middleName: z.string().optional().describe("Middle name."),
    lastName: z.string().optional().describe("Last name."),
    documentNumber: z.string().optional().describe("Document number."),
    dateOfIssue: ondatoDateSchema.optional().describe("Date of issue, YYYY-MM-DD."),
    dateOfExpiration: ondatoDateSchema.optional().describe("Date of expiration, YYYY-MM-DD."),
    dateOfBirth: ondatoDateSchema.optional().describe("Date of birth, YYYY-MM-DD."),
    personalCode: z.string().optional().describe("Personal (national identity) code."),
    // Ondato, “IDV integration” prints the Swagger placeholder "string": an address is free text.
    address: z.string().optional().describe("Address as printed on the document."),
    nationalityIso3: iso3CountrySchema.optional().describe("Nationality, ISO 3166-1 alpha-3."),
    countryIso3: iso3CountrySchema.optional().describe("Issuing country, ISO 3166-1 alpha-3."),
    // The subdivision part of an ISO 3166-2 code is one to three letters or digits ("GR" in Ondato, “IDV integration”).
    countryStateIso2: z.string().regex(/^[A-Z0-9]{1,3}$/).optional().describe("Issuing state or region: the subdivision part of its ISO 3166-2 code."),
    // Ondato, “IDV integration” shows "Male"; Ondato documents no list of values, so any string is accepted.
    gender: z.string().optional().describe("Gender as recognised, e.g. Male."),
    type: documentTypeSchema.optional(),
    mrzVerified: z.boolean().optional().describe("Whether the machine-readable zone was read and verified."),
    // Driving licence categories, free text: "B" in Ondato, “IDV integration”, "AM/A/B/f/k/q" in a captured payload.
    category: z.string().optional().describe("Driving licence categories, e.g. B."),
    files: z.array(documentFileSchema).optional().describe("Photos of the document."),
    // Cut off in Ondato, “IDV integration”; shown by the captured webhook (captured Ondato payloads in integrators' public code).
    ocrValidations: z.array(ocrValidationSchema).optional().describe("Validation results of the recognised fields."),
  })
  .describe("The document the customer presented, as recognised and checked.");
export type KycDocument = z.infer<typeof kycDocumentSchema>;

/** A named check with a status: `rules[]` and `fraudChecks[]` (captured Ondato payloads in integrators' public code: `{ name, status }`). */
export const namedCheckSchema = z
  .looseObject({
    name: z.string().describe("The check, e.g. DocumentHasBothSides, DocumentNotExpired, NotUnder18, DocumentManipulation."),
    // Only "Success" has been seen; Ondato documents no list, so any string is accepted.
    status: z.string().describe("The check's outcome, e.g. Success."),
  })
  .describe("A rule or fraud check with its outcome.");
export type NamedCheck = z.infer<typeof namedCheckSchema>;

/** Face files: the same fields as document files; their `part`/`fileType` values are not documented, so kept open. */
export const faceFileSchema = z
  .looseObject({
    ...fileFields,
    part: z.string().optional().describe("Which capture the file is (not documented for face files)."),
    fileType: z.string().optional().describe("What the file is (not documented for face files)."),
  })
  .describe("A file of the face capture (selfie, liveness).");
export type FaceFile = z.infer<typeof faceFileSchema>;

export const kycFaceSchema = z
  .looseObject({
    enrollmentId: z.string().optional().describe("ID of the face enrollment."),
    // Seen: Age22AndOver, Age30AndOver (captured Ondato payloads in integrators' public code); no documented list.
    ageEstimation: z.string().optional().describe("Estimated age bracket, e.g. Age30AndOver."),
    files: z.array(faceFileSchema).optional().describe("Face capture files."),
  })
  .describe("The face capture and its analysis (not in Ondato, “IDV integration”; seen in captured payloads, captured Ondato payloads in integrators' public code).");
export type KycFace = z.infer<typeof kycFaceSchema>;

/**
 * Ondato, “IDV integration”: `GET /v1/identifications/{id}` (the "Kyc Identification API"); also the payload of the
 * `KycIdentification.*` webhooks (Ondato's webhooks page: the payload is what GET of the resource returns).
 * The provider document's example is cut after the first file; the fields after it come from captured payloads.
 */
export const kycIdentificationSchema = z
  .looseObject({
    id: ondatoIdSchema.describe("KYC identification ID."),
    applicationId: ondatoIdSchema.describe("Internal ID that identifies you (the client application) in Ondato."),
    createdUtc: ondatoTimestampSchema.describe("When the identification was created."),
    setup: setupReferenceSchema,
    identityVerificationId: ondatoIdSchema.describe("The identity verification this identification belongs to."),
    status: kycIdentificationStatusSchema,
    // Optional: an identification that was just started (KycIdentification.Created) has no reason yet.
    statusReason: kycStatusReasonSchema.nullable().optional(),
    isCrossChecked: z.boolean().describe("Whether a reviewer cross-checked the identification."),
    // Optional: absent until the customer captured a document.
    document: kycDocumentSchema.optional(),
    face: kycFaceSchema.optional(),
    rules: z.array(namedCheckSchema).optional().describe("Rule checks, e.g. DocumentHasBothSides, DocumentNotExpired, DocumentHasFace, DocumentTypeNotProhibited, NotUnder18."),
    registries: z.array(z.looseObject({})).optional().describe("Registry checks (empty in every captured payload; shape not documented)."),
    fraudChecks: z.array(namedCheckSchema).optional().describe("Fraud checks, e.g. DocumentManipulation."),
    scores: z.array(z.looseObject({})).optional().describe("Scores (seen in captured payloads; shape not documented)."),
    completedUtc: ondatoTimestampSchema.nullable().optional().describe("When the customer completed the identification (absent before)."),
  })
  .describe("A KYC identification: the document and face checks of one customer.");
export type KycIdentification = z.infer<typeof kycIdentificationSchema>;
