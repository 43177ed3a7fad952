import { describe, expect, it } from "vitest";
import * as z from "zod";
import { callbackKinds, callbackSchema, descriptor, provider } from "../src/index.js";

describe("descriptor", () => {
  it("describes every callback kind as a JSON webhook answered with 200 OK", () => {
    expect(provider).toBe("shufti");
    expect(descriptor.webhooks.map((w) => w.kind)).toEqual([...callbackKinds]);
    for (const webhook of descriptor.webhooks) {
      expect(webhook.contentType).toBe("application/json");
      expect(webhook.response.status).toBe(200);
      for (const scheme of webhook.security) expect(descriptor.securitySchemes).toHaveProperty(scheme);
    }
  });

  it("describes the verification request whose response is an event payload", () => {
    const operation = descriptor.operations.find((o) => o.operationId === "createVerification");
    expect(operation).toMatchObject({ method: "post", path: "/" });
    expect(descriptor.servers?.[0]?.url).toBe("https://api.shuftipro.com");
    expect(operation?.responses.find((r) => r.status === 200)?.schema).toBe(callbackSchema);
  });

  it("converts every schema of the descriptor to JSON Schema", () => {
    const schemas: [string, z.ZodType][] = [
      ...descriptor.webhooks.map((w) => [`webhook ${w.kind}`, w.schema] as [string, z.ZodType]),
      ...descriptor.operations.flatMap((o) => [
        ...(o.requestSchema ? [[`${o.operationId} request`, o.requestSchema] as [string, z.ZodType]] : []),
        ...o.responses.flatMap((r) => (r.schema ? [[`${o.operationId} ${r.status}`, r.schema] as [string, z.ZodType]] : [])),
      ]),
      ...Object.entries(descriptor.objects),
      ["callbackSchema", callbackSchema],
    ];
    expect(schemas.length).toBeGreaterThan(30);
    for (const [name, schema] of schemas) {
      const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
      expect(json, name).toHaveProperty("$schema");
    }
  });

  it("carries the document's descriptions into JSON Schema", () => {
    const json = z.toJSONSchema(descriptor.webhooks.find((w) => w.kind === "request.pending")!.schema, { io: "input" }) as {
      description?: string;
      properties?: Record<string, { description?: string }>;
    };
    expect(json.description).toMatch(/on-site verification/);
    expect(json.properties?.reference?.description).toMatch(/unique reference/);
  });
});
