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
}

/** At most this many examples per schema: enough to show the variants, without repeating every fixture in every file. */
const perSchema = 3;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Sets `examples` on the schemas of a set, in place: the given values on their named schemas, and on
 * every object schema reached from them (through `$ref`, properties, items and union branches whose
 * choice is unambiguous), the value found there.
 */
export function attachExamples(schemas: ReadonlyMap<string, JsonSchema>, examples: ReadonlyMap<string, readonly unknown[]>, refPrefix: string): void {
  const found = new Map<string, Map<string, unknown>>();
  const record = (name: string, value: unknown) => {
    const values = found.get(name) ?? new Map<string, unknown>();
    const key = JSON.stringify(value);
    if (values.size < perSchema && !values.has(key)) values.set(key, value);
    found.set(name, values);
  };
  const resolve = (schema: JsonSchema): { name?: string; schema: JsonSchema } => {
    const ref = schema["$ref"];
    if (typeof ref === "string" && ref.startsWith(refPrefix)) {
      const name = ref.slice(refPrefix.length);
      const target = schemas.get(name);
      if (target) return { name, schema: target };
    }
    return { schema };
  };
  const visit = (node: JsonSchema, value: unknown, depth: number): void => {
    if (depth > 64) return;
    const { name, schema } = resolve(node);
    if (name !== undefined && schema["type"] === "object" && isObject(value)) record(name, value);
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

/**
 * The one branch a value belongs to: the one whose constant property matches (a discriminator), else the only object
 * branch whose shape fits, else the only branch of the value's JSON type. Undefined when that is not clear: no example is better than
 * a wrong one.
 */
function choose(branches: readonly JsonSchema[], value: unknown, resolve: (schema: JsonSchema) => { schema: JsonSchema }): JsonSchema | undefined {
  const resolved = branches.map((branch) => resolve(branch).schema);
  if (isObject(value)) {
    const byConstant = branches.filter((_, index) => {
      const properties = resolved[index]!["properties"];
      if (!isObject(properties)) return false;
      const constants = Object.entries(properties).filter(([, schema]) => isObject(schema) && "const" in schema);
      return constants.length > 0 && constants.every(([key, schema]) => value[key] === (schema as JsonSchema)["const"]);
    });
    if (byConstant.length === 1) return byConstant[0];
    // Object branches without a discriminator (Jumio's US, EU and raw address formats): the only branch that has
    // every property it requires and declares every property the value has.
    const byShape = branches.filter((_, index) => {
      const branch = resolved[index]!;
      const properties = branch["properties"];
      if (allowsType(branch, "object") !== true || !isObject(properties)) return false;
      const required = Array.isArray(branch["required"]) ? (branch["required"] as string[]) : [];
      return required.every((key) => key in value) && Object.keys(value).every((key) => key in properties);
    });
    if (byShape.length === 1) return byShape[0];
  }
  const byType = branches.filter((_, index) => allowsType(resolved[index]!, typeOf(value)) === true);
  return byType.length === 1 ? byType[0] : undefined;
}
