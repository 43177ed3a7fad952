import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldRows, toJsonSchema } from "../src/generate/fields.js";
import type { FieldRow } from "../src/generate/fields.js";

function rowsOf(schema: z.ZodType): Map<string, FieldRow> {
  return new Map(fieldRows(toJsonSchema(schema)).map((row) => [row.path, row]));
}

describe("fieldRows", () => {
  it("gives nested fields dotted paths, each required by its own object", () => {
    const rows = rowsOf(
      z.object({
        reference: z.string().max(250).describe("The client's reference."),
        person: z.object({ first_name: z.string().describe("First name."), middle_name: z.string().optional() }).optional(),
      }),
    );
    expect([...rows.keys()]).toEqual(["reference", "person", "person.first_name", "person.middle_name"]);
    expect(rows.get("reference")).toMatchObject({ type: "string", required: true, constraints: ["max length 250"], description: "The client's reference.", depth: 0 });
    expect(rows.get("person")).toMatchObject({ type: "object", required: false });
    expect(rows.get("person.first_name")).toMatchObject({ name: "first_name", parent: "person.", depth: 1, required: true, description: "First name." });
    expect(rows.get("person.middle_name")?.required).toBe(false);
  });

  it("lists the items of an array of objects under name[]", () => {
    const rows = rowsOf(z.object({ documents: z.array(z.object({ state: z.enum(["new", "failed"]) })).describe("Documents.") }));
    expect(rows.get("documents")).toMatchObject({ type: "array of object", description: "Documents." });
    expect(rows.get("documents[].state")).toMatchObject({ type: "string", values: ["new", "failed"], required: true });
  });

  it("shows the values of an array of enums on the array itself", () => {
    const rows = rowsOf(z.object({ types: z.array(z.enum(["passport", "id_card"])) }));
    expect(rows.get("types")).toMatchObject({ type: "array of string", values: ["passport", "id_card"] });
    expect(rows.has("types[]")).toBe(false);
  });

  it("joins the types of a union and collects its constants", () => {
    const rows = rowsOf(
      z.object({
        url: z.union([z.url(), z.literal("")]).describe("The URL, or empty."),
        email: z.string().nullable(),
        error: z.union([z.string(), z.object({ key: z.string() })]),
      }),
    );
    expect(rows.get("url")).toMatchObject({ type: "string (uri) | string", values: ['""'], description: "The URL, or empty." });
    expect(rows.get("email")?.type).toBe("string | null");
    expect(rows.get("error")?.type).toBe("string | object");
    expect(rows.get("error.key")?.required).toBe(true);
  });

  it("merges a field that several object branches share, required only when every branch requires it", () => {
    const rows = rowsOf(
      z.union([z.object({ event: z.literal("a"), id: z.string() }), z.object({ event: z.literal("b"), id: z.string().optional() })]),
    );
    expect(rows.get("event")).toMatchObject({ values: ["a", "b"], required: true });
    expect(rows.get("id")?.required).toBe(false);
  });

  it("stops at a recursive reference instead of looping", () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const node: z.ZodType<Node> = z.object({ name: z.string(), children: z.array(z.lazy(() => node)) });
    const rows = rowsOf(z.object({ root: node }));
    expect(rows.get("root.name")?.type).toBe("string");
    expect(rows.get("root.children")?.type).toMatch(/^array/);
    expect([...rows.keys()].length).toBeLessThan(20);
  });

  it("describes records and drops zod's safe-integer bounds", () => {
    const rows = rowsOf(z.object({ labels: z.record(z.string(), z.string()), count: z.number().int() }));
    expect(rows.get("labels")?.type).toBe("record of string");
    expect(rows.get("count")).toMatchObject({ type: "integer", constraints: [] });
  });
});
