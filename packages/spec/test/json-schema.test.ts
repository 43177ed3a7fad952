import { describe, expect, it } from "vitest";
import * as z from "zod";
import { postProcess, toJsonSchema, toSharedJsonSchemas } from "../src/index.js";
import { strictAjv } from "./ajv.js";

describe("converting one zod schema", () => {
  it("describes the wire input of a pipe, not its parsed output", () => {
    const flag = z.enum(["true", "false"]).transform((value) => value === "true");
    expect(toJsonSchema(flag)).toEqual({ type: "string", enum: ["true", "false"] });
  });

  it("throws on a construct JSON Schema cannot express, instead of writing {}", () => {
    expect(() => toJsonSchema(z.object({ when: z.date() }))).toThrow(/Date cannot be represented/);
    expect(() => toJsonSchema(z.custom<string>((value) => typeof value === "string"))).toThrow();
  });

  it("keeps a recursive schema self-contained, under its own $defs", () => {
    const node = z.object({
      name: z.string(),
      get children(): z.ZodArray<typeof node> {
        return z.array(node);
      },
    });
    const json = toJsonSchema(z.object({ root: node }));
    expect(JSON.stringify(json)).toMatch(/"\$ref":"#\/\$defs\//);
    const validate = strictAjv().compile(json);
    expect(validate({ root: { name: "a", children: [{ name: "b", children: [] }] } })).toBe(true);
    expect(validate({ root: { name: "a", children: [{ children: [] }] } })).toBe(false);
  });

  it("writes PHP's empty-array object as maxItems: 0, never the forbidden empty prefixItems nor items: false (which quicktype and Spectral refuse)", () => {
    expect(toJsonSchema(z.tuple([]))).toEqual({ type: "array", items: {}, maxItems: 0 });
  });

  it("only touches keywords, not properties that happen to be named like one", () => {
    const schema = postProcess({ type: "object", properties: { format: { type: "string", format: "e164" }, maximum: { type: "integer", maximum: 9007199254740991 } } });
    expect(schema).toEqual({ type: "object", properties: { format: { type: "string" }, maximum: { type: "integer" } } });
  });
});

describe("converting named zod schemas together", () => {
  it("refers to a named schema by $ref wherever another one uses it", () => {
    const address = z.object({ city: z.string() });
    const person = z.object({ home: address, work: address.optional() });
    const result = toSharedJsonSchemas(new Map<string, z.ZodType>([["Person", person], ["Address", address]]), "#/components/schemas/");
    expect(result.get("Person")).toMatchObject({ properties: { home: { $ref: "#/components/schemas/Address" }, work: { $ref: "#/components/schemas/Address" } } });
    expect(result.get("Address")).not.toHaveProperty("$id");
    expect(result.get("Address")).not.toHaveProperty("$schema");
  });

  it("refuses one schema under two names", () => {
    const address = z.object({ city: z.string() });
    expect(() => toSharedJsonSchemas(new Map<string, z.ZodType>([["A", address], ["B", address]]), "#/")).toThrow(/both A and B/);
  });

  it("asks for a name when a recursive schema has none (it would otherwise need a shared document outside the components)", () => {
    const node = z.object({
      get children(): z.ZodArray<typeof node> {
        return z.array(node);
      },
    });
    expect(() => toSharedJsonSchemas(new Map<string, z.ZodType>([["Tree", z.object({ root: node })]]), "#/components/schemas/")).toThrow(/recursive schema without a name/);
  });
});
