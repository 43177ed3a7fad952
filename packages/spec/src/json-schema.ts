import * as z from "zod";
import { postProcess, walkSchema } from "./post-process.js";
import type { JsonSchema } from "./post-process.js";

/**
 * How every zod schema becomes JSON Schema: zod 4's own generator, draft 2020-12, and the input side of
 * any transform, because the documents describe what travels over the wire (a Netki boolean sent as
 * the string "false" is wire input; the parsed `false` is not). Unrepresentable constructs throw, so a
 * schema never silently becomes `{}`.
 */
export const zodJsonSchemaOptions = { target: "draft-2020-12", io: "input", unrepresentable: "throw" } as const;

export const jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema";

/** One zod schema as a self-contained JSON Schema (subschemas inlined, recursion under `$defs`), without `$schema`. */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, zodJsonSchemaOptions) as JsonSchema;
  return postProcess(json);
}

/**
 * Several zod schemas converted together, each under its name: wherever one of them occurs inside
 * another, it becomes a `$ref` to `refPrefix + name` instead of a copy. This is how OpenAPI components
 * are shared rather than repeated.
 */
export function toSharedJsonSchemas(named: ReadonlyMap<string, z.ZodType>, refPrefix: string): Map<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of named) {
    const existing = registry.get(schema);
    if (existing) throw new Error(`The same zod schema is named both ${existing.id} and ${name}`);
    registry.add(schema, { id: name });
  }
  const { schemas } = z.toJSONSchema(registry, { ...zodJsonSchemaOptions, uri: (id) => refPrefix + id }) as { schemas: Record<string, JsonSchema> };
  const shared = schemas["__shared"];
  if (shared !== undefined) {
    // zod puts a recursive (or reused) subschema that has no name of its own here; the caller must name it.
    throw new Error(
      `A recursive schema without a name was found (${Object.keys((shared["$defs"] ?? {}) as object).join(", ")}): add it to the provider's descriptor objects so it gets a component`,
    );
  }
  const result = new Map<string, JsonSchema>();
  for (const name of named.keys()) {
    const { $schema: _dialect, $id: _id, ...json } = schemas[name]!;
    result.set(name, postProcess(json));
  }
  return result;
}

/** Every `$ref` in a schema (used by tests to check that all references resolve). */
export function collectRefs(schema: JsonSchema): string[] {
  const refs: string[] = [];
  walkSchema(schema, (node) => {
    if (typeof node["$ref"] === "string") refs.push(node["$ref"]);
  });
  return refs;
}

/** The schema's own description (from `.describe()` or `.meta()`), if it has one. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  return schema.description ?? (z.globalRegistry.get(schema)?.description as string | undefined);
}
