import { describe, expect, it } from "vitest";
import * as z from "zod";
import { callbackKinds, callbackSchema, descriptor, ondatoWebhookDelivery, provider } from "../src/index.js";

const toJsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });

describe("descriptor", () => {
  it("describes every webhook kind, as JSON sent to the two documented auth schemes", () => {
    expect(descriptor.provider).toBe(provider);
    expect(descriptor.webhooks.map((webhook) => webhook.kind)).toEqual([...callbackKinds]);
    for (const webhook of descriptor.webhooks) {
      expect(webhook.contentType).toBe("application/json");
      expect(webhook.security).toEqual(["webhookBasic", "webhookBearer"]);
      for (const scheme of webhook.security) expect(descriptor.securitySchemes[scheme]).toBeDefined();
      expect(webhook.description.length).toBeGreaterThan(20);
    }
  });

  it("says Ondato expects a 2xx within 30 seconds", () => {
    expect(ondatoWebhookDelivery.responseTimeoutSeconds).toBe(30);
    for (const webhook of descriptor.webhooks) {
      expect(webhook.response.status).toBe(200);
      expect(webhook.response.description).toContain("2xx within 30 s");
    }
  });

  it("has the three operations of seed 002 and the IDV and KYC servers", () => {
    expect(descriptor.operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`)).toEqual([
      "POST /v1/identity-verifications",
      "GET /v1/identity-verifications/{id}",
      "GET /v1/identifications/{id}",
    ]);
    expect(descriptor.servers?.map((server) => server.url)).toEqual(["https://idvapi.ondato.com", "https://sandbox-idvapi.ondato.com", "https://kycid.ondato.com"]);
  });

  it("converts every schema (webhooks, operations, objects) to JSON Schema without throwing", () => {
    const schemas: z.ZodType[] = [
      callbackSchema,
      ...descriptor.webhooks.map((webhook) => webhook.schema),
      ...descriptor.operations.flatMap((operation) => [
        ...(operation.requestSchema ? [operation.requestSchema] : []),
        ...operation.responses.flatMap((response) => (response.schema ? [response.schema] : [])),
        ...Object.values(operation.pathParameters ?? {}),
      ]),
      ...Object.values(descriptor.objects),
    ];
    expect(schemas.length).toBeGreaterThan(35);
    for (const schema of schemas) expect(() => toJsonSchema(schema)).not.toThrow();
  });

  it("carries the documents' descriptions and enums into JSON Schema", () => {
    const json = JSON.stringify(toJsonSchema(descriptor.objects.KycIdentification!));
    expect(json).toContain("Whether a reviewer cross-checked the identification.");
    expect(json).toContain('"Awaiting","Approved","Rejected"');
    expect(json).toContain("MissingDocumentPhoto");
  });
});
