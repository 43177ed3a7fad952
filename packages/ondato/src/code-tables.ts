/**
 * Ondato's code tables as data, each entry with where it comes from, so that the normalized model and the
 * docs reuse them instead of copying. The schemas build their enums from these arrays.
 *
 * Sources named below:
 * - Ondato, “IDV integration”: https://ondato.atlassian.net/wiki/pages/viewpage.action?pageId=2296578922;
 * - Ondato's webhooks page: ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks and its
 *   revisions (diff pageIds 2319089755, 2334785557, 2400616471, 2413527072), Ondato's Webhooks page, https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks;
 * - Ondato's SDK: github.com/ondato/ondato-sdk-react-native, `src/api/clients/kyc/types.ts` and
 *   `constants.ts` (Ondato's own client of the KYC identification API);
 * - captured: payloads quoted in captured Ondato payloads in integrators' public code.
 */

/** Statuses of an identity verification (IDV) resource, `GET /v1/identity-verifications/{id}`. */
export const identityVerificationStatuses = [
  { code: "Unfinished", description: "The customer has not finished the identity verification flow yet.", source: "Ondato's webhooks page (Form.Created example); captured Ondato payloads in integrators' public code" },
  { code: "Completed", description: "The customer completed every step of the identity verification.", source: "Ondato, “IDV integration” (GET identity verification example)" },
  { code: "Aborted", description: "The identity verification was aborted.", source: "captured Ondato payloads in integrators' public code (an integrator's IdentityVerification.StatusChanged handler)" },
  { code: "Expired", description: "The identity verification expired before it was completed.", source: "captured Ondato payloads in integrators' public code (an integrator's IdentityVerification.StatusChanged handler)" },
  // The IDV API's own Swagger example ("status": "Pending"), as mirrored in docs.transactionlink.io's Ondato
  // integration page; accepted so that a fresh IDV is not refused.
  { code: "Pending", description: "The identity verification was created and waits for the customer.", source: "Ondato IDV API Swagger example (mirrored by docs.transactionlink.io/docs/integrations/ondato)" },
] as const;

/** Statuses of a KYC identification, `GET /v1/identifications/{id}`. */
export const kycIdentificationStatuses = [
  { code: "Awaiting", description: "Awaiting a decision (manual review or missing data).", source: "Ondato, “IDV integration”; Ondato's SDK IdentificationStatus" },
  { code: "Approved", description: "Identified, manually or automatically (KycIdentification.Approved).", source: "captured webhook; Ondato's SDK IdentificationStatus" },
  { code: "Rejected", description: "Not identified, manually or automatically (KycIdentification.Rejected).", source: "captured webhook; Ondato's SDK IdentificationStatus" },
] as const;

const sdk = "Ondato's SDK RejectionReasons (sent there as MISSING_DOCUMENT_PHOTO etc.; the KYC identification API writes the same reasons in PascalCase, as Ondato, “IDV integration” and the captured payloads show)";

/**
 * Why a KYC identification has its status (`statusReason`). Two success reasons, then the rejection
 * reasons of Ondato's SDK in the API's PascalCase spelling.
 */
export const kycStatusReasons = [
  { code: "AutomaticallyIdentified", description: "Approved by Ondato's automatic checks.", source: "captured webhook (captured Ondato payloads in integrators' public code)" },
  { code: "ManuallyIdentified", description: "Approved by a reviewer.", source: "captured GET identification (captured Ondato payloads in integrators' public code)" },
  { code: "MissingDocumentPhoto", description: "A photo of the document is missing.", source: `Ondato, “IDV integration”; ${sdk}` },
  { code: "DocumentNotAccepted", description: "The document type is not accepted.", source: sdk },
  { code: "DataDoesNotMatch", description: "The data in the document does not match.", source: sdk },
  { code: "Sanctioned", description: "The person matched a sanctions list.", source: sdk },
  { code: "MissingSelfiePhoto", description: "The selfie is missing.", source: sdk },
  { code: "FacesDoesNotMatch", description: "The face in the selfie does not match the document.", source: sdk },
  { code: "PoorPhotoQuality", description: "The photo quality is too poor.", source: `captured webhook (captured Ondato payloads in integrators' public code); ${sdk}` },
  { code: "PoorPhotoLighting", description: "The photo is too dark.", source: sdk },
  { code: "BlurredPhoto", description: "The photo is blurred.", source: sdk },
  { code: "BadMediaFormat", description: "The uploaded media has a wrong format.", source: sdk },
  { code: "Miscellaneous", description: "Another reason.", source: sdk },
  { code: "PossibleFraudAttempt", description: "A possible fraud attempt.", source: sdk },
  { code: "UnrelatedPhoto", description: "The photo is unrelated to the identification.", source: sdk },
  { code: "MoreThanOnePerson", description: "More than one person in the photo.", source: sdk },
  { code: "ProhibitedCountryOrState", description: "The document's country or state is prohibited.", source: `${sdk}; seen as "ProhibitedCountryOrState" in an Ondato customer's back office` },
  { code: "DocumentIsExpired", description: "The document is expired.", source: sdk },
  { code: "DocumentWithNonLatinCharacters", description: "The document has non-Latin characters.", source: sdk },
  { code: "PartOfDocumentIsCovered", description: "Part of the document is covered.", source: sdk },
  { code: "NameMismatch", description: "The name does not match.", source: sdk },
  { code: "ExpirationDateMismatch", description: "The expiration date does not match.", source: sdk },
  { code: "IncorrectInformationProvided", description: "Incorrect information was provided.", source: sdk },
  { code: "PartOfFaceIsCovered", description: "Part of the face is covered.", source: sdk },
  { code: "UnderagePerson", description: "The person is under age.", source: sdk },
  { code: "ProhibitedNationality", description: "The nationality is prohibited.", source: sdk },
  { code: "DocAndBioAgeDoesntMatch", description: "The age on the document and the estimated age do not match.", source: sdk },
  { code: "DuplicatedInfo", description: "The information duplicates another identification.", source: sdk },
] as const;

/** `document.type`. */
export const documentTypes = [
  { code: "IdCard", description: "Identity card.", source: "Ondato, “IDV integration”; Ondato's SDK DocumentName" },
  { code: "Passport", description: "Passport.", source: "Ondato's SDK DocumentName" },
  { code: "DriverLicense", description: "Driving licence.", source: "captured webhook; Ondato's SDK DocumentName" },
] as const;

/** `document.files[].part`: which side or page of the document a file shows. */
export const documentFileParts = [
  { code: "Front", description: "Front side (identity card, driving licence).", source: "Ondato, “IDV integration”; Ondato's SDK IdCardSideName/DriverLicenseSideName" },
  { code: "Back", description: "Back side (identity card, driving licence).", source: "captured webhook; Ondato's SDK IdCardSideName/DriverLicenseSideName" },
  { code: "FrontCover", description: "Front cover (passport).", source: "Ondato's SDK PassportSideName" },
  { code: "DataPage", description: "Data page (passport).", source: "Ondato's SDK PassportSideName" },
] as const;

/** `fileType` of a KYC identification's files. */
export const documentFileTypes = [
  { code: "DocumentPhoto", description: "A photo of the identity document.", source: "Ondato, “IDV integration”" },
  { code: "ProofOfAddress", description: "An additional proof-of-address file.", source: "Ondato KYC API Swagger example (additionalFiles, mirrored by docs.transactionlink.io)" },
] as const;

/** Statuses of a KYB document (named in the KybIdentification.Document.* event descriptions). */
export const kybDocumentStatuses = [
  { code: "NeedReview", description: "The document entity was created and waits for review.", source: "Ondato's webhooks page (KybIdentification.Document.Created)" },
  { code: "Validated", description: "The document was verified as valid.", source: "Ondato's webhooks page (KybIdentification.Document.Updated)" },
  { code: "Invalidated", description: "The document was verified as invalid.", source: "Ondato's webhooks page (KybIdentification.Document.Updated)" },
] as const;

/** The `code`s of a table, typed as the union of its codes (for `z.enum`). */
export function codesOf<const T extends readonly { readonly code: string }[]>(table: T): T[number]["code"][] {
  return table.map((entry) => entry.code);
}
