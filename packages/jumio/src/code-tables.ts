/**
 * Code tables of the Jumio callback documents, as data (Jumio, “Callback” (newer edition), the newer edition; Jumio, “Callback” (older edition), the
 * older edition). Each entry says which edition documents it where the editions differ.
 */

/** Which document lists a value: `newer` = Jumio, “Callback” (newer edition), `older` = Jumio, “Callback” (older edition). */
export type JumioEdition = "newer" | "older";

const both = ["newer", "older"] as const satisfies readonly JumioEdition[];
const newer = ["newer"] as const satisfies readonly JumioEdition[];
const older = ["older"] as const satisfies readonly JumioEdition[];

export const verificationStatuses = [
  { code: "APPROVED_VERIFIED", description: "The ID was verified.", editions: both },
  { code: "DENIED_FRAUD", description: "Fraud was detected; see rejectReason.", editions: both },
  { code: "DENIED_UNSUPPORTED_ID_TYPE", description: "The ID type is not supported by Jumio or not accepted in your settings.", editions: both },
  { code: "DENIED_UNSUPPORTED_ID_COUNTRY", description: "The ID country is not supported by Jumio or not accepted in your settings.", editions: both },
  { code: "ERROR_NOT_READABLE_ID", description: "The ID could not be read; see rejectReason.", editions: both },
  { code: "NO_ID_UPLOADED", description: "No ID was uploaded (the user dropped off; the transaction was cleaned up).", editions: both },
] as const;

export const idScanSources = [
  { code: "WEB", description: "NVW3 / NVW4 before capture method is selected", editions: newer },
  { code: "WEB_CAM", description: "NVW3 / NVW4 with camera capture", editions: newer },
  { code: "WEB_UPLOAD", description: "NVW3 / NVW4 with file upload", editions: newer },
  { code: "REDIRECT", description: "NVW3 redirect before capture method is selected", editions: newer },
  { code: "REDIRECT_CAM", description: "NVW3 redirect with camera capture", editions: newer },
  { code: "REDIRECT_UPLOAD", description: "NVW3 redirect with file upload", editions: newer },
  { code: "API", description: "performNetverify", editions: newer },
  { code: "SDK", description: "Mobile SDK", editions: both },
] as const;

export const idTypes = [
  { code: "PASSPORT", description: "Passport", editions: both },
  { code: "DRIVING_LICENSE", description: "Driving licence", editions: both },
  { code: "ID_CARD", description: "Identity card", editions: both },
  { code: "VISA", description: "Visa (currently only US and China visas in certain cases; others are rejected as unsupported)", editions: newer },
] as const;

export const idSubtypes = [
  { code: "NATIONAL_ID", idType: "ID_CARD", description: "National ID", editions: both },
  { code: "CONSULAR_ID", idType: "ID_CARD", description: "Consular ID", editions: both },
  { code: "ELECTORAL_ID", idType: "ID_CARD", description: "Electoral ID", editions: both },
  { code: "RESIDENT_PERMIT_ID", idType: "ID_CARD", description: "Resident permit ID", editions: both },
  { code: "TAX_ID", idType: "ID_CARD", description: "Tax ID (older edition: only PHL)", editions: both },
  { code: "STUDENT_ID", idType: "ID_CARD", description: "Student ID (older edition: only POL)", editions: both },
  { code: "PASSPORT_CARD_ID", idType: "ID_CARD", description: "Passport card (older edition: only IRL, RUS, USA)", editions: both },
  { code: "MILITARY_ID", idType: "ID_CARD", description: "Military ID (older edition: only GRC)", editions: both },
  { code: "PUBLIC_SAFETY_ID", idType: "ID_CARD", description: "Public safety ID", editions: newer },
  { code: "HEALTH_ID", idType: "ID_CARD", description: "Health ID", editions: newer },
  { code: "OTHER_ID", idType: "ID_CARD", description: "Other ID", editions: both },
  { code: "VISA", idType: "ID_CARD", description: "Visa (older edition: only USA)", editions: both },
  { code: "UNKNOWN", idType: "ID_CARD", description: "Unknown", editions: both },
  { code: "REGULAR_DRIVING_LICENSE", idType: "DRIVING_LICENSE", description: "Regular driving licence", editions: newer },
  { code: "LEARNING_DRIVING_LICENSE", idType: "DRIVING_LICENSE", description: "Learner's driving licence (older edition: only GBR, IRL, BEL, CAN)", editions: both },
  { code: "E_PASSPORT", idType: "PASSPORT", description: "Electronic passport (only for mobile)", editions: both },
] as const;

/** Reject reasons, by the verification status whose family they belong to. */
export const rejectReasons = [
  { code: "100", description: "MANIPULATED_DOCUMENT", status: "DENIED_FRAUD", editions: both },
  { code: "105", description: "FRAUDSTER", status: "DENIED_FRAUD", editions: both },
  { code: "106", description: "FAKE", status: "DENIED_FRAUD", editions: both },
  { code: "107", description: "PHOTO_MISMATCH", status: "DENIED_FRAUD", editions: both },
  { code: "108", description: "MRZ_CHECK_FAILED", status: "DENIED_FRAUD", editions: both },
  { code: "109", description: "PUNCHED_DOCUMENT", status: "DENIED_FRAUD", editions: both },
  { code: "110", description: "CHIP_DATA_MANIPULATED", status: "DENIED_FRAUD", editions: both, note: "only available for ePassport" },
  { code: "111", description: "MISMATCH_PRINTED_BARCODE_DATA", status: "DENIED_FRAUD", editions: both },
  { code: "102", description: "PHOTOCOPY_BLACK_WHITE", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "103", description: "PHOTOCOPY_COLOR", status: "ERROR_NOT_READABLE_ID", editions: both, note: "newer edition: for sources WEB_CAM and REDIRECT_CAM" },
  { code: "104", description: "DIGITAL_COPY", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "200", description: "NOT_READABLE_DOCUMENT", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "201", description: "NO_DOCUMENT", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "202", description: "SAMPLE_DOCUMENT", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "206", description: "MISSING_BACK", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "207", description: "WRONG_DOCUMENT_PAGE", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "209", description: "MISSING_SIGNATURE", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "210", description: "CAMERA_BLACK_WHITE", status: "ERROR_NOT_READABLE_ID", editions: both },
  { code: "211", description: "DIFFERENT_PERSONS_SHOWN", status: "ERROR_NOT_READABLE_ID", editions: both, note: "documents of multiple people in one image" },
  { code: "212", description: "IMAGE_NOT_MATCHING_DATA", status: "ERROR_NOT_READABLE_ID", editions: older, note: "only available for ePassport" },
  { code: "300", description: "MANUAL_REJECTION", status: "ERROR_NOT_READABLE_ID", editions: both },
] as const;

/** Reject reason details, given when rejectReasonCode is 100 or 200. */
export const rejectReasonDetails = [
  { code: "1001", description: "PHOTO", rejectReasonCode: "100", editions: both },
  { code: "1002", description: "DOCUMENT_NUMBER", rejectReasonCode: "100", editions: both },
  { code: "1003", description: "EXPIRY", rejectReasonCode: "100", editions: both },
  { code: "1004", description: "DOB", rejectReasonCode: "100", editions: both },
  { code: "1005", description: "NAME", rejectReasonCode: "100", editions: both },
  { code: "1006", description: "ADDRESS", rejectReasonCode: "100", editions: both },
  { code: "1007", description: "SECURITY_CHECKS", rejectReasonCode: "100", editions: both },
  { code: "1008", description: "SIGNATURE", rejectReasonCode: "100", editions: both },
  { code: "1009", description: "PERSONAL_NUMBER", rejectReasonCode: "100", editions: both },
  // Jumio, “Callback” (newer edition) prints "10011" (five digits, where the series suggests 1010); kept as printed, it fits the max. length 5.
  { code: "10011", description: "PLACE_OF_BIRTH", rejectReasonCode: "100", editions: newer },
  { code: "2001", description: "BLURRED", rejectReasonCode: "200", editions: both },
  { code: "2002", description: "BAD_QUALITY", rejectReasonCode: "200", editions: both },
  { code: "2003", description: "MISSING_PART_DOCUMENT", rejectReasonCode: "200", editions: both },
  { code: "2004", description: "HIDDEN_PART_DOCUMENT", rejectReasonCode: "200", editions: both },
  { code: "2005", description: "DAMAGED_DOCUMENT", rejectReasonCode: "200", editions: both },
  { code: "2006", description: "GLARE", rejectReasonCode: "200", editions: newer },
] as const;

export const identityVerificationSimilarities = [
  { code: "MATCH", description: "The person on the selfie is the one on the document." },
  { code: "NO_MATCH", description: "The person on the selfie is not the one on the document." },
  { code: "NOT_POSSIBLE", description: "Not executed, or bad quality of the face on the document." },
] as const;

/** Reasons given when identityVerification.validity is FALSE (Jumio, “Callback” (newer edition)). */
export const identityVerificationReasons = [
  { code: "SELFIE_CROPPED_FROM_ID", description: "The selfie was cropped from the ID." },
  { code: "ENTIRE_ID_USED_AS_SELFIE", description: "The entire ID was used as the selfie." },
  { code: "MULTIPLE_PEOPLE", description: "Multiple people are shown." },
  { code: "SELFIE_IS_SCREEN_PAPER_VIDEO", description: "The selfie is a screen, paper or video." },
  { code: "SELFIE_MANIPULATED", description: "The selfie was manipulated." },
  { code: "AGE_DIFFERENCE_TOO_BIG", description: "The age difference between selfie and document is too big." },
  { code: "NO_FACE_PRESENT", description: "No face is present." },
  { code: "FACE_NOT_FULLY_VISIBLE", description: "The face is not fully visible." },
  { code: "BAD_QUALITY", description: "Bad quality." },
  { code: "BLACK_AND_WHITE", description: "The selfie is black and white." },
  { code: "LIVENESS_FAILED", description: "The liveness check failed (spoofing, no face shown, bad lighting, face covered, a different person in the second step, ...)." },
] as const;

export const authenticationResults = [
  { code: "PASSED", description: "The user was authenticated against the enrollment transaction." },
  { code: "FAILED", description: "The authentication failed." },
  { code: "INVALID", description: "The authentication transaction is invalid." },
  { code: "EXPIRED", description: "The authentication transaction expired." },
] as const;

export const authenticationScanSources = [
  { code: "SDK", description: "Mobile SDK" },
  { code: "WEB", description: "Web" },
] as const;

/** Document types of Document Verification (newer edition) / Netverify Multi Document (older edition). */
export const documentTypes = [
  { code: "CC", description: "Credit card, front and back side", editions: newer },
  { code: "BS", description: "Bank statement, front side", editions: both },
  { code: "IC", description: "Insurance card, front side", editions: both },
  { code: "UB", description: "Utility bill, front side", editions: both },
  { code: "CAAP", description: "Cash advance application, front and back side", editions: both },
  { code: "CRC", description: "Corporate resolution certificate, front and back side", editions: both },
  { code: "CCS", description: "Credit card statement, front and back side", editions: both },
  { code: "LAG", description: "Lease agreement, front and back side", editions: both },
  { code: "LOAP", description: "Loan application, front and back side", editions: both },
  { code: "MOAP", description: "Mortgage application, front and back side", editions: both },
  { code: "TR", description: "Tax return, front and back side", editions: both },
  { code: "VT", description: "Vehicle title, front side", editions: both },
  { code: "VC", description: "Voided check, front side", editions: both },
  { code: "STUC", description: "Student card, front side", editions: both },
  { code: "HCC", description: "Health care card, front side", editions: both },
  { code: "CB", description: "Council bill, front side", editions: both },
  { code: "SENC", description: "Seniors card, front side", editions: both },
  { code: "MEDC", description: "Medicare card, front side", editions: both },
  { code: "BC", description: "Birth certificate, front side", editions: both },
  { code: "WWCC", description: "Working with children check, front side", editions: both },
  { code: "SS", description: "Superannuation statement, front side", editions: both },
  { code: "TAC", description: "Trade association card, front side", editions: both },
  { code: "SEL", description: "School enrolment letter, front side", editions: both },
  { code: "PB", description: "Phone bill, front side", editions: both },
  { code: "USSS", description: "US social security card, front side", editions: older },
  { code: "SSC", description: "Social security card, front side", editions: both },
  { code: "CUSTOM", description: "Custom document type (see customDocumentCode)", editions: both },
  { code: "OTHER", description: "Other document type", editions: newer },
] as const;

export const documentStatuses = [
  { code: "UPLOADED", description: "Default: the document was uploaded (also CCS where no masking was needed)." },
  { code: "EXTRACTED", description: "Data was extracted from a supported document (always when masking was done: CC, CCS with a full PAN)." },
  { code: "DISCARDED", description: "No supported document for data extraction was provided." },
] as const;

export const documentTransactionStatuses = [
  { code: "DONE", description: "The transaction is finished.", editions: both },
  { code: "FAILED", description: "The initialized acquisition was not finalized within 5 minutes after creation/last update.", editions: newer },
] as const;

export const documentTransactionSources = [
  { code: "DOC_UPLOAD", description: "Document Verification", editions: newer },
  { code: "DOC_API", description: "Document Verification API", editions: newer },
  { code: "DOC_SDK", description: "Document Verification Mobile", editions: both },
] as const;

/** Status of a workflow execution in Jumio's current platform callback (Jumio's platform callback documentation, https://docs.jumio.com/production/Content/Integration/Callback.htm). */
export const workflowExecutionStatuses = [
  { code: "PROCESSED", description: "The workflow finished; fetch the result from the Retrieval API." },
  { code: "SESSION_EXPIRED", description: "The user's session expired before the workflow finished." },
  { code: "TOKEN_EXPIRED", description: "The workflow's transaction token expired before it was used." },
] as const;

/** The codes of a table, as a tuple for `z.enum`. */
export function codesOf<const T extends readonly { readonly code: string }[]>(table: T): [T[number]["code"], ...T[number]["code"][]] {
  return table.map((entry) => entry.code) as [T[number]["code"], ...T[number]["code"][]];
}
