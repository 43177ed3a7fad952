import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  businessStatuses,
  callbackKinds,
  callbackReceiverConfigSchema,
  callbackSchema,
  callbackTriggers,
  descriptor,
  provider,
  transactionStates,
} from "../src/index.js";

describe("descriptor", () => {
  it("describes every callback kind as a webhook", () => {
    expect(descriptor.provider).toBe(provider);
    expect(descriptor.webhooks.map((webhook) => webhook.kind)).toEqual([...callbackKinds]);
    for (const webhook of descriptor.webhooks) {
      expect(webhook.contentType).toBe("application/json");
      for (const scheme of webhook.security) expect(descriptor.securitySchemes).toHaveProperty(scheme);
    }
  });

  it("lists the callback management operations on the seed's paths", () => {
    const operations = descriptor.operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`);
    expect(operations).toEqual([
      "POST /api/token-auth/",
      "GET /api/business/businesses/{business_id}/config/",
      "PUT /api/business/businesses/{business_id}/config/{config_id}/",
      "POST /api/transactions/{transaction_id}/make-callback/",
      "GET /api/transactions/{transaction_id}/get-callbacks/",
      "POST /api/transactions/restart-callbacks/",
      "PUT /api/transactions/restart-callbacks/",
    ]);
    for (const operation of descriptor.operations) {
      const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(Object.keys(operation.pathParameters ?? {})).toEqual(placeholders);
      for (const scheme of operation.security ?? []) expect(descriptor.securitySchemes).toHaveProperty(scheme);
    }
  });

  it("converts every schema (webhooks, operations, objects) to JSON Schema without throwing", () => {
    const schemas: z.ZodType[] = [
      callbackSchema,
      callbackReceiverConfigSchema,
      ...descriptor.webhooks.map((webhook) => webhook.schema),
      ...Object.values(descriptor.objects),
      ...descriptor.operations.flatMap((operation) => [
        ...(operation.requestSchema ? [operation.requestSchema] : []),
        ...Object.values(operation.pathParameters ?? {}),
        ...operation.responses.flatMap((response) => (response.schema ? [response.schema] : [])),
      ]),
    ];
    for (const schema of schemas) {
      const jsonSchema = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" });
      expect(jsonSchema).toBeTypeOf("object");
    }
  });

  it("carries the documents' descriptions into JSON Schema", () => {
    const jsonSchema = z.toJSONSchema(descriptor.objects.Transaction!, { target: "draft-2020-12", io: "input" }) as { properties: Record<string, { description?: string }> };
    expect(jsonSchema.properties.state?.description).toMatch(/Approved/);
    expect(jsonSchema.properties.phase?.description).toMatch(/do not rely/);
  });
});

describe("documented data", () => {
  it("lists the six triggers of a transaction callback", () => {
    expect(callbackTriggers).toHaveLength(6);
    expect(new Set(callbackTriggers.map((trigger) => trigger.code)).size).toBe(6);
  });

  it("lists the thirteen transaction states, completed and failed being the dashboard's approved and declined", () => {
    expect(transactionStates.map((state) => state.code)).toEqual([
      "new", "processing", "post_processing", "customer_review", "hold", "failed", "completed", "canceled", "restarted", "quarantine", "expired", "delete_pending", "deleted",
    ]);
    expect(transactionStates.find((state) => state.code === "completed")?.outcome).toBe("approved");
    expect(transactionStates.find((state) => state.code === "failed")?.outcome).toBe("declined");
    expect(businessStatuses.map((status) => status.code)).toEqual(["open", "hold", "accepted", "rejected"]);
  });
});
