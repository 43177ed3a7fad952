import { toCountry } from "../../country.js";
import type { Check, Document, Media, Person, Reason } from "../../event.js";
import { statusIndex } from "../../mapping.js";
import { asArray, asBoolean, asDate, asRecord, asText, at, compact } from "../../payload.js";
import type { PayloadRecord } from "../../payload.js";
import { reasonFromRow, unmappedStatus } from "../shared.js";
import type { NormalizedDraft, ProviderNormalization } from "../types.js";
import { ondatoDocumentTypeMappings, ondatoFilePartKinds, ondatoRuleChecks, ondatoStatusMappings, ondatoStatusReasons } from "./mapping.js";

const statusOf = statusIndex(ondatoStatusMappings);
const documentTypes = new Map(ondatoDocumentTypeMappings.map((row) => [row.providerValue, row.type]));

/** Statuses of a rule or fraud check that mean it did not run. */
const notPerformed = new Set(["Skipped", "NotApplicable", "NotPerformed", "NotChecked"]);

/**
 * An Ondato webhook to the normalized model. The envelope's `id` is Ondato's own event id ("use it to
 * deduplicate": retries re-send the same webhook), so it is the eventId. `reference` is the identity
 * verification (IDV) id for every event, so that the IDV events and the KYC identification events of one
 * customer share it (a KYC identification names its IDV in `identityVerificationId`).
 */
export function normalizeOndato(callback: unknown, kind: string): ProviderNormalization {
  const envelope = asRecord(callback) ?? {};
  const payload = asRecord(envelope.payload) ?? {};
  const status = asText(payload.status);
  const row = statusOf(kind, "payload.status", status) ?? statusOf(kind, "type", kind) ?? unmappedStatus("verification.updated");
  const isIdv = kind.startsWith("IdentityVerification.") || kind.startsWith("Idv.");
  const document = asRecord(payload.document);

  const draft: NormalizedDraft = {
    type: row.type,
    status: row.status,
    finality: row.finality,
    needsRefresh: row.needsRefresh,
    reference: isIdv ? asText(payload.id) : (asText(payload.identityVerificationId) ?? asText(payload.id)),
    merchantReference: asText(payload.externalReferenceId),
    occurredAt: asText(envelope.createdUtc),
    reasons: [...reasonFromRow(row, status), ...statusReason(payload)],
    person: person(document),
    document: documentOf(document),
    address: compact({ formatted: asText(document?.address) }),
    checks: checks(payload, document),
    media: media(payload, document),
  };
  const id = asText(envelope.id);
  return { draft, identity: id === undefined ? { content: callback } : { id } };
}

function statusReason(payload: PayloadRecord): Reason[] {
  const code = asText(payload.statusReason);
  if (code === undefined) return [];
  const known = ondatoStatusReasons.get(code);
  return [{ code: known?.code ?? code, category: known?.category ?? "other", description: known?.description ?? code, providerCode: code }];
}

function gender(value: unknown): Person["gender"] {
  const text = asText(value)?.toLowerCase();
  if (text === "male" || text === "m") return "male";
  if (text === "female" || text === "f") return "female";
  if (text === "other" || text === "x") return "other";
  return undefined;
}

function person(document: PayloadRecord | undefined): Person | undefined {
  if (!document) return undefined;
  return compact({
    firstName: asText(document.firstName),
    middleName: asText(document.middleName),
    lastName: asText(document.lastName),
    fullName: asText(document.fullName),
    dateOfBirth: asDate(document.dateOfBirth),
    gender: gender(document.gender),
    nationality: toCountry(document.nationalityIso3),
  });
}

function documentOf(document: PayloadRecord | undefined): Document | undefined {
  if (!document) return undefined;
  const providerType = asText(document.type);
  const details = compact({
    providerType,
    number: asText(document.documentNumber),
    personalNumber: asText(document.personalCode),
    issuingCountry: toCountry(document.countryIso3),
    issuedAt: asDate(document.dateOfIssue),
    expiresAt: asDate(document.dateOfExpiration),
  });
  if (!details) return undefined;
  return { type: (providerType === undefined ? undefined : documentTypes.get(providerType)) ?? "other", ...details };
}

function namedChecks(list: unknown, field: string): Check[] {
  return asArray(list).flatMap((entry) => {
    const name = asText(at(entry, "name"));
    const status = asText(at(entry, "status"));
    if (name === undefined || status === undefined) return [];
    const result = status === "Success" ? "passed" : notPerformed.has(status) ? "not_performed" : "failed";
    return [{ name: ondatoRuleChecks[name] ?? "other", result, providerName: `${field}.${name}`, detail: status }];
  });
}

function checks(payload: PayloadRecord, document: PayloadRecord | undefined): Check[] {
  const out: Check[] = [];
  const mrz = asBoolean(document?.mrzVerified);
  if (mrz !== undefined) out.push({ name: "mrz", result: mrz ? "passed" : "failed", providerName: "document.mrzVerified", detail: String(mrz) });
  for (const validation of asArray(document?.ocrValidations)) {
    const key = asText(at(validation, "key"));
    const valid = asBoolean(at(validation, "isValid"));
    if (key === undefined || valid === undefined) continue;
    out.push({ name: "data_consistency", result: valid ? "passed" : "failed", providerName: `document.ocrValidations.${key}`, detail: String(valid) });
  }
  out.push(...namedChecks(payload.rules, "rules"), ...namedChecks(payload.fraudChecks, "fraudChecks"));
  return out;
}

/**
 * Ondato sends file ids, not URLs: the files are fetched through Ondato's API with the id. The media
 * entry's `url` is therefore `ondato:file:<fileId>` and `fileId` holds the id itself.
 */
function media(payload: PayloadRecord, document: PayloadRecord | undefined): Media[] {
  const out: Media[] = [];
  for (const file of asArray(document?.files)) {
    const fileId = asText(at(file, "fileId"));
    if (fileId === undefined) continue;
    const part = asText(at(file, "part")) ?? "";
    const kind = asText(at(file, "fileType")) === "ProofOfAddress" ? "document" : (ondatoFilePartKinds[part] ?? "other");
    out.push({ kind, url: `ondato:file:${fileId}`, fileId, providerName: `document.files[${part}]` });
  }
  for (const file of asArray(at(payload, "face", "files"))) {
    const fileId = asText(at(file, "fileId"));
    if (fileId === undefined) continue;
    out.push({ kind: "face", url: `ondato:file:${fileId}`, fileId, providerName: `face.files[${asText(at(file, "part")) ?? ""}]` });
  }
  return out;
}
