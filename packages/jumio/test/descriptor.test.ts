import { describe, expect, it } from "vitest";
import * as z from "zod";
import { listFixtures } from "../src/fixtures.js";
import {
  authenticationResults,
  callbackKinds,
  callbackSchema,
  decodeCallback,
  descriptor,
  documentTypes,
  idSubtypes,
  jsonFields,
  provider,
  rejectReasonDetails,
  rejectReasons,
  verificationStatuses,
  workflowExecutionStatuses,
} from "../src/index.js";

const toJsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });

describe("descriptor", () => {
  it("describes the four callback kinds with their content types, JSON fields and the 200 OK Jumio expects", () => {
    expect(provider).toBe("jumio");
    expect(descriptor.webhooks.map((w) => w.kind)).toEqual([...callbackKinds]);
    expect(descriptor.webhooks.map((w) => w.contentType)).toEqual([
      "application/x-www-form-urlencoded",
      "application/x-www-form-urlencoded",
      "application/x-www-form-urlencoded",
      "application/json",
    ]);
    expect(descriptor.webhooks[0]!.jsonFields).toEqual(["idAddress", "rejectReason", "identityVerification", "dlCategories", "livenessImages", "additionalChecks"]);
    expect(descriptor.webhooks[2]!.jsonFields).toEqual(["transaction", "document"]);
    expect(descriptor.webhooks[3]!.jsonFields).toBeUndefined();
    for (const webhook of descriptor.webhooks) expect(webhook.response.status).toBe(200);
    expect(descriptor.operations).toEqual([]);
  });

  it("names no signature scheme, because Jumio signs no callback", () => {
    expect(descriptor.securitySchemes).toEqual({});
    for (const webhook of descriptor.webhooks) {
      expect(webhook.security).toEqual([]);
      expect(webhook.description).toContain("Jumio signs no callback");
    }
  });

  it("converts every schema of the descriptor to JSON Schema without throwing", () => {
    const schemas = [...descriptor.webhooks.map((w) => w.schema), ...Object.values(descriptor.objects), callbackSchema];
    for (const schema of schemas) expect(() => toJsonSchema(schema)).not.toThrow();
    const netverify = toJsonSchema(descriptor.webhooks[0]!.schema) as { oneOf?: unknown[]; description?: string };
    expect(netverify.oneOf).toHaveLength(6);
    expect(JSON.stringify(netverify)).toContain("Jumio's reference number for each transaction");
  });

  it("has JSON Schemas that accept the decoded valid fixtures' field names as properties", () => {
    // Every field a valid fixture sends is declared (documented) or, for the few undocumented ones, listed here.
    const undocumented = new Set(["state"]);
    const declared = new Set<string>();
    const collect = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      const properties = (node as { properties?: Record<string, unknown> }).properties;
      if (properties) for (const key of Object.keys(properties)) declared.add(key);
      for (const value of Object.values(node)) collect(value);
    };
    for (const webhook of descriptor.webhooks) collect(toJsonSchema(webhook.schema));
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === "object" && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          if (!/^\d+$/.test(key)) expect(declared.has(key) || undocumented.has(key), key).toBe(true);
          walk(inner);
        }
    };
    for (const fixture of listFixtures().filter((f) => f.valid)) {
      const decoded = decodeCallback(fixture.body, { contentType: fixture.contentType });
      if (!decoded.ok) expect.fail(fixture.name);
      walk(decoded.value);
    }
  });
});

describe("code tables", () => {
  it("hold every documented code once, with its description", () => {
    const unique = (codes: readonly string[]) => new Set(codes).size === codes.length;
    expect(verificationStatuses.map((s) => s.code)).toEqual([
      "APPROVED_VERIFIED",
      "DENIED_FRAUD",
      "DENIED_UNSUPPORTED_ID_TYPE",
      "DENIED_UNSUPPORTED_ID_COUNTRY",
      "ERROR_NOT_READABLE_ID",
      "NO_ID_UPLOADED",
    ]);
    expect(rejectReasons).toHaveLength(21);
    expect(unique(rejectReasons.map((r) => r.code))).toBe(true);
    expect(rejectReasons.filter((r) => r.status === "DENIED_FRAUD").map((r) => r.code)).toEqual(["100", "105", "106", "107", "108", "109", "110", "111"]);
    expect(rejectReasons.find((r) => r.code === "212")?.editions).toEqual(["older"]);
    expect(rejectReasonDetails).toHaveLength(16);
    expect(unique(rejectReasonDetails.map((r) => r.code))).toBe(true);
    expect(documentTypes).toHaveLength(28);
    expect(documentTypes.filter((t) => t.editions.length === 1).map((t) => `${t.code}:${t.editions[0]!}`)).toEqual(["CC:newer", "USSS:older", "OTHER:newer"]);
    expect(idSubtypes).toHaveLength(16);
    expect(authenticationResults.map((r) => r.code)).toEqual(["PASSED", "FAILED", "INVALID", "EXPIRED"]);
    expect(workflowExecutionStatuses.map((s) => s.code)).toEqual(["PROCESSED", "SESSION_EXPIRED", "TOKEN_EXPIRED"]);
    for (const table of [verificationStatuses, rejectReasons, rejectReasonDetails, documentTypes, idSubtypes]) {
      for (const entry of table) expect(entry.description.length).toBeGreaterThan(0);
    }
  });

  it("are what the schemas enumerate", () => {
    const schema = JSON.stringify(toJsonSchema(descriptor.webhooks[0]!.schema));
    for (const entry of [...rejectReasons, ...rejectReasonDetails, ...idSubtypes]) expect(schema).toContain(`"${entry.code}"`);
    const dv = JSON.stringify(toJsonSchema(descriptor.webhooks[2]!.schema));
    for (const entry of documentTypes) expect(dv).toContain(`"${entry.code}"`);
    expect(Object.keys(jsonFields)).toEqual(["NETVERIFYID", "NETVERIFY_AUTHENTICATION", "DOCUMENT_VERIFICATION"]);
  });
});
