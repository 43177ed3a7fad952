import * as z from "zod";
import { codesOf, idScanSources, idSubtypes, idTypes, verificationStatuses } from "../code-tables.js";
import { jumioCountrySchema, jumioDateSchema, jumioReferenceSchema, jumioTimestampSchema, jumioUrlSchema } from "../fields.js";
import { additionalChecksSchema } from "./additional-checks.js";
import { idAddressSchema } from "./address.js";
import { dlCategoriesSchema } from "./dl-categories.js";
import { identityVerificationSchema } from "./identity-verification.js";
import { fraudRejectReasonSchema, notReadableRejectReasonSchema, rejectReasonSchema } from "./reject-reason.js";
import { livenessImagesSchema } from "./liveness-images.js";

/** Where the two editions differ, each description says which one documents the field. */
const OLDER = " Older edition (Jumio, “Callback” (older edition)) only.";
const NEWER = " Newer edition (Jumio, “Callback” (newer edition)) only.";
const ACTIVATION = " Activation required.";

const idCheck = (what: string) =>
  z.enum(["OK", "N/A"]).describe(`${what}: OK if verificationStatus = APPROVED_VERIFIED, otherwise N/A.`);

const text = (max: number, description: string) => z.string().max(max).optional().describe(description);

/**
 * Every parameter of the ID verification callback in both editions, except the ones that depend on
 * `verificationStatus` (`idScanStatus`, `rejectReason`), which each variant below adds.
 *
 * Required as the tables mark them, with two exceptions the real callbacks force:
 * - `transactionDate` and `callbackDate` are bold in both tables but absent from both documents' samples
 *   (real callbacks follow the samples, not the tables): optional.
 * - `idCheckMRZcode` is bold but "not returned … if NV masking is enabled" (Jumio, “Callback” (newer edition), Netverify masking):
 *   optional. Masked fields are simply absent; nothing marks them.
 */
const netverifyIdFields = {
  callBackType: z.literal("NETVERIFYID").describe("NETVERIFYID"),
  jumioIdScanReference: jumioReferenceSchema.describe("Jumio's reference number for each transaction (max. 36)."),
  idScanSource: z
    .enum(codesOf(idScanSources))
    .describe("How the ID was captured: WEB, WEB_CAM, WEB_UPLOAD, REDIRECT, REDIRECT_CAM, REDIRECT_UPLOAD, API (performNetverify), SDK (mobile). The older edition lists SDK only."),
  idCheckDataPositions: idCheck("Data positions check"),
  idCheckDocumentValidation: idCheck("Document validation check"),
  idCheckHologram: idCheck("Hologram check"),
  idCheckMRZcode: z
    .enum(["OK", "N/A"])
    .optional()
    .describe("MRZ check: OK for passports and supported ID cards if verificationStatus = APPROVED_VERIFIED and MRZ check is enabled, otherwise N/A. Not returned for DEU, HKG, JPN, NLD, SGP, KOR if NV masking is enabled."),
  idCheckMicroprint: idCheck("Microprint check"),
  idCheckSecurityFeatures: idCheck("Security features check"),
  idCheckSignature: idCheck("Signature check"),
  transactionDate: jumioTimestampSchema.optional().describe("Timestamp (UTC) of the transaction creation. Required by the tables, absent from the documents' samples."),
  callbackDate: jumioTimestampSchema.optional().describe("Timestamp (UTC) of the callback creation. Required by the tables, absent from the documents' samples."),
  identityVerification: identityVerificationSchema.optional(),
  idType: z.enum(codesOf(idTypes)).optional().describe("PASSPORT, DRIVING_LICENSE, ID_CARD, VISA (VISA: newer edition only)."),
  idSubtype: z
    .enum(codesOf(idSubtypes))
    .optional()
    .describe("Subtype (max. 255). ID_CARD: NATIONAL_ID, CONSULAR_ID, ELECTORAL_ID, RESIDENT_PERMIT_ID, TAX_ID, STUDENT_ID, PASSPORT_CARD_ID, MILITARY_ID, PUBLIC_SAFETY_ID, HEALTH_ID, OTHER_ID, VISA, UNKNOWN; DRIVING_LICENSE: REGULAR_DRIVING_LICENSE, LEARNING_DRIVING_LICENSE; PASSPORT: E_PASSPORT (mobile only). PUBLIC_SAFETY_ID, HEALTH_ID and REGULAR_DRIVING_LICENSE: newer edition only."),
  idCountry: jumioCountrySchema.optional().describe("Country of the ID: ISO 3166-1 alpha-3 code, or XKX (Kosovo)."),
  idFaceMatch: z
    .string()
    .regex(/^(100|[1-9]?[0-9])$/)
    .optional()
    .describe(`Face match percentage 0-100 if verificationStatus = APPROVED_VERIFIED and face match is enabled.${OLDER}`),
  idScanImage: jumioUrlSchema.optional().describe("URL to retrieve the image of the transaction (JPEG or PNG) if available (max. 255)."),
  idScanImageFace: jumioUrlSchema.optional().describe("URL to retrieve the face image of the transaction (JPEG or PNG) if available (max. 255)."),
  idScanImageBackside: jumioUrlSchema.optional().describe("URL to retrieve the back side image of the transaction (JPEG or PNG) if available (max. 255)."),
  idNumber: text(200, "Identification number of the document as available on the ID if enabled, otherwise if provided. Absent when masked."),
  idFirstName: text(200, "First name as available on the ID if enabled, otherwise if provided. N/A for non-Latin names (CHN and KOR driving licence / ID card, JPN driving licence, RUS ID card)."),
  idLastName: text(200, "Last name as available on the ID if enabled, otherwise if provided. N/A for non-Latin names, or the Chinese name for CHN if enabled."),
  idDob: jumioDateSchema.optional().describe("Date of birth (YYYY-MM-DD). For HKG, IND possibly incomplete (padded with 01, see originDob). Not returned for KOR if NV masking is enabled."),
  idExpiry: jumioDateSchema.optional().describe("Date of expiry (YYYY-MM-DD) as available on the ID."),
  // Max. 255 in Jumio, “Callback” (newer edition), 100 in Jumio, “Callback” (older edition): the wider limit.
  idUsState: text(255, "US/AU/CA state code (last 2-3 characters of ISO 3166-2), ISO 3166-1 country name, XKX (Kosovo), or free text."),
  personalNumber: text(14, "Personal number of the document if idType = PASSPORT and available (the samples send N/A). Not returned for NLD, DEU, KOR if NV masking is enabled."),
  idAddress: idAddressSchema.optional(),
  merchantIdScanReference: text(100, "Your reference for each transaction."),
  merchantReportingCriteria: text(100, "Your reporting criteria for each transaction."),
  customerId: text(100, "ID of the customer as provided."),
  additionalInformation: text(100, `Additional information as provided.${OLDER}`),
  // The documents' samples send the placeholder "xxx.xxx.xxx.xxx": no IP format is enforced.
  clientIp: z.string().optional().describe("IP address of the client in the format xxx.xxx.xxx.xxx."),
  firstAttemptDate: jumioTimestampSchema.optional().describe("Timestamp (UTC) of the first transaction attempt."),
  optionalData1: text(255, "Optional field of MRZ line 1. Not returned for NLD ID if NV masking is enabled."),
  optionalData2: text(255, "Optional field of MRZ line 2."),
  dni: text(255, "DNI as available on the ID if idCountry = ESP and idSubtype = NATIONAL_ID."),
  curp: text(255, `CURP if idCountry = MEX and idSubtype = ELECTORAL_ID.${NEWER}${ACTIVATION}`),
  // X is not documented but handled by integrators (snap-swap JumioScanResultSpec, captured Jumio callbacks in integrators' public test suites).
  gender: z.enum(["M", "F", "X"]).optional().describe("M or F (max. 2), where extracted; X is seen in practice."),
  idFaceLiveness: z
    .enum(["TRUE", "FALSE"])
    .optional()
    .describe(`Only for SDK: TRUE if face match is enabled and liveness was detected during scanning, otherwise FALSE.${OLDER}`),
  presetCountry: jumioCountrySchema.optional().describe(`Preset country: ISO 3166-1 alpha-3, or XKX.${NEWER}`),
  presetIdType: z.enum(["PASSPORT", "DRIVING_LICENSE", "ID_CARD"]).optional().describe(`Preset ID type.${NEWER}`),
  dlCarPermission: z.enum(["YES", "NO", "NOT_READABLE"]).optional().describe(`Car permission of a driver licence (max. 255), if extraction is supported and APPROVED_VERIFIED.${NEWER}${ACTIVATION}`),
  dlCategories: dlCategoriesSchema.optional(),
  nationality: jumioCountrySchema.optional().describe(`Nationality if idCountry = BHR, HKG, MYS, PHL, SGP.${NEWER}${ACTIVATION}`),
  passportNumber: text(255, `Passport number if idType = VISA and additional extraction for Visa enabled.${NEWER}${ACTIVATION}`),
  durationOfStay: text(255, `Duration of stay if idType = VISA.${NEWER}${ACTIVATION}`),
  numberOfEntries: text(255, `Number of entries if idType = VISA.${NEWER}${ACTIVATION}`),
  visaCategory: text(255, `Visa category if idType = VISA.${NEWER}${ACTIVATION}`),
  originDob: text(10, `Original format of the date of birth if idCountry = IND, e.g. 1990/12/09, 1990//, 1990/12/, 1990//09.${NEWER}`),
  issuingAuthority: text(50, `Issuing authority of the document, if idCountry = ITA.${NEWER}${ACTIVATION}`),
  issuingDate: jumioDateSchema.optional().describe(`Issuing date of the document (max. 10).${NEWER}${ACTIVATION}`),
  issuingPlace: text(50, `Issuing place of the document, if idCountry = COL, ITA.${NEWER}${ACTIVATION}`),
  livenessImages: livenessImagesSchema.optional().describe(`URLs to the liveness images (JPEG or PNG), only for Identity Verification via the mobile SDKs; number and order vary.${NEWER}`),
  placeOfBirth: text(256, `Place of birth of the document holder.${NEWER}`),
  facemap: jumioUrlSchema.optional().describe(`URL to the facemap of the transaction if available.${NEWER}${ACTIVATION}`),
  taxNumber: text(255, `Tax number if idCountry = ITA and idType = HEALTH_ID or TAX_ID.${NEWER}${ACTIVATION}`),
  cpf: text(255, `CPF number of the document.${NEWER}${ACTIVATION}`),
  registrationNumber: text(255, `Registration number of the document.${NEWER}${ACTIVATION}`),
  mothersName: text(255, `Name of the document holder's mother.${NEWER}${ACTIVATION}`),
  fathersName: text(255, `Name of the document holder's father.${NEWER}${ACTIVATION}`),
  personalIdentificationNumber: text(255, `Personal identification number (GEO passport, COL ID card).${NEWER}${ACTIVATION}`),
  rgNumber: text(255, `"General Registration" number for idCountry = BRA.${NEWER}${ACTIVATION}`),
  additionalChecks: additionalChecksSchema.optional(),
};

const status = <S extends (typeof verificationStatuses)[number]["code"]>(code: S) =>
  z.literal(code).describe(verificationStatuses.find((entry) => entry.code === code)?.description ?? code);

const scanStatusSuccess = z.literal("SUCCESS").describe("SUCCESS if verificationStatus = APPROVED_VERIFIED, otherwise ERROR.");
const scanStatusError = z.literal("ERROR").describe("SUCCESS if verificationStatus = APPROVED_VERIFIED, otherwise ERROR.");

export const netverifyIdApprovedSchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("APPROVED_VERIFIED"), idScanStatus: scanStatusSuccess })
  .describe("ID verification callback: approved and verified.");

export const netverifyIdDeniedFraudSchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("DENIED_FRAUD"), idScanStatus: scanStatusError, rejectReason: fraudRejectReasonSchema.optional() })
  .describe("ID verification callback: denied as fraud (reject codes 100, 105-111).");

export const netverifyIdUnsupportedTypeSchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("DENIED_UNSUPPORTED_ID_TYPE"), idScanStatus: scanStatusError, rejectReason: rejectReasonSchema.optional() })
  .describe("ID verification callback: the ID type is not supported or not accepted.");

export const netverifyIdUnsupportedCountrySchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("DENIED_UNSUPPORTED_ID_COUNTRY"), idScanStatus: scanStatusError, rejectReason: rejectReasonSchema.optional() })
  .describe("ID verification callback: the ID country is not supported or not accepted.");

export const netverifyIdNotReadableSchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("ERROR_NOT_READABLE_ID"), idScanStatus: scanStatusError, rejectReason: notReadableRejectReasonSchema.optional() })
  .describe("ID verification callback: the ID was not readable (reject codes 102-104, 200-212, 300). Also sent, with the previous reject reason, when a web user drops off in a second or third attempt.");

export const netverifyIdNoIdUploadedSchema = z
  .looseObject({ ...netverifyIdFields, verificationStatus: status("NO_ID_UPLOADED"), idScanStatus: scanStatusError, rejectReason: rejectReasonSchema.optional() })
  .describe("ID verification callback: no ID was uploaded (the transaction was cleaned up from pending to failed).");

/**
 * The ID verification callback (`callBackType=NETVERIFYID`), after form decoding, as one schema for both
 * editions: a discriminated union on `verificationStatus`, so that `idScanStatus` is `SUCCESS` exactly
 * for APPROVED_VERIFIED (both documents) and the reject reason codes are the family of the status.
 */
export const netverifyIdCallbackSchema = z
  .discriminatedUnion("verificationStatus", [
    netverifyIdApprovedSchema,
    netverifyIdDeniedFraudSchema,
    netverifyIdUnsupportedTypeSchema,
    netverifyIdUnsupportedCountrySchema,
    netverifyIdNotReadableSchema,
    netverifyIdNoIdUploadedSchema,
  ])
  .describe("Callback for Netverify / ID Verification (callBackType=NETVERIFYID), form-urlencoded, with JSON in idAddress, rejectReason, identityVerification, dlCategories, livenessImages, additionalChecks.");

/**
 * The same fields with `verificationStatus` as a plain enum: used to report every issue with its path
 * when the status itself is missing or unknown (a discriminated union would only say "no variant").
 */
export const netverifyIdAnyStatusSchema = z.looseObject({
  ...netverifyIdFields,
  verificationStatus: z.enum(codesOf(verificationStatuses)),
  idScanStatus: z.enum(["SUCCESS", "ERROR"]),
  rejectReason: rejectReasonSchema.optional(),
});

export type NetverifyIdCallback = z.infer<typeof netverifyIdCallbackSchema>;
export type NetverifyIdApproved = z.infer<typeof netverifyIdApprovedSchema>;
export type NetverifyIdDeniedFraud = z.infer<typeof netverifyIdDeniedFraudSchema>;
export type NetverifyIdNotReadable = z.infer<typeof netverifyIdNotReadableSchema>;
export type VerificationStatus = NetverifyIdCallback["verificationStatus"];
