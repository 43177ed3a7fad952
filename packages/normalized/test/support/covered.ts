import type { NormalizedEvent, ProviderName } from "../../src/index.js";

/**
 * The fields of each provider's payload that the model covers (names, date of birth, document number,
 * dates, address parts, checks, image URLs, reject codes), listed here from the providers' documents
 * and independently of the normalizers. Each entry says where in the event the value must show up.
 */
export interface Covered {
  /** The payload path, for the failure message. */
  readonly path: string;
  readonly value: string;
  /** Where it must appear: anywhere in the event's data, among check names, reason codes or media. */
  readonly in: "data" | "checks" | "reasons" | "media";
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const placeholder = /^(|n\/a|null)$/i;

function push(out: Covered[], path: string, value: unknown, where: Covered["in"] = "data"): void {
  if (typeof value === "number") value = String(value);
  if (typeof value !== "string" || placeholder.test(value.trim())) return;
  out.push({ path, value, in: where });
}

function shufti(raw: Json): Covered[] {
  const out: Covered[] = [];
  const data = obj(obj(raw.verification_data).document);
  const name = obj(data.name);
  for (const key of ["first_name", "middle_name", "last_name"]) push(out, `verification_data.document.name.${key}`, name[key]);
  for (const key of ["dob", "issue_date", "expiry_date", "document_number"]) push(out, `verification_data.document.${key}`, data[key]);
  push(out, "verification_data.address.full_address", obj(obj(raw.verification_data).address).full_address);
  const proof = obj(obj(obj(raw.additional_data).document).proof);
  for (const key of ["personal_number", "place_of_birth"]) push(out, `additional_data.document.proof.${key}`, proof[key]);
  push(out, "country", raw.country);
  for (const [service, result] of Object.entries(obj(raw.verification_result))) {
    if (typeof result === "number" || result === null) push(out, `verification_result.${service}`, `verification_result.${service}`, "checks");
    for (const key of Object.keys(obj(result))) push(out, `verification_result.${service}.${key}`, `verification_result.${service}.${key}`, "checks");
  }
  for (const code of list(raw.declined_codes)) push(out, "declined_codes[]", code, "reasons");
  const visit = (value: unknown, path: string) => {
    if (typeof value === "string" && /^https?:/.test(value)) push(out, path, value, "media");
    for (const [key, member] of Object.entries(obj(value))) visit(member, `${path}.${key}`);
  };
  visit(raw.proofs, "proofs");
  return out;
}

function netki(raw: Json): Covered[] {
  const out: Covered[] = [];
  const transaction = obj(raw.identity);
  const identity = obj(transaction.transaction_identity);
  for (const key of ["first_name", "middle_name", "last_name", "birth_date", "birth_location", "passport_number", "drivers_license", "client_guid"]) {
    push(out, `transaction_identity.${key}`, identity[key]);
  }
  const addresses = list(identity.identity_addresses).map(obj);
  const current = addresses.find((entry) => entry.is_active !== false) ?? addresses[0];
  for (const key of ["address", "unit", "city", "state", "postalcode", "country_code"]) push(out, `identity_addresses[].${key}`, current?.[key]);
  for (const document of list(identity.identity_documents).map(obj)) push(out, "identity_documents[].document", document.document, "media");
  for (const reason of list(transaction.transaction_declined_reasons)) push(out, "transaction_declined_reasons[].reason", obj(reason).reason, "reasons");
  for (const holder of [transaction, identity, ...list(identity.identity_documents).map(obj)]) {
    for (const error of list(holder.errors)) push(out, "errors[].error_code.error_code_name", obj(obj(error).error_code).error_code_name, "reasons");
  }
  for (const listing of list(identity.identity_data_listings)) push(out, "identity_data_listings[].listing_type.name", obj(obj(listing).listing_type).name, "checks");
  return out;
}

function ondato(raw: Json): Covered[] {
  const out: Covered[] = [];
  const payload = obj(raw.payload);
  const document = obj(payload.document);
  for (const key of ["firstName", "middleName", "lastName", "fullName", "documentNumber", "dateOfIssue", "dateOfExpiration", "dateOfBirth", "personalCode", "address", "nationalityIso3", "countryIso3"]) {
    push(out, `payload.document.${key}`, document[key]);
  }
  push(out, "payload.statusReason", payload.statusReason, "reasons");
  push(out, "payload.externalReferenceId", payload.externalReferenceId);
  for (const file of list(document.files)) push(out, "payload.document.files[].fileId", obj(file).fileId, "media");
  for (const file of list(obj(payload.face).files)) push(out, "payload.face.files[].fileId", obj(file).fileId, "media");
  if (typeof document.mrzVerified === "boolean") push(out, "payload.document.mrzVerified", "document.mrzVerified", "checks");
  for (const validation of list(document.ocrValidations)) push(out, "payload.document.ocrValidations[].key", `document.ocrValidations.${String(obj(validation).key)}`, "checks");
  for (const field of ["rules", "fraudChecks"]) for (const check of list(payload[field])) push(out, `payload.${field}[].name`, `${field}.${String(obj(check).name)}`, "checks");
  return out;
}

/** Values of a Jumio image field: a URL, a JSON array of URLs, or an object of them. */
function urls(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return Object.values(obj(value)).filter((item): item is string => typeof item === "string");
}

function jumio(raw: Json): Covered[] {
  const out: Covered[] = [];
  for (const key of ["idFirstName", "idLastName", "idDob", "idNumber", "idExpiry", "personalNumber", "issuingDate", "placeOfBirth", "idCountry", "nationality"]) {
    push(out, key, raw[key]);
  }
  for (const key of ["jumioIdScanReference", "merchantIdScanReference", "transactionReference", "userReference", "scanReference"]) push(out, key, raw[key]);
  // Address parts of every format (US, EU, Raw): each value must show up in the normalized address.
  for (const address of [obj(raw.idAddress), obj(obj(obj(raw.document).extractedData).address)]) {
    for (const [key, value] of Object.entries(address)) push(out, `address.${key}`, value);
  }
  const extracted = obj(obj(raw.document).extractedData);
  for (const key of ["firstName", "lastName", "name", "issueDate", "expiryDate"]) push(out, `document.extractedData.${key}`, extracted[key]);
  for (const key of ["idCheckDataPositions", "idCheckDocumentValidation", "idCheckHologram", "idCheckMRZcode", "idCheckMicroprint", "idCheckSecurityFeatures", "idCheckSignature", "idFaceMatch", "idFaceLiveness"]) {
    if (raw[key] !== undefined) push(out, key, key, "checks");
  }
  const verification = obj(raw.identityVerification);
  if (verification.similarity !== undefined) push(out, "identityVerification.similarity", "identityVerification.similarity", "checks");
  if (verification.validity !== undefined) push(out, "identityVerification.validity", "identityVerification.validity", "checks");
  push(out, "identityVerification.reason", verification.reason, "reasons");
  for (const key of ["idScanImage", "idScanImageBackside", "idScanImageFace", "livenessImages", "facemap"]) for (const url of urls(raw[key])) push(out, key, url, "media");
  for (const url of urls(obj(raw.document).images)) push(out, "document.images[]", url, "media");
  push(out, "document.originalDocument", obj(raw.document).originalDocument, "media");
  const reject = obj(raw.rejectReason);
  push(out, "rejectReason.rejectReasonCode", reject.rejectReasonCode, "reasons");
  const details = Array.isArray(reject.rejectReasonDetails) ? reject.rejectReasonDetails : reject.rejectReasonDetails === undefined ? [] : [reject.rejectReasonDetails];
  for (const detail of details) push(out, "rejectReason.rejectReasonDetails[].detailsCode", obj(detail).detailsCode, "reasons");
  return out;
}

export const coveredFields: Readonly<Record<ProviderName, (raw: Json) => Covered[]>> = {
  jumio,
  shufti,
  ondato,
  netki,
};

/** Every string in the event's data (not raw), for "appears somewhere". */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === "object") for (const member of Object.values(value)) strings(member, out);
  return out;
}

export function appears(event: NormalizedEvent, covered: Covered): boolean {
  switch (covered.in) {
    case "checks":
      return event.checks.some((check) => check.providerName === covered.value);
    case "reasons":
      return event.reasons.some((reason) => reason.providerCode === covered.value);
    case "media":
      return event.media.some((media) => media.url === covered.value || media.fileId === covered.value);
    default: {
      const { raw: _raw, ...data } = event;
      return strings(data).some((text) => text === covered.value || text.includes(covered.value));
    }
  }
}
