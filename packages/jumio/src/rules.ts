import type { Rule, RuleBreak, RuleSource } from "@kyc-webhooks/core";
import type { AuthenticationCallback } from "./callbacks/authentication.js";
import type { CallbackKind, CallbackOfKind } from "./callbacks/index.js";
import type { DocumentVerificationCallback } from "./callbacks/document-verification.js";
import type { NetverifyIdCallback } from "./callbacks/netverify-id.js";
import { rejectReasonDetailList } from "./callbacks/reject-reason.js";
import type { RejectReason } from "./callbacks/reject-reason.js";
import { idSubtypes, rejectReasonDetails, rejectReasons, verificationStatuses } from "./code-tables.js";

/*
 * The rules between fields that Jumio's two callback documents state, as data. The schemas describe each
 * field; these say how fields depend on each other. Strict parsing (the default) refuses a callback that
 * breaks one, naming the rule and where the document states it; tolerant parsing reports it as a warning.
 */

/** The newer edition (Netverify, Authentication, Document Verification). */
const newer = {
  title: "Jumio implementation guides, “Callback”",
  url: "https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md",
} as const;

/** The older edition (Netverify, Netverify Multi Document). */
const older = {
  title: "Jumio Mobile SDK for Android, “Callback”",
  url: "https://github.com/Jumio/mobile-sdk-android/blob/master/docs/integration_callback.md",
} as const;

const inNewer = (where: string): RuleSource => ({ ...newer, where });
const inOlder = (where: string): RuleSource => ({ ...older, where });

type Fields = Readonly<Record<string, unknown>>;
const fieldsOf = (value: unknown): Fields => value as Fields;
const APPROVED = "APPROVED_VERIFIED";

const documentedStatuses: ReadonlySet<string> = new Set(verificationStatuses.map((entry) => entry.code));

/** Whether the status is one the documents list: the status rules say nothing about a status nobody has listed yet. */
const documentedStatus = (callback: NetverifyIdCallback): boolean => documentedStatuses.has(callback.verificationStatus);

/** The reject reason of any status's callback (the union types it on two variants only). */
const reasonOf = (callback: NetverifyIdCallback): RejectReason | undefined => (callback as { readonly rejectReason?: RejectReason }).rejectReason;

const idChecks = ["idCheckDataPositions", "idCheckDocumentValidation", "idCheckHologram", "idCheckMicroprint", "idCheckSecurityFeatures", "idCheckSignature"] as const;

export const idScanStatusFollowsStatus: Rule<NetverifyIdCallback> = {
  id: "jumio.id-scan-status-follows-verification-status",
  statement: "idScanStatus is SUCCESS if verificationStatus = APPROVED_VERIFIED, otherwise ERROR",
  source: inNewer("“Callback for Netverify”, Parameters table, row idScanStatus (the older edition's table says the same)"),
  check: (callback) => {
    if (!documentedStatus(callback)) return [];
    const expected = callback.verificationStatus === APPROVED ? "SUCCESS" : "ERROR";
    return callback.idScanStatus === expected ? [] : [{ path: ["idScanStatus"], message: `idScanStatus must be ${expected} for verificationStatus ${callback.verificationStatus}`, expected }];
  },
};

export const idChecksFollowStatus: Rule<NetverifyIdCallback> = {
  id: "jumio.id-checks-follow-verification-status",
  statement: "idCheckDataPositions, idCheckDocumentValidation, idCheckHologram, idCheckMicroprint, idCheckSecurityFeatures and idCheckSignature are OK if verificationStatus = APPROVED_VERIFIED, otherwise N/A; idCheckMRZcode is N/A unless APPROVED_VERIFIED",
  source: inNewer("“Callback for Netverify”, Parameters table, rows idCheckDataPositions to idCheckSignature (the older edition's table says the same)"),
  check: (callback) => {
    if (!documentedStatus(callback)) return [];
    const approved = callback.verificationStatus === APPROVED;
    const out: RuleBreak[] = [];
    for (const field of idChecks) {
      const expected = approved ? "OK" : "N/A";
      if (callback[field] !== expected) out.push({ path: [field], message: `${field} must be ${expected} for verificationStatus ${callback.verificationStatus}`, expected });
    }
    // MRZ is OK only "for passports and supported ID cards if … APPROVED_VERIFIED and MRZ check is enabled": N/A is always possible.
    if (!approved && callback.idCheckMRZcode === "OK") out.push({ path: ["idCheckMRZcode"], message: `idCheckMRZcode must be N/A for verificationStatus ${callback.verificationStatus}`, expected: "N/A" });
    return out;
  },
};

export const idSubtypeOfIdType: Rule<NetverifyIdCallback> = {
  id: "jumio.id-subtype-of-id-type",
  statement: "an idSubtype is one of the subtypes listed for its idType (ID_CARD, DRIVING_LICENSE, PASSPORT)",
  source: inNewer("“Callback for Netverify”, Parameters table, row idSubtype"),
  check: (callback) => {
    if (callback.idSubtype === undefined || callback.idType === undefined) return [];
    const entry = idSubtypes.find((subtype) => subtype.code === callback.idSubtype);
    if (entry === undefined || entry.idType === callback.idType) return [];
    return [{ path: ["idSubtype"], message: `idSubtype ${entry.code} belongs to idType ${entry.idType}, not ${callback.idType}`, expected: `a subtype of ${callback.idType}` }];
  },
};

export const rejectReasonOnlyForRejections: Rule<NetverifyIdCallback> = {
  id: "jumio.reject-reason-only-for-fraud-or-not-readable",
  statement: "rejectReason is sent if verificationStatus = DENIED_FRAUD or ERROR_NOT_READABLE_ID",
  source: inNewer("“Callback for Netverify”, Parameters table, row rejectReason (the older edition's table says the same)"),
  check: (callback) => {
    if (!documentedStatus(callback)) return [];
    const status = callback.verificationStatus;
    if (reasonOf(callback) === undefined || status === "DENIED_FRAUD" || status === "ERROR_NOT_READABLE_ID") return [];
    return [{ path: ["rejectReason"], message: `rejectReason is sent only for DENIED_FRAUD and ERROR_NOT_READABLE_ID, not for ${status}` }];
  },
};

export const rejectReasonOfStatus: Rule<NetverifyIdCallback> = {
  id: "jumio.reject-reason-code-of-status",
  statement: "a rejectReasonCode is one of the codes listed for the verificationStatus (DENIED_FRAUD: 100, 105–111; ERROR_NOT_READABLE_ID: 102–104, 200–212, 300), with that code's description",
  source: inNewer("“Reject reason” table, row rejectReasonDescription"),
  check: (callback) => {
    const reason = reasonOf(callback);
    if (reason === undefined) return [];
    const entry = rejectReasons.find((row) => row.code === reason.rejectReasonCode);
    if (entry === undefined) return [];
    const out: RuleBreak[] = [];
    const status = callback.verificationStatus;
    if ((status === "DENIED_FRAUD" || status === "ERROR_NOT_READABLE_ID") && entry.status !== status) {
      out.push({ path: ["rejectReason", "rejectReasonCode"], message: `reject code ${entry.code} belongs to ${entry.status}, not ${status}`, expected: `a ${status} code` });
    }
    if (reason.rejectReasonDescription !== entry.description) {
      out.push({ path: ["rejectReason", "rejectReasonDescription"], message: `reject code ${entry.code} is described as ${entry.description}`, expected: entry.description });
    }
    return out;
  },
};

export const rejectReasonDetailsOfCode: Rule<NetverifyIdCallback> = {
  id: "jumio.reject-reason-details-of-code",
  statement: "rejectReasonDetails are given only if rejectReasonCode = 100 or 200, each detail a code of that reject code's list with its own description",
  source: inNewer("“Reject reason” table, row rejectReasonDetails, and “Reject reason details” table, row detailsDescription"),
  check: (callback) => {
    const reason = reasonOf(callback);
    if (reason?.rejectReasonDetails === undefined) return [];
    const code = reason.rejectReasonCode;
    if (code !== "100" && code !== "200") {
      return [{ path: ["rejectReason", "rejectReasonDetails"], message: `rejectReasonDetails are given only for reject codes 100 and 200, not ${code}` }];
    }
    const details = rejectReasonDetailList(reason);
    const single = !Array.isArray(reason.rejectReasonDetails);
    const out: RuleBreak[] = [];
    details.forEach((detail, index) => {
      const path = single ? ["rejectReason", "rejectReasonDetails"] : ["rejectReason", "rejectReasonDetails", index];
      const entry = rejectReasonDetails.find((row) => row.code === detail.detailsCode);
      if (entry === undefined) return;
      if (entry.rejectReasonCode !== code) out.push({ path: [...path, "detailsCode"], message: `detail ${entry.code} belongs to reject code ${entry.rejectReasonCode}, not ${code}` });
      if (entry.description !== detail.detailsDescription) out.push({ path: [...path, "detailsDescription"], message: `detail ${entry.code} is described as ${entry.description}`, expected: entry.description });
    });
    return out;
  },
};

export const identityVerificationOnlyIfApproved: Rule<NetverifyIdCallback> = {
  id: "jumio.identity-verification-only-if-approved",
  statement: "identityVerification is sent ONLY if verificationStatus = APPROVED_VERIFIED",
  source: inNewer("“Callback for Netverify”, Parameters table, row identityVerification"),
  check: (callback) =>
    callback.identityVerification !== undefined && documentedStatus(callback) && callback.verificationStatus !== APPROVED
      ? [{ path: ["identityVerification"], message: `identityVerification is sent only for APPROVED_VERIFIED, not for ${callback.verificationStatus}` }]
      : [],
};

export const faceMatchOnlyIfApproved: Rule<NetverifyIdCallback> = {
  id: "jumio.face-match-only-if-approved",
  statement: "idFaceMatch is the face match percentage if verificationStatus = APPROVED_VERIFIED",
  source: inOlder("“Callback for Netverify”, Parameters table, row idFaceMatch"),
  check: (callback) =>
    callback.idFaceMatch !== undefined && documentedStatus(callback) && callback.verificationStatus !== APPROVED
      ? [{ path: ["idFaceMatch"], message: `idFaceMatch is sent only for APPROVED_VERIFIED, not for ${callback.verificationStatus}` }]
      : [],
};

/** The fields of each address format (newer edition, “US address format”, “EU address format”, “Raw address format”). */
const addressFormats = {
  US: ["city", "stateCode", "streetName", "streetSuffix", "streetDirection", "streetNumber", "unitDesignator", "unitNumber", "zip", "zipExtension", "country"],
  EU: ["city", "province", "streetName", "streetNumber", "unitDetails", "postalCode", "country"],
  RAW: ["line1", "line2", "line3", "line4", "line5", "country", "postalCode", "city", "subdivision", "formattedAddress"],
} as const;
const documentedAddressFields = new Set<string>(Object.values(addressFormats).flat());

export const addressInOneFormat: Rule<NetverifyIdCallback> = {
  id: "jumio.address-in-one-format",
  statement: "idAddress is in the US, the EU or the Raw format, with only that format's fields and limits (US streetNumber: max. 14)",
  source: inNewer("“Supported documents for address extraction”: tables “US address format”, “EU address format”, “Raw address format”"),
  check: (callback) => {
    const address = callback.idAddress;
    if (address === undefined) return [];
    // Unknown fields (an old shape's `state`) are kept and are no format's: they decide nothing.
    const present = Object.keys(address).filter((key) => documentedAddressFields.has(key) && address[key] !== undefined);
    const formats = (Object.keys(addressFormats) as (keyof typeof addressFormats)[]).filter((format) =>
      present.every((key) => (addressFormats[format] as readonly string[]).includes(key)),
    );
    if (formats.length === 0) return [{ path: ["idAddress"], message: `idAddress mixes the fields of several formats (${present.join(", ")})`, expected: "the fields of one of US, EU, Raw" }];
    if (formats.length === 1 && formats[0] === "US" && typeof address.streetNumber === "string" && address.streetNumber.length > 14) {
      return [{ path: ["idAddress", "streetNumber"], message: "streetNumber of a US format address has at most 14 characters", expected: "at most 14 characters" }];
    }
    return [];
  },
};

export const documentFollowsStatus: Rule<DocumentVerificationCallback> = {
  id: "jumio.document-follows-status",
  statement: "document is sent if transaction status = DONE; its extractedData if document status = EXTRACTED; customDocumentCode if type = CUSTOM",
  source: inNewer("“Callback for Document Verification”: Parameters table, row document; Document table, rows customDocumentCode and extractedData"),
  check: (callback) => {
    const document = callback.document;
    if (document === undefined) return [];
    const out: RuleBreak[] = [];
    if (callback.transaction.status !== "DONE") out.push({ path: ["document"], message: `document is sent only for transaction status DONE, not ${callback.transaction.status}` });
    if (document.extractedData !== undefined && document.status !== "EXTRACTED") out.push({ path: ["document", "extractedData"], message: `extractedData is sent only for document status EXTRACTED, not ${document.status}` });
    if (document.customDocumentCode !== undefined && document.type !== "CUSTOM") out.push({ path: ["document", "customDocumentCode"], message: `customDocumentCode is sent only for document type CUSTOM, not ${document.type}` });
    return out;
  },
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether a date or timestamp the schema let through (by shape) is a real calendar value; undefined for other strings. */
export function isRealCalendarValue(text: string): boolean | undefined {
  const time = TIMESTAMP.exec(text) ?? DATE.exec(text);
  if (!time) return undefined;
  if (!isCalendarDate(Number(time[1]), Number(time[2]), Number(time[3]))) return false;
  // A date alone has no time groups; a timestamp's hours, minutes and seconds are checked too.
  return time[4] === undefined || (Number(time[4]) < 24 && Number(time[5]) < 60 && Number(time[6]) < 60);
}

/** Strings that can be a date or a timestamp: only those are matched against the two patterns. */
function looksLikeCalendarValue(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length >= 10 && first >= 0x30 && first <= 0x39;
}

/** Adds a break for each string under `value` that has a date's shape but is no real date; `path` is built as it goes. */
function calendarBreaks(value: unknown, path: (string | number)[], out: RuleBreak[]): void {
  if (typeof value === "string") {
    if (looksLikeCalendarValue(value) && isRealCalendarValue(value) === false) out.push({ path: [...path], message: "Not a real calendar date or time (a month 01–12, a day that month has, hours 00–23, minutes and seconds 00–59)", expected: "a real date" });
    return;
  }
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      calendarBreaks(value[index], path, out);
      path.pop();
    }
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    path.push(key);
    calendarBreaks((value as Record<string, unknown>)[key], path, out);
    path.pop();
  }
}

export const realCalendarValues: Rule<unknown> = {
  id: "jumio.real-calendar-values",
  statement: "dates (YYYY-MM-DD) and timestamps (YYYY-MM-DDThh:mm:ss[.SSS]Z, UTC) are real calendar values",
  source: inNewer("“Timestamp format” (Netverify, Authentication, Document Verification), and each date field's row (“in the format YYYY-MM-DD”)"),
  check: (value) => {
    const out: RuleBreak[] = [];
    calendarBreaks(fieldsOf(value), [], out);
    return out;
  },
};

/** The rules of each kind, as data (the docs site and the tests read them too). */
export const callbackRules: { readonly [K in CallbackKind]: readonly Rule<CallbackOfKind[K]>[] } = {
  NETVERIFYID: [
    idScanStatusFollowsStatus,
    idChecksFollowStatus,
    idSubtypeOfIdType,
    rejectReasonOnlyForRejections,
    rejectReasonOfStatus,
    rejectReasonDetailsOfCode,
    identityVerificationOnlyIfApproved,
    faceMatchOnlyIfApproved,
    addressInOneFormat,
    realCalendarValues,
  ],
  NETVERIFY_AUTHENTICATION: [realCalendarValues as Rule<AuthenticationCallback>],
  DOCUMENT_VERIFICATION: [documentFollowsStatus, realCalendarValues],
  WORKFLOW_EXECUTION: [],
};
