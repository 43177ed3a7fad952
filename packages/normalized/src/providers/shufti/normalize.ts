import { toCountry } from "../../country.js";
import type { Check, Document, Media, Person, Reason } from "../../event.js";
import { statusIndex } from "../../mapping.js";
import type { StatusMapping } from "../../mapping.js";
import { asArray, asDate, asRecord, asText, at, compact } from "../../payload.js";
import type { PayloadRecord } from "../../payload.js";
import { reasonFromRow, unmappedStatus } from "../shared.js";
import type { NormalizedDraft, ProviderNormalization } from "../types.js";
import {
  shuftiDeclinedCodes,
  shuftiDocumentCheckKeys,
  shuftiDocumentTypeMappings,
  shuftiMediaKinds,
  shuftiServiceChecks,
  shuftiStatusMappings,
} from "./mapping.js";

const statusOf = statusIndex(shuftiStatusMappings);
const selectedTypes = new Map(shuftiDocumentTypeMappings.filter((row) => row.field.startsWith("verification_data")).map((row) => [row.providerValue, row.type]));
const mrzTypes = new Map(shuftiDocumentTypeMappings.filter((row) => row.field.startsWith("additional_data")).map((row) => [row.providerValue, row.type]));

/**
 * A Shufti callback to the normalized model. Shufti has no id of its own for a verification: the
 * `reference` is the one the customer chose in the request, so it is both `reference` and
 * `merchantReference`. Shufti's bodies carry no timestamp, so `occurredAt` stays empty.
 */
export function normalizeShufti(callback: unknown, kind: string): ProviderNormalization {
  const body = asRecord(callback) ?? {};
  const row = statusOf(kind, "event", kind) ?? unmappedStatus("verification.updated");
  const data = asRecord(at(body, "verification_data", "document"));
  const proof = asRecord(at(body, "additional_data", "document", "proof"));
  const reference = asText(body.reference);

  const draft: NormalizedDraft = {
    type: row.type,
    status: row.status,
    finality: row.finality,
    needsRefresh: row.needsRefresh,
    reference,
    merchantReference: reference,
    reasons: reasons(body, kind, row),
    person: person(body, data, proof),
    document: document(data, proof),
    address: compact({ formatted: asText(at(body, "verification_data", "address", "full_address")) }),
    country: toCountry(body.country),
    checks: checks(asRecord(body.verification_result)),
    media: media(asRecord(body.proofs)),
  };
  // Shufti re-sends a callback unchanged (up to 10 times, support.shuftipro.com article 9511003514269);
  // nothing in the body changes between deliveries, so the whole body is the identity.
  return { draft, identity: { content: callback } };
}

function reasons(body: PayloadRecord, kind: string, row: Pick<StatusMapping, "reason">): Reason[] {
  if (kind === "request.invalid" || kind === "request.unauthorized") {
    const error = asRecord(body.error);
    const message = asText(error?.message) ?? asText(body.error);
    const service = asText(error?.service);
    const key = asText(error?.key);
    if (message !== undefined || key !== undefined) {
      const where = [service, key].filter((part) => part !== undefined).join(".");
      return [
        {
          code: where === "" ? (row.reason?.category ?? "request_invalid") : where,
          category: row.reason?.category ?? "request_invalid",
          description: message ?? "Invalid parameter.",
          providerCode: where === "" ? kind : where,
        },
      ];
    }
  }
  const out = reasonFromRow(row, kind);
  const declinedReason = asText(body.declined_reason);
  const codes = asArray(body.declined_codes).flatMap((code) => (typeof code === "string" ? [code] : []));
  for (const code of codes) {
    const known = shuftiDeclinedCodes.get(code.toUpperCase());
    out.push({
      code: code.toLowerCase(),
      category: known?.category ?? "other",
      description: known?.description ?? declinedReason ?? code,
      providerCode: code,
    });
  }
  if (codes.length === 0 && declinedReason !== undefined) {
    out.push({ code: "declined_reason", category: "other", description: declinedReason, providerCode: declinedReason });
  }
  return out;
}

function gender(value: unknown): Person["gender"] {
  const text = asText(value)?.toUpperCase();
  if (text === "M" || text === "MALE") return "male";
  if (text === "F" || text === "FEMALE") return "female";
  if (text === "O" || text === "X" || text === "OTHER") return "other";
  return undefined;
}

function person(body: PayloadRecord, data: PayloadRecord | undefined, proof: PayloadRecord | undefined): Person | undefined {
  const name = asRecord(data?.name) ?? asRecord(at(body, "verification_data", "address", "name"));
  return compact({
    firstName: asText(name?.first_name) ?? asText(proof?.first_name),
    middleName: asText(name?.middle_name),
    lastName: asText(name?.last_name) ?? asText(proof?.last_name),
    fullName: asText(name?.full_name),
    dateOfBirth: asDate(data?.dob) ?? asDate(proof?.dob),
    gender: gender(data?.gender) ?? gender(proof?.gender),
    // The proof's nationality is as printed (`BRITISH CITIZEN`), kept as providerValue when it is no code.
    nationality: toCountry(proof?.nationality),
    placeOfBirth: asText(proof?.place_of_birth),
  });
}

function document(data: PayloadRecord | undefined, proof: PayloadRecord | undefined): Document | undefined {
  const selected = asText(asArray(data?.selected_type)[0]);
  const mrzType = asText(proof?.document_type)?.replace(/[^A-Z]/gi, "").slice(0, 1).toUpperCase();
  const details = compact({
    providerType: selected ?? asText(proof?.document_type),
    // verification_data is what Shufti verified against the request; the proof is its OCR and only
    // fills what verification_data does not have.
    number: asText(data?.document_number) ?? asText(proof?.document_number),
    personalNumber: asText(proof?.personal_number),
    issuingCountry: toCountry(data?.country) ?? toCountry(proof?.country_code),
    issuedAt: asDate(data?.issue_date) ?? asDate(proof?.issue_date),
    expiresAt: asDate(data?.expiry_date) ?? asDate(proof?.expiry_date),
  });
  if (!details) return undefined;
  const type = (selected === undefined ? undefined : selectedTypes.get(selected)) ?? (mrzType === undefined ? undefined : mrzTypes.get(mrzType)) ?? "other";
  return { type, ...details };
}

function resultOf(value: unknown): Check["result"] | undefined {
  if (value === 1 || value === "1") return "passed";
  if (value === 0 || value === "0") return "failed";
  if (value === null || value === "") return "not_performed";
  return undefined;
}

function checks(result: PayloadRecord | undefined): Check[] {
  if (!result) return [];
  const out: Check[] = [];
  for (const [service, value] of Object.entries(result)) {
    const own = resultOf(value);
    if (own !== undefined) {
      out.push({ name: shuftiServiceChecks[service] ?? "other", result: own, providerName: `verification_result.${service}`, detail: String(value) });
      continue;
    }
    for (const [key, leaf] of Object.entries(asRecord(value) ?? {})) {
      const outcome = resultOf(leaf);
      if (outcome === undefined) continue;
      const name = service === "document" ? (shuftiDocumentCheckKeys.has(key) ? "document" : "data_consistency") : (shuftiServiceChecks[service] ?? "other");
      out.push({ name, result: outcome, providerName: `verification_result.${service}.${key}`, detail: String(leaf) });
    }
  }
  return out;
}

function media(proofs: PayloadRecord | undefined): Media[] {
  if (!proofs) return [];
  const out: Media[] = [];
  const visit = (value: unknown, path: string) => {
    const url = asText(value);
    if (url !== undefined && /^https?:\/\//i.test(url)) {
      out.push({ kind: shuftiMediaKinds[path] ?? "other", url, providerName: path });
      return;
    }
    for (const [key, member] of Object.entries(asRecord(value) ?? {})) visit(member, `${path}.${key}`);
  };
  visit(proofs, "proofs");
  return out;
}
