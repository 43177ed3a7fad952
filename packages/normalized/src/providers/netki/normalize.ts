import { toCountry } from "../../country.js";
import type { Check, Document, Media, Reason } from "../../event.js";
import { statusIndex } from "../../mapping.js";
import { asArray, asBoolean, asDate, asRecord, asText, at, compact } from "../../payload.js";
import type { PayloadRecord } from "../../payload.js";
import type { NormalizedDraft, ProviderNormalization } from "../types.js";
import { netkiDocumentTypeMappings, netkiErrorCategory, netkiMediaKinds, netkiStatusMappings } from "./mapping.js";
import { reasonFromRow, unmappedStatus } from "../shared.js";

const statusOf = statusIndex(netkiStatusMappings);
const documentTypes = new Map(netkiDocumentTypeMappings.map((row) => [row.providerValue, row.type]));

/**
 * A Netki callback to the normalized model. The transaction callback is `{ identity: <transaction> }`
 * (the key says identity, the value is the transaction; the person is `transaction_identity`).
 */
export function normalizeNetki(callback: unknown, kind: string): ProviderNormalization {
  if (kind === "business") return normalizeBusiness(callback);
  return normalizeTransaction(callback);
}

function normalizeBusiness(callback: unknown): ProviderNormalization {
  const status = asText(at(callback, "business", "status"));
  const row = statusOf("business", "business.status", status) ?? unmappedStatus("business.updated");
  const draft: NormalizedDraft = {
    type: row.type,
    status: row.status,
    finality: row.finality,
    needsRefresh: row.needsRefresh,
    reasons: reasonFromRow(row, status),
    checks: [],
    media: [],
  };
  // A business callback has no timestamp and no delivery counter: the whole body identifies it.
  return { draft, identity: { content: callback } };
}

function normalizeTransaction(callback: unknown): ProviderNormalization {
  const transaction = asRecord(at(callback, "identity")) ?? {};
  const identity = asRecord(transaction.transaction_identity) ?? {};
  const state = asText(transaction.state);
  const row = statusOf("transaction", "identity.state", state) ?? unmappedStatus("verification.updated");
  const documents = asArray(identity.identity_documents).map((entry) => asRecord(entry) ?? {});

  const draft: NormalizedDraft = {
    type: row.type,
    status: row.status,
    finality: row.finality,
    needsRefresh: row.needsRefresh,
    reference: asText(transaction.id),
    merchantReference: asText(identity.client_guid) ?? asText(at(transaction, "transaction_metadata", "client_guid")),
    occurredAt: asText(transaction.updated),
    reasons: [...reasonFromRow(row, state), ...declinedReasons(transaction), ...errorReasons(transaction, identity, documents)],
    person: compact({
      firstName: asText(identity.first_name),
      middleName: asText(identity.middle_name),
      lastName: asText(identity.last_name),
      dateOfBirth: asDate(identity.birth_date),
      gender: gender(identity.gender),
      placeOfBirth: asText(identity.birth_location),
    }),
    document: document(identity, documents),
    address: address(identity),
    country: toCountry(identity.selected_country_code),
    checks: checks(identity, documents),
    media: media(documents),
  };
  // Each delivery attempt is recorded in `transaction_callbacks[]` (id, state, status_code,
  // callback_counter) and the body carries that list (netkidocs`api/callbacks2.md`, Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md),
  // so a retry of the same callback differs there and nowhere else: it is left out of the identity.
  const { transaction_callbacks: _attempts, ...stable } = transaction;
  return { draft, identity: { content: { ...asRecord(callback), identity: stable } } };
}

function gender(value: unknown): "male" | "female" | "other" | undefined {
  return value === "male" || value === "female" || value === "other" ? value : undefined;
}

function declinedReasons(transaction: PayloadRecord): Reason[] {
  return asArray(transaction.transaction_declined_reasons).flatMap((entry) => {
    const reason = asText(at(entry, "reason"));
    return reason === undefined ? [] : [{ code: "declined", category: "other" as const, description: reason, providerCode: reason }];
  });
}

/** `errors[]` on the transaction, the identity and each document, once per error code. */
function errorReasons(transaction: PayloadRecord, identity: PayloadRecord, documents: readonly PayloadRecord[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const holder of [transaction, identity, ...documents]) {
    for (const error of asArray(holder.errors)) {
      const code = asRecord(at(error, "error_code"));
      const name = asText(code?.error_code_name);
      if (!code || name === undefined || seen.has(name)) continue;
      seen.add(name);
      out.push({
        code: name,
        category: netkiErrorCategory(asText(code.category) ?? ""),
        description: asText(code.error_code_description) ?? name,
        providerCode: name,
      });
    }
  }
  return out;
}

/**
 * The identity document. Netki lists uploads (`identity_documents[]`: passport, drivers_license, or
 * front/back sides, and the selfie) and keeps the numbers on the identity (`passport_number`,
 * `drivers_license`). The first upload of a known type decides the type; without one, the number present does.
 */
function document(identity: PayloadRecord, documents: readonly PayloadRecord[]): Document | undefined {
  const typeOf = (entry: PayloadRecord) => documentTypes.get(asText(entry.document_type) ?? "");
  const primary = documents.find((entry) => typeOf(entry) !== undefined && typeOf(entry) !== "other") ?? documents.find((entry) => typeOf(entry) !== undefined);
  const passportNumber = asText(identity.passport_number);
  const licenseNumber = asText(identity.drivers_license);
  let type = primary ? typeOf(primary) : undefined;
  if (type === undefined || type === "other") type = passportNumber ? "passport" : licenseNumber ? "driving_license" : type;
  const dated = [primary, ...documents].find((entry) => entry !== undefined && (asDate(entry.expiration_date) ?? asDate(entry.issue_date)) !== undefined);
  const details = compact({
    providerType: asText(primary?.document_type),
    number: type === "driving_license" ? (licenseNumber ?? passportNumber) : (passportNumber ?? licenseNumber),
    issuingCountry: toCountry(primary?.country_code) ?? toCountry(identity.country_code),
    issuedAt: asDate(dated?.issue_date),
    expiresAt: asDate(dated?.expiration_date),
  });
  if (!details && type === undefined) return undefined;
  return { type: type ?? "other", ...details };
}

function address(identity: PayloadRecord) {
  const addresses = asArray(identity.identity_addresses).map((entry) => asRecord(entry) ?? {});
  const current = addresses.find((entry) => entry.is_active !== false) ?? addresses[0];
  if (!current) return undefined;
  return compact({
    line1: asText(current.address),
    line2: asText(current.unit),
    city: asText(current.city),
    postalCode: asText(current.postalcode),
    subdivision: asText(current.state),
    country: toCountry(current.country_code),
  });
}

function checks(identity: PayloadRecord, documents: readonly PayloadRecord[]): Check[] {
  const out: Check[] = [];
  for (const listing of asArray(identity.identity_data_listings)) {
    const type = asRecord(at(listing, "listing_type"));
    const flagged = asBoolean(type?.is_flagged);
    if (!type || flagged === undefined) continue;
    out.push({ name: "watchlist", result: flagged ? "failed" : "passed", providerName: asText(type.name) ?? "identity_data_listings", detail: flagged ? "is_flagged: true" : "is_flagged: false" });
  }
  for (const entry of documents) {
    const state = asText(entry.state);
    if (state === undefined) continue;
    const result = state === "completed" ? "passed" : state === "failed" || state === "fraud" ? "failed" : "not_performed";
    out.push({ name: "document", result, providerName: `identity_documents[${asText(entry.document_type) ?? "?"}].state`, detail: state });
  }
  const phone = asBoolean(identity.phone_is_validated);
  if (phone !== undefined) out.push({ name: "other", result: phone ? "passed" : "failed", providerName: "phone_is_validated", detail: String(phone) });
  return out;
}

function media(documents: readonly PayloadRecord[]): Media[] {
  return documents.flatMap((entry) => {
    const url = asText(entry.document);
    if (url === undefined) return [];
    const type = asText(entry.document_type) ?? "";
    return [{ kind: netkiMediaKinds[type] ?? "other", url, providerName: `identity_documents[${type}].document` }];
  });
}
