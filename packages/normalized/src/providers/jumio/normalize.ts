import { toCountry } from "../../country.js";
import type { Address, Check, Document, Media, Person, Reason } from "../../event.js";
import { statusIndex } from "../../mapping.js";
import { asArray, asBoolean, asDate, asRecord, asText, asValue, at, compact } from "../../payload.js";
import type { PayloadRecord } from "../../payload.js";
import { reasonFromRow, unmappedStatus } from "../shared.js";
import type { NormalizedDraft, ProviderNormalization } from "../types.js";
import {
  jumioIdCheckFields,
  jumioIdentityVerificationReasons,
  jumioIdSubtypes,
  jumioIdTypes,
  jumioKinds,
  jumioMediaFields,
  jumioRejectReasons,
  jumioStatusMappings,
} from "./mapping.js";

const statusOf = statusIndex(jumioStatusMappings);

/**
 * A Jumio callback to the normalized model. Jumio's callbacks carry no event id and Jumio documents no
 * retries, so the eventId hashes the whole parsed callback: no field is left out. (The new platform's
 * `callbackSentAt` might differ between deliveries, but a second callback for the same workflow can also
 * differ only there; a duplicate `needsRefresh` event costs one fetch, a lost one costs the result.)
 */
export function normalizeJumio(callback: unknown, kind: string): ProviderNormalization {
  const body = asRecord(callback) ?? {};
  let draft: NormalizedDraft;
  switch (kind) {
    case jumioKinds.authentication:
      draft = authentication(body, kind);
      break;
    case jumioKinds.documentVerification:
      draft = documentVerification(body, kind);
      break;
    case jumioKinds.platform:
      draft = platform(body, kind);
      break;
    default:
      draft = idVerification(body, kind);
  }
  return { draft, identity: { content: callback } };
}

/** The status row for a value, or the row for a value no table knows. */
function base(row: ReturnType<typeof statusOf> | undefined, fallback: NormalizedDraft["type"]) {
  return row ?? unmappedStatus(fallback);
}

type Row = ReturnType<typeof base>;
type Head = Pick<NormalizedDraft, "type" | "status" | "finality" | "needsRefresh">;

/**
 * The draft: the status row's fields, then the rest. Not `{ ...head, ...rest }`: on Node 20 (V8 11) an object literal
 * that starts with a spread and then adds keys costs microseconds per callback (the receiver README, "Throughput, measured").
 */
function draftOf(row: Row, rest: Omit<NormalizedDraft, keyof Head>): NormalizedDraft {
  return { type: row.type, status: row.status, finality: row.finality, needsRefresh: row.needsRefresh, ...rest };
}

function idVerification(body: PayloadRecord, kind: string): NormalizedDraft {
  const value = asText(body.verificationStatus);
  const chosen = base(statusOf(kind, "verificationStatus", value), "verification.completed");
  return draftOf(chosen, {
    reference: asText(body.jumioIdScanReference),
    merchantReference: asText(body.merchantIdScanReference),
    occurredAt: asText(body.callbackDate),
    reasons: [...reasonFromRow(chosen, value), ...rejectReasons(body.rejectReason), ...identityVerificationReasons(body.identityVerification)],
    person: compact({
      firstName: asValue(body.idFirstName),
      lastName: asValue(body.idLastName),
      dateOfBirth: asDate(body.idDob),
      gender: gender(body.gender),
      nationality: toCountry(body.nationality),
      placeOfBirth: asValue(body.placeOfBirth),
    }),
    document: idDocument(body),
    address: address(body.idAddress),
    checks: idChecks(body),
    media: media(body),
  });
}

function authentication(body: PayloadRecord, kind: string): NormalizedDraft {
  const value = asText(body.transactionResult);
  const chosen = base(statusOf(kind, "transactionResult", value), "authentication.completed");
  const result = value === "PASSED" ? "passed" : value === "FAILED" ? "failed" : "not_performed";
  return draftOf(chosen, {
    reference: asText(body.transactionReference),
    merchantReference: asText(body.userReference),
    occurredAt: asText(body.callbackDate),
    reasons: reasonFromRow(chosen, value),
    checks: value === undefined ? [] : [{ name: "face_match", result, providerName: "transactionResult", detail: value }],
    media: media(body),
  });
}

function documentVerification(body: PayloadRecord, kind: string): NormalizedDraft {
  const transaction = asRecord(body.transaction) ?? {};
  const document = asRecord(body.document);
  const transactionStatus = asText(transaction.status);
  const documentStatus = asText(document?.status);
  const value = transactionStatus === "DONE" && documentStatus !== undefined ? `DONE/${documentStatus}` : transactionStatus;
  const chosen = base(statusOf(kind, "transaction.status/document.status", value), "document.completed");
  const extracted = asRecord(document?.extractedData);
  // A credit card's extracted data is "name, pan, expiryDate (currently returned as issueDate)" (Jumio
  // implementation guides, "Callback", Supported documents for data extraction): its issueDate is the expiry.
  const cardExpiryAsIssueDate = asText(document?.type) === "CC" && extracted?.expiryDate === undefined;
  const details = compact({
    providerType: asText(document?.type),
    issuingCountry: toCountry(document?.country),
    issuedAt: cardExpiryAsIssueDate ? undefined : asDate(extracted?.issueDate),
    expiresAt: asDate(cardExpiryAsIssueDate ? extracted?.issueDate : extracted?.expiryDate),
  });
  const images: Media[] = asArray(document?.images).flatMap((url, index) => {
    const text = asText(url);
    return text === undefined ? [] : [{ kind: "document" as const, url: text, providerName: `document.images[${index}]` }];
  });
  const original = asText(document?.originalDocument);
  if (original !== undefined) images.push({ kind: "document", url: original, providerName: "document.originalDocument" });
  return draftOf(chosen, {
    reference: asText(body.scanReference),
    merchantReference: asText(transaction.merchantScanReference),
    occurredAt: asText(body.timestamp),
    reasons: reasonFromRow(chosen, value),
    person: compact({ firstName: asValue(extracted?.firstName), lastName: asValue(extracted?.lastName), fullName: asValue(extracted?.name) }),
    document: details ? { type: "other", ...details } : undefined,
    address: address(extracted?.address),
    checks: [],
    media: images,
  });
}

function platform(body: PayloadRecord, kind: string): NormalizedDraft {
  const execution = asRecord(body.workflowExecution) ?? {};
  const value = asText(execution.status);
  const chosen = base(statusOf(kind, "workflowExecution.status", value), "verification.status_changed");
  return draftOf(chosen, {
    reference: asText(execution.id),
    merchantReference: asText(body.userReference),
    occurredAt: asText(body.callbackSentAt),
    reasons: reasonFromRow(chosen, value),
    checks: [],
    media: [],
  });
}

function gender(value: unknown): Person["gender"] {
  const text = asText(value)?.toUpperCase();
  if (text === "M") return "male";
  if (text === "F") return "female";
  if (text === "X") return "other";
  return undefined;
}

function idDocument(body: PayloadRecord): Document | undefined {
  const idType = asText(body.idType);
  const idSubtype = asText(body.idSubtype);
  const details = compact({
    providerType: idType,
    number: asValue(body.idNumber),
    personalNumber: asValue(body.personalNumber),
    issuingCountry: toCountry(body.idCountry),
    issuedAt: asDate(body.issuingDate),
    expiresAt: asDate(body.idExpiry),
  });
  if (!details) return undefined;
  const type = (idSubtype === undefined ? undefined : jumioIdSubtypes.get(idSubtype)) ?? (idType === undefined ? undefined : jumioIdTypes.get(idType)) ?? "other";
  return { type, ...details };
}

/** Joins the present parts with a space (Jumio's own example: "150 N Alberny Dr APT. 7"). */
function joined(...parts: unknown[]): string | undefined {
  const present = parts.map((part) => asValue(part)).filter((part): part is string => part !== undefined);
  return present.length === 0 ? undefined : present.join(" ");
}

/**
 * `idAddress` in any of Jumio's three formats (Jumio, “Callback” (newer edition) and Jumio, “Callback” (older edition)): US (streetNumber, streetDirection,
 * streetName, streetSuffix, unitDesignator, unitNumber, zip, zipExtension, stateCode), EU (streetNumber,
 * streetName, unitDetails, postalCode, province) and Raw (line1..line5, postalCode, subdivision; `countryCode`
 * in Document Verification's extracted address), the old `{country, state}` shape, plus the later `formattedAddress`. The US and EU parts are
 * joined the way Jumio's own conversion example joins them into the Raw format.
 */
function address(value: unknown): Address | undefined {
  const source = asRecord(value);
  if (!source) return undefined;
  const zip = asValue(source.zip);
  const zipExtension = asValue(source.zipExtension);
  const rawLines = [source.line2, source.line3, source.line4, source.line5].map((line) => asValue(line)).filter((line): line is string => line !== undefined);
  return compact({
    line1: asValue(source.line1) ?? joined(source.streetNumber, source.streetDirection, source.streetName, source.streetSuffix),
    line2: rawLines.length > 0 ? rawLines.join(", ") : (joined(source.unitDesignator, source.unitNumber) ?? asValue(source.unitDetails)),
    city: asValue(source.city),
    postalCode: asValue(source.postalCode) ?? (zip !== undefined && zipExtension !== undefined ? `${zip}-${zipExtension}` : zip),
    // `state` is the old shape `{"country":"USA","state":"OH"}` (therocktrading/JumioRock, captured Jumio callbacks in integrators' public test suites).
    subdivision: asValue(source.subdivision) ?? asValue(source.stateCode) ?? asValue(source.province) ?? asValue(source.state),
    country: toCountry(source.country) ?? toCountry(source.countryCode),
    formatted: asValue(source.formattedAddress),
  });
}

function rejectReasons(value: unknown): Reason[] {
  const reject = asRecord(value);
  const code = asText(reject?.rejectReasonCode);
  if (!reject || code === undefined) return [];
  const known = jumioRejectReasons.get(code);
  const description = asText(reject.rejectReasonDescription) ?? known?.code.toUpperCase() ?? code;
  const category = known?.category ?? "other";
  const out: Reason[] = [{ code: known?.code ?? description.toLowerCase(), category, description, providerCode: code }];
  // rejectReasonDetails: a JSON array, or a single object when there is one (captured Jumio callbacks in integrators' public test suites).
  // A detail takes its parent's category: it says which part of the document the reason is about.
  for (const detail of asArray(reject.rejectReasonDetails)) {
    const detailCode = asText(at(detail, "detailsCode"));
    if (detailCode === undefined) continue;
    const detailDescription = asText(at(detail, "detailsDescription")) ?? detailCode;
    const knownDetail = jumioRejectReasons.get(detailCode);
    out.push({
      code: knownDetail?.code ?? `${description}.${detailDescription}`.toLowerCase(),
      category,
      description: detailDescription,
      providerCode: detailCode,
    });
  }
  return out;
}

function identityVerificationReasons(value: unknown): Reason[] {
  const verification = asRecord(value);
  if (!verification) return [];
  const out: Reason[] = [];
  if (asText(verification.similarity) === "NO_MATCH") {
    out.push({ code: "face_no_match", category: "face_mismatch", description: "The person on the selfie is not the one on the document.", providerCode: "NO_MATCH" });
  }
  const reason = asText(verification.reason);
  if (asBoolean(verification.validity) === false || reason !== undefined) {
    const code = reason ?? "FALSE";
    out.push({
      code: code.toLowerCase(),
      category: "liveness_failed",
      description: (reason === undefined ? undefined : jumioIdentityVerificationReasons.get(reason)) ?? "The selfie is not a valid live capture (identityVerification.validity FALSE).",
      providerCode: code,
    });
  }
  return out;
}

function idChecks(body: PayloadRecord): Check[] {
  const out: Check[] = [];
  for (const [field, name] of jumioIdCheckFields) {
    const value = asText(body[field]);
    if (value === undefined) continue;
    out.push({ name, result: value === "OK" ? "passed" : value === "N/A" ? "not_performed" : "failed", providerName: field, detail: value });
  }
  const verification = asRecord(body.identityVerification);
  const similarity = asText(verification?.similarity);
  if (similarity !== undefined) {
    const result = similarity === "MATCH" ? "passed" : similarity === "NO_MATCH" ? "failed" : "not_performed";
    out.push({ name: "face_match", result, providerName: "identityVerification.similarity", detail: similarity });
  }
  const validity = asBoolean(verification?.validity);
  if (validity !== undefined) out.push({ name: "liveness", result: validity ? "passed" : "failed", providerName: "identityVerification.validity", detail: String(verification?.validity) });
  const faceMatch = asText(body.idFaceMatch);
  if (faceMatch !== undefined) out.push({ name: "face_match", result: "passed", providerName: "idFaceMatch", detail: faceMatch });
  const liveness = asBoolean(body.idFaceLiveness);
  if (liveness !== undefined) out.push({ name: "liveness", result: liveness ? "passed" : "failed", providerName: "idFaceLiveness", detail: String(body.idFaceLiveness) });
  return out;
}

/** Image URLs: a field holds one URL, a JSON array of URLs, or (authentication's idScanImageFace) an object of them. */
function media(body: PayloadRecord): Media[] {
  const out: Media[] = [];
  for (const [field, kind] of jumioMediaFields) {
    const value = body[field];
    const direct = asText(value);
    if (direct !== undefined && !direct.trimStart().startsWith("[") && !direct.trimStart().startsWith("{")) {
      out.push({ kind, url: direct, providerName: field });
      continue;
    }
    const record = asRecord(value);
    const urls = record ? Object.values(record) : asArray(value);
    urls.forEach((url, index) => {
      const text = asText(url);
      if (text !== undefined) out.push({ kind, url: text, providerName: `${field}[${index}]` });
    });
  }
  return out;
}
