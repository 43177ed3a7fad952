/**
 * `examples` for the named schemas, from values known to be valid (the provider packages' valid
 * fixtures, decoded): a callback or object gets the fixtures of its kind, and every object schema they
 * contain gets the value found at its place, so that a reader and a mock server see a real value of
 * every type, not only of the callbacks.
 */
import type { JsonSchema } from "./post-process.js";

/** One valid value of a callback kind or API object (a provider package's fixture, decoded). */
export interface SpecExample {
  readonly provider: string;
  /** The callback kind (`verification.accepted`) or the descriptor's object name (`VerificationRequest`). */
  readonly kind: string;
  /** The fixture's name, unique within its provider (`verification.accepted.document-checks`). */
  readonly name: string;
  readonly value: unknown;
  /** For a form body: the form as it travels, each field's text (each key once, the last value), for the `.form.json` file. */
  readonly form?: Readonly<Record<string, string>>;
}

/** At most this many examples per schema: enough to show the variants, without repeating every fixture in every file. */
const perSchema = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Sets `examples` on the schemas of a set, in place: the given values on their named schemas, and on
 * every named object or union schema reached from them (through `$ref`, properties, items and union
 * branches whose choice is unambiguous), the value found there. A value is recorded on a schema only if
 * nothing in the schema's shape refuses it (types, constants, enums, required properties, patterns), so
 * that an example never contradicts its schema.
 */
export function attachExamples(schemas: ReadonlyMap<string, JsonSchema>, examples: ReadonlyMap<string, readonly unknown[]>, refPrefix: string): void {
  const found = new Map<string, Map<string, unknown>>();
  const resolve = (schema: JsonSchema): { name?: string; schema: JsonSchema } => {
    const ref = schema["$ref"];
    if (typeof ref === "string" && ref.startsWith(refPrefix)) {
      const name = ref.slice(refPrefix.length);
      const target = schemas.get(name);
      if (target) return { name, schema: target };
    }
    return { schema };
  };
  const record = (name: string, value: unknown) => {
    const values = found.get(name) ?? new Map<string, unknown>();
    const key = JSON.stringify(value);
    if (values.size < perSchema && !values.has(key)) values.set(key, value);
    found.set(name, values);
  };
  const visit = (node: JsonSchema, value: unknown, depth: number): void => {
    if (depth > 64) return;
    const { name, schema } = resolve(node);
    if (name !== undefined && isExampleTarget(schema, value) && mayAccept(schema, value, resolve, 0)) record(name, value);
    for (const keyword of ["anyOf", "oneOf"]) {
      const branches = schema[keyword];
      if (Array.isArray(branches)) {
        const branch = choose(branches as JsonSchema[], value, resolve);
        if (branch) visit(branch, value, depth + 1);
      }
    }
    const properties = schema["properties"];
    if (isObject(value) && isObject(properties)) {
      for (const [key, item] of Object.entries(value)) if (isObject(properties[key])) visit(properties[key] as JsonSchema, item, depth + 1);
    }
    if (Array.isArray(value) && isObject(schema["items"])) for (const item of value) visit(schema["items"] as JsonSchema, item, depth + 1);
  };
  for (const [name, values] of [...examples].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const schema = schemas.get(name);
    if (!schema) continue;
    for (const value of values) {
      record(name, value);
      visit(schema, value, 0);
    }
  }
  for (const [name, values] of found) {
    const schema = schemas.get(name)!;
    if (values.size > 0) schema["examples"] = [...values.values()];
  }
}

/** Named schemas that get examples: objects (for an object value), and unions, whose examples show their branches. */
function isExampleTarget(schema: JsonSchema, value: unknown): boolean {
  if (schema["type"] === "object") return isObject(value);
  return Array.isArray(schema["anyOf"]) || Array.isArray(schema["oneOf"]);
}

/** The JSON type of a value, as a schema's `type` names it. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function allowsType(schema: JsonSchema, type: string): boolean | undefined {
  const declared = schema["type"];
  if (declared === undefined) return undefined;
  const types = Array.isArray(declared) ? declared : [declared];
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

type Resolve = (schema: JsonSchema) => { schema: JsonSchema };

/**
 * False when the schema's shape refuses the value: a type, constant or enum it does not have, a required property it
 * lacks, a string outside the length or pattern, more items than allowed, or the same for a property or item. True
 * otherwise: not a full validator (formats and numeric limits are not checked), only enough to tell union branches apart.
 */
function mayAccept(node: JsonSchema, value: unknown, resolve: Resolve, depth: number): boolean {
  if (depth > 32) return true;
  const schema = resolve(node).schema;
  if ("const" in schema && JSON.stringify(schema["const"]) !== JSON.stringify(value)) return false;
  const allowed = schema["enum"];
  if (Array.isArray(allowed) && !allowed.some((entry) => JSON.stringify(entry) === JSON.stringify(value))) return false;
  if (allowsType(schema, typeOf(value)) === false) return false;
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && !(branches as JsonSchema[]).some((branch) => mayAccept(branch, value, resolve, depth + 1))) return false;
  }
  const allOf = schema["allOf"];
  if (Array.isArray(allOf) && !(allOf as JsonSchema[]).every((part) => mayAccept(part, value, resolve, depth + 1))) return false;
  if (typeof value === "string") {
    const { minLength, maxLength, pattern } = schema;
    if (typeof minLength === "number" && value.length < minLength) return false;
    if (typeof maxLength === "number" && value.length > maxLength) return false;
    if (typeof pattern === "string" && !matches(pattern, value)) return false;
  }
  if (Array.isArray(value)) {
    const { maxItems, items } = schema;
    if (typeof maxItems === "number" && value.length > maxItems) return false;
    if (isObject(items) && !value.every((item) => mayAccept(items, item, resolve, depth + 1))) return false;
  }
  if (isObject(value)) {
    const required = Array.isArray(schema["required"]) ? (schema["required"] as string[]) : [];
    if (!required.every((key) => key in value)) return false;
    const properties = schema["properties"];
    if (isObject(properties)) {
      for (const [key, item] of Object.entries(value)) {
        const property = properties[key];
        if (isObject(property) && !mayAccept(property, item, resolve, depth + 1)) return false;
      }
    }
  }
  return true;
}

/** Whether a string matches a schema's `pattern`; a pattern JavaScript cannot compile refuses nothing. */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return true;
  }
}

/**
 * The one branch a value belongs to: the only branch whose shape does not refuse it; among several, the one whose
 * constant properties match (a discriminator), else the only object branch that declares every property the value
 * has (Jumio's US, EU and raw address formats). Undefined when that is not clear: no example is better than a wrong one.
 */
function choose(branches: readonly JsonSchema[], value: unknown, resolve: Resolve): JsonSchema | undefined {
  const candidates = branches.filter((branch) => mayAccept(branch, value, resolve, 0));
  if (candidates.length <= 1) return candidates[0];
  if (!isObject(value)) return undefined;
  const byConstant = candidates.filter((branch) => {
    const properties = resolve(branch).schema["properties"];
    if (!isObject(properties)) return false;
    const constants = Object.entries(properties).filter(([, schema]) => isObject(schema) && "const" in schema);
    return constants.length > 0 && constants.every(([key, schema]) => value[key] === (schema as JsonSchema)["const"]);
  });
  if (byConstant.length === 1) return byConstant[0];
  const byShape = candidates.filter((branch) => {
    const properties = resolve(branch).schema["properties"];
    return isObject(properties) && Object.keys(value).every((key) => key in properties);
  });
  return byShape.length === 1 ? byShape[0] : undefined;
}
