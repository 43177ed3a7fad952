import type { ProviderDescriptor } from "@kyc-webhooks/core";
import type * as z from "zod";
import { compare } from "./compare.js";
import { toSharedJsonSchemas, collectRefs } from "./json-schema.js";
import { normalizedEventComponentName, objectComponentName, operationComponentName, pascalCase, webhookComponentName } from "./naming.js";
import type { JsonSchema } from "./post-process.js";
import { attachExamples } from "./examples.js";
import type { SpecExample } from "./examples.js";
import { nameSubschemas } from "./subschemas.js";

/** A set of zod schemas converted together: the component name of each, and every schema by name (named ones and the subschemas given names). */
export interface SchemaSet {
  readonly nameOf: ReadonlyMap<z.ZodType, string>;
  readonly schemas: ReadonlyMap<string, JsonSchema>;
}

/**
 * Everything one provider's descriptor names (objects, callback bodies, operation bodies), converted
 * together so that they refer to each other by `$ref`, with the objects and enums inside them named
 * (`nameSubschemas`). The OpenAPI document and the JSON Schema files both come from this, so a type
 * has the same name in both.
 */
export function providerSchemaSet(descriptor: ProviderDescriptor, refPrefix: string, discriminators: boolean, examples: readonly SpecExample[] = []): SchemaSet {
  const named = new Map<string, z.ZodType>();
  const nameOf = new Map<z.ZodType, string>();
  const add = (name: string, schema: z.ZodType) => {
    if (nameOf.has(schema)) return;
    if (named.has(name)) throw new Error(`Two different schemas would be the component ${name}`);
    named.set(name, schema);
    nameOf.set(schema, name);
  };
  for (const [name, schema] of Object.entries(descriptor.objects)) add(objectComponentName(descriptor.provider, name), schema);
  for (const webhook of descriptor.webhooks) add(webhookComponentName(descriptor.provider, webhook.kind), webhook.schema);
  for (const operation of descriptor.operations) {
    if (operation.requestSchema) add(operationComponentName(descriptor.provider, operation.operationId, "Request"), operation.requestSchema);
    for (const response of operation.responses) {
      if (response.schema) add(operationComponentName(descriptor.provider, operation.operationId, `Response${response.status}`), response.schema);
    }
  }
  const converted = toSharedJsonSchemas(named, refPrefix);
  const schemas = nameSubschemas(converted, { refPrefix, prefix: pascalCase(descriptor.provider), discriminators });
  const values = new Map<string, unknown[]>();
  for (const example of examples) {
    if (example.provider !== descriptor.provider) continue;
    if (example.response) {
      const { operationId, status } = example.response;
      const answer = descriptor.operations.find((operation) => operation.operationId === operationId)?.responses.find((candidate) => candidate.status === status)?.schema;
      const name = answer ? nameOf.get(answer) : undefined;
      if (name === undefined) throw new Error(`The example ${example.name} answers ${operationId} with ${String(status)}, which ${descriptor.provider}'s descriptor does not describe with a body`);
      values.set(name, [...(values.get(name) ?? []), example.value]);
      continue;
    }
    const webhook = descriptor.webhooks.find((candidate) => candidate.kind === example.kind);
    const schema = webhook?.schema ?? descriptor.objects[example.kind];
    const name = schema ? nameOf.get(schema) : undefined;
    if (name === undefined) throw new Error(`The example ${example.name} is of ${example.kind}, which is neither a callback kind nor an object of ${descriptor.provider}`);
    values.set(name, [...(values.get(name) ?? []), example.value]);
  }
  attachExamples(schemas, values, refPrefix);
  return { nameOf, schemas };
}

/** The normalized event, with its objects and enums named like a provider's (`Normalized<Property>`). */
export function normalizedSchemaSet(schema: z.ZodType, refPrefix: string, discriminators: boolean, examples: readonly unknown[] = []): SchemaSet {
  const converted = toSharedJsonSchemas(new Map([[normalizedEventComponentName, schema]]), refPrefix);
  const schemas = nameSubschemas(converted, { refPrefix, prefix: "Normalized", discriminators });
  attachExamples(schemas, new Map([[normalizedEventComponentName, [...examples]]]), refPrefix);
  return { nameOf: new Map([[schema, normalizedEventComponentName]]), schemas };
}

/**
 * One named schema as a self-contained JSON Schema: its own keywords, and under `$defs` every schema of
 * the set it refers to, directly or through another (a reference to itself becomes `#`).
 */
export function selfContained(set: SchemaSet, name: string, refPrefix: string): JsonSchema {
  const self = refPrefix + name;
  const rewrite = (schema: JsonSchema): JsonSchema => JSON.parse(JSON.stringify(schema).replaceAll(`"$ref":${JSON.stringify(self)}`, '"$ref":"#"')) as JsonSchema;
  const needed = new Set<string>();
  const pending = [name];
  while (pending.length > 0) {
    const current = set.schemas.get(pending.pop()!)!;
    for (const ref of collectRefs(current)) {
      if (!ref.startsWith(refPrefix)) continue;
      const target = ref.slice(refPrefix.length);
      if (target === name || needed.has(target)) continue;
      needed.add(target);
      pending.push(target);
    }
  }
  const root = rewrite(set.schemas.get(name)!);
  if (needed.size === 0) return root;
  const defs = Object.fromEntries([...needed].sort(compare).map((target) => [target, rewrite(set.schemas.get(target)!)]));
  return { ...root, $defs: defs };
}
