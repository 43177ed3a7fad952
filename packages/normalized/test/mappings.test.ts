import { describe, expect, it } from "vitest";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import {
  checkMappings,
  checkNames,
  documentTypeMappings,
  documentTypes,
  eventTypes,
  mediaKinds,
  mediaMappings,
  providerNames,
  reasonCategories,
  reasonMappings,
  statusMappings,
  statuses,
} from "../src/index.js";

describe("the mapping tables", () => {
  it("use only the model's providers, statuses, types, categories, document types, checks and media kinds", () => {
    for (const row of statusMappings) {
      expect(providerNames).toContain(row.provider);
      expect(statuses).toContain(row.status);
      expect(eventTypes).toContain(row.type);
      if (row.reason) expect(reasonCategories).toContain(row.reason.category);
    }
    for (const row of reasonMappings) expect(reasonCategories).toContain(row.category);
    for (const row of documentTypeMappings) expect(documentTypes).toContain(row.type);
    for (const row of checkMappings) expect(checkNames).toContain(row.check);
    for (const row of mediaMappings) expect(mediaKinds).toContain(row.kind);
  });

  it("have one row per provider, kind, field and value", () => {
    const keys = statusMappings.map((row) => `${row.provider} ${row.providerKind} ${row.field} ${row.providerValue}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("ask for a refresh only with status unknown, and say unknown only when asking for a refresh", () => {
    for (const row of statusMappings) expect(row.needsRefresh).toBe(row.status === "unknown");
  });

  it("map every Jumio verification status, authentication result, document status and workflow status", () => {
    const has = (kind: string, value: string) => statusMappings.some((row) => row.provider === "jumio" && row.providerKind === kind && row.providerValue === value);
    for (const status of jumio.verificationStatuses) expect(has("NETVERIFYID", status.code)).toBe(true);
    for (const result of jumio.authenticationResults) expect(has("NETVERIFY_AUTHENTICATION", result.code)).toBe(true);
    for (const status of jumio.documentStatuses) expect(has("DOCUMENT_VERIFICATION", `DONE/${status.code}`)).toBe(true);
    expect(has("DOCUMENT_VERIFICATION", "FAILED")).toBe(true);
    for (const status of jumio.workflowExecutionStatuses) expect(has("WORKFLOW_EXECUTION", status.code)).toBe(true);
    for (const kind of jumio.callbackKinds) expect(statusMappings.some((row) => row.provider === "jumio" && row.providerKind === kind)).toBe(true);
  });

  it("give every Jumio reject reason and detail code a category, and every DENIED_FRAUD code the fraud category", () => {
    for (const reason of jumio.rejectReasons) {
      const row = reasonMappings.find((entry) => entry.provider === "jumio" && entry.providerCode === reason.code);
      expect(row).toBeDefined();
      if (reason.status === "DENIED_FRAUD") expect(row?.category).toBe("fraud");
    }
    for (const detail of jumio.rejectReasonDetails) expect(reasonMappings.some((entry) => entry.provider === "jumio" && entry.providerCode === detail.code)).toBe(true);
  });

  it("map every Shufti event", () => {
    for (const kind of shufti.callbackKinds) expect(statusMappings.some((row) => row.provider === "shufti" && row.providerKind === kind)).toBe(true);
  });

  it("map every Ondato webhook type, and every IDV and KYC status where the status decides", () => {
    for (const kind of ondato.callbackKinds) expect(statusMappings.some((row) => row.provider === "ondato" && row.providerKind === kind)).toBe(true);
    for (const status of ondato.identityVerificationStatuses) {
      expect(statusMappings.some((row) => row.providerKind === "IdentityVerification.StatusChanged" && row.providerValue === status.code)).toBe(true);
    }
    for (const status of ondato.kycIdentificationStatuses) {
      expect(statusMappings.some((row) => row.providerKind === "KycIdentification.Updated" && row.providerValue === status.code)).toBe(true);
    }
  });

  it("give every Ondato status reason a category", () => {
    for (const reason of ondato.kycStatusReasons) expect(reasonMappings.some((row) => row.provider === "ondato" && row.providerCode === reason.code)).toBe(true);
  });

  it("map every Netki transaction state and business status", () => {
    for (const state of netki.transactionStates) {
      expect(statusMappings.some((row) => row.provider === "netki" && row.providerKind === "transaction" && row.providerValue === state.code)).toBe(true);
    }
    for (const status of netki.businessStatuses) {
      expect(statusMappings.some((row) => row.provider === "netki" && row.providerKind === "business" && row.providerValue === status.code)).toBe(true);
    }
  });

  it("say why wherever the mapping is a judgement (the text is not empty)", () => {
    for (const row of [...statusMappings, ...reasonMappings, ...documentTypeMappings, ...checkMappings, ...mediaMappings]) {
      if ("judgement" in row && row.judgement !== undefined) expect(row.judgement.trim().length).toBeGreaterThan(5);
    }
  });
});
