/**
 * Names for the objects and enums inside the named schemas, so that code generators (quicktype for Go,
 * Python and TypeScript, openapi-typescript, oapi-codegen, datamodel-code-generator) find every type
 * under a stable name instead of inventing one: an object or enum that appears inline becomes a
 * schema of its own (`$defs` of a JSON Schema file, `components` of an OpenAPI document), referred to
 * by `$ref`; identical shapes become one schema; the branches of a union whose members differ by a
 * constant are named after that constant and the union gets an OpenAPI `discriminator`.
 *
 * Without this, quicktype names an inline object after its property, and two different objects behind
 * properties of the same name come out as `PurpleSetup`, `FluffySetup`, ...: names that change whenever
 * a schema is added.
 */
import { compare } from "./compare.js";
import { pascalCase } from "./naming.js";
import type { JsonSchema } from "./post-process.js";

export interface NameSubschemasOptions {
  /** How a `$ref` to a named schema starts: `#/components/schemas/` or `#/$defs/`. */
  readonly refPrefix: string;
  /** The prefix of every new name (the provider's: `Shufti`), so that names stay apart across providers. */
  readonly prefix: string;
  /** Adds OpenAPI's `discriminator` to unions whose branches differ by a constant (not a JSON Schema keyword). */
  readonly discriminators: boolean;
}

interface Usage {
  /** Path segments from the named schema to this subschema, already turned into name parts. */
  readonly segments: readonly string[];
  /** The named schema it sits in. */
  readonly root: string;
  /** The smallest number of trailing segments the name must use (a union branch needs its union's name). */
  readonly minimum: number;
}

interface Group {
  /** Stands for the group in `$ref`s until the names are known. */
  readonly id: string;
  /** The canonical form of its keywords. */
  readonly key: string;
  readonly schema: JsonSchema;
  readonly usages: Usage[];
  /** The `$ref` nodes that must point at this group's name once it has one. */
  readonly refs: JsonSchema[];
  name?: string;
}

const annotations = new Set(["description", "title", "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);

/**
 * Moves every inline object (with properties) and every enum of two or more strings out of the named
 * schemas into schemas of their own, named `<prefix><Property>` (qualified by the enclosing properties
 * where two different shapes would get the same name), and returns the named schemas with the new
 * ones added. The use site keeps its own description next to the `$ref`.
 */
export function nameSubschemas(named: ReadonlyMap<string, JsonSchema>, options: NameSubschemasOptions): Map<string, JsonSchema> {
  const groups = new Map<string, Group>();
  const result = new Map<string, JsonSchema>();
  const extract = (node: JsonSchema, usage: Usage): JsonSchema => {
    const shape = Object.fromEntries(Object.entries(node).filter(([keyword]) => !annotations.has(keyword)));
    const key = canonical(shape);
    let group = groups.get(key);
    if (!group) {
      const { description, ...rest } = node;
      group = { id: `${placeholder}${groups.size}`, key, schema: { ...rest, ...(typeof description === "string" && node["type"] === "object" ? { description } : {}) }, usages: [], refs: [] };
      groups.set(key, group);
    }
    group.usages.push(usage);
    // Until every group has its name, a reference holds the group's id, so that two parents that differ only in the type they refer to stay apart.
    const ref: JsonSchema = { $ref: group.id };
    if (typeof node["description"] === "string") ref["description"] = node["description"];
    group.refs.push(ref);
    return ref;
  };
  const visit = (node: JsonSchema, root: string, segments: readonly string[], minimum: number, isRoot: boolean): JsonSchema => {
    const copy: JsonSchema = { ...node };
    const child = (value: unknown, childSegments: readonly string[], childMinimum = 0): unknown =>
      isObject(value) ? visit(value, root, childSegments, childMinimum, false) : value;
    const last = segments.at(-1);
    const parent = segments.slice(0, -1);
    if (isObject(copy["properties"])) {
      copy["properties"] = Object.fromEntries(Object.entries(copy["properties"]).map(([name, value]) => [name, child(value, [...segments, name])]));
    }
    // An array's item is named after the array, in the singular: `documents` holds `Document`s.
    if (isObject(copy["items"])) copy["items"] = child(copy["items"], last === undefined ? ["Item"] : [...parent, singular(last)]);
    if (isObject(copy["additionalProperties"]) && Object.keys(copy["additionalProperties"]).length > 0) {
      copy["additionalProperties"] = child(copy["additionalProperties"], last === undefined ? ["Value"] : [...parent, `${last}Value`]);
    }
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const branches = copy[keyword];
      if (!Array.isArray(branches)) continue;
      const discriminator = findDiscriminator(branches as JsonSchema[], named, options.refPrefix);
      copy[keyword] = (branches as JsonSchema[]).map((branch, index) => {
        const value = discriminator ? constOf(resolve(branch, named, options.refPrefix), discriminator) : undefined;
        const segment = value !== undefined ? pascalWords(String(value)) : branchName(branch, index);
        return child(branch, [...segments, segment], 1);
      });
      if (discriminator && options.discriminators) copy["discriminator"] = { propertyName: discriminator };
    }
    if (!isRoot && extractable(copy)) return extract(copy, { root, segments, minimum });
    return copy;
  };
  for (const name of [...named.keys()].sort(compare)) result.set(name, visit(named.get(name)!, name, [], 0, true));
  // An inline copy of a named schema (the same keywords, another zod instance) refers to the named one.
  const namedByShape = new Map<string, string>();
  for (const [name, schema] of result) {
    const key = canonical(Object.fromEntries(Object.entries(schema).filter(([keyword]) => !annotations.has(keyword))));
    if (!namedByShape.has(key)) namedByShape.set(key, name);
  }
  const copies = [...groups.values()].filter((group) => namedByShape.has(group.key));
  for (const group of copies) group.name = namedByShape.get(group.key)!;
  const own = [...groups.values()].filter((group) => group.name === undefined);
  assignNames(own, new Set(named.keys()), options.prefix);
  const idToName = new Map([...groups.values()].map((group) => [group.id, group.name!]));
  for (const group of groups.values()) for (const ref of group.refs) ref["$ref"] = options.refPrefix + group.name!;
  for (const group of own) result.set(group.name!, { title: group.name!, ...replaceIds(group.schema, idToName, options.refPrefix) });
  for (const [name, schema] of result) result.set(name, replaceIds(schema, idToName, options.refPrefix));
  if (options.discriminators) for (const schema of result.values()) addMappings(schema, result, options.refPrefix);
  return new Map([...result].sort(([a], [b]) => compare(a, b)));
}

const placeholder = "urn:kyc-webhooks:subschema:";

/**
 * The group schemas were copied before their nested references got names: replaces the ids left in
 * them (and in anything else) by the final `$ref`s.
 */
function replaceIds(schema: JsonSchema, idToName: ReadonlyMap<string, string>, refPrefix: string): JsonSchema {
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (!isObject(value)) return value;
    const copy: JsonSchema = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = key === "$ref" && typeof item === "string" && idToName.has(item) ? refPrefix + idToName.get(item)! : replace(item);
    }
    return copy;
  };
  return replace(schema) as JsonSchema;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object with properties, or an enum of two or more strings: what a code generator makes a type of. */
function extractable(node: JsonSchema): boolean {
  if (isObject(node["properties"]) && Object.keys(node["properties"]).length > 0) return true;
  const values = node["enum"];
  return Array.isArray(values) && values.length >= 2 && values.every((value) => typeof value === "string");
}

/** A key that is the same for two schemas with the same keywords (annotations removed), whatever their order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) return `{${Object.keys(value).sort(compare).map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  return JSON.stringify(value);
}

function resolve(node: JsonSchema, named: ReadonlyMap<string, JsonSchema>, refPrefix: string): JsonSchema {
  const ref = node["$ref"];
  if (typeof ref === "string" && ref.startsWith(refPrefix)) return named.get(ref.slice(refPrefix.length)) ?? node;
  return node;
}

function constOf(node: JsonSchema, property: string): unknown {
  const properties = node["properties"];
  if (!isObject(properties)) return undefined;
  const schema = properties[property];
  return isObject(schema) ? schema["const"] : undefined;
}

/**
 * The property that tells a union's branches apart: one every branch requires with a different string
 * constant (`event`, `verificationStatus`). Without one, the union has no discriminator.
 */
function findDiscriminator(branches: readonly JsonSchema[], named: ReadonlyMap<string, JsonSchema>, refPrefix: string): string | undefined {
  if (branches.length < 2) return undefined;
  const resolved = branches.map((branch) => resolve(branch, named, refPrefix));
  const first = resolved[0]!["properties"];
  if (!isObject(first)) return undefined;
  for (const property of Object.keys(first).sort(compare)) {
    const values = resolved.map((branch) => constOf(branch, property));
    const required = resolved.every((branch) => Array.isArray(branch["required"]) && (branch["required"] as unknown[]).includes(property));
    if (required && values.every((value) => typeof value === "string") && new Set(values).size === values.length) return property;
  }
  return undefined;
}

/** A branch name from what the branch is (`String`, `Boolean`, `List`), since "Option1" would say nothing. */
function branchName(branch: JsonSchema, index: number): string {
  const type = branch["type"];
  if (typeof type === "string") return type === "array" ? "List" : pascalCase(type);
  if ("const" in branch) return `Value${pascalWords(String(branch["const"]))}`;
  return `Variant${String.fromCharCode(65 + index)}`;
}

/** `documents` → `document`, `addresses` → `address`, `data` stays. */
function singular(word: string): string {
  if (/(ss|us|is)$/.test(word)) return word;
  if (/sses$|xes$|ches$|shes$/.test(word)) return word.slice(0, -2);
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/s$/.test(word)) return word.slice(0, -1);
  return `${word}Item`;
}

/** `APPROVED_VERIFIED` → `ApprovedVerified`, `verification.accepted` → `VerificationAccepted`. */
export function pascalWords(value: string): string {
  const words = value.split(/[^A-Za-z0-9]+/).filter((word) => word !== "");
  return words.map((word) => (word === word.toUpperCase() ? word[0]! + word.slice(1).toLowerCase() : word[0]!.toUpperCase() + word.slice(1))).join("") || "Empty";
}

/**
 * Gives every group the shortest name its usage allows that no other group or named schema has:
 * `<prefix><Property>`, then qualified by the enclosing property (`<prefix><Parent><Property>`), and
 * so on up to the named schema it sits in. When two groups want one name, both move on, so a name does
 * not depend on which group was seen first.
 */
function assignNames(groups: readonly Group[], reserved: ReadonlySet<string>, prefix: string): void {
  const usageOf = (group: Group): Usage => [...group.usages].sort((a, b) => compare(a.root + a.segments.join("/"), b.root + b.segments.join("/")))[0]!;
  const candidate = (usage: Usage, level: number): string => {
    const count = Math.max(level + 1, usage.minimum + 1);
    if (count <= usage.segments.length) return prefix + usage.segments.slice(-count).map(pascalWords).join("");
    return usage.root + usage.segments.map(pascalWords).join("");
  };
  const levels = new Map<Group, number>(groups.map((group) => [group, 0]));
  for (;;) {
    const wanted = new Map<string, Group[]>();
    for (const group of groups) {
      const name = candidate(usageOf(group), levels.get(group)!);
      wanted.set(name, [...(wanted.get(name) ?? []), group]);
    }
    let moved = false;
    for (const [name, claimants] of wanted) {
      const fullyQualified = claimants.every((group) => Math.max(levels.get(group)! + 1, usageOf(group).minimum + 1) > usageOf(group).segments.length);
      if ((claimants.length > 1 || reserved.has(name)) && !fullyQualified) {
        for (const group of claimants) levels.set(group, levels.get(group)! + 1);
        moved = true;
      }
    }
    if (!moved) {
      for (const [name, claimants] of wanted) {
        if (claimants.length > 1 || reserved.has(name)) throw new Error(`Two different subschemas would both be named ${name}`);
        claimants[0]!.name = name;
      }
      return;
    }
  }
}

/** Completes each `discriminator` with the mapping from constant to branch, now that the branches have names. */
function addMappings(schema: JsonSchema, all: ReadonlyMap<string, JsonSchema>, refPrefix: string): void {
  const discriminator = schema["discriminator"];
  if (isObject(discriminator)) {
    const property = discriminator["propertyName"] as string;
    const branches = (schema["oneOf"] ?? schema["anyOf"]) as JsonSchema[];
    const mapping: Record<string, string> = {};
    for (const branch of branches) if (typeof branch["$ref"] === "string") mapping[String(constOf(resolve(branch, all, refPrefix), property))] = branch["$ref"];
    // OpenAPI maps a value to a schema by name: a branch that stayed inline cannot be mapped, so the union goes without.
    if (Object.keys(mapping).length === branches.length) schema["discriminator"] = { propertyName: property, mapping };
    else delete schema["discriminator"];
  }
  for (const value of Object.values(schema)) {
    if (isObject(value)) addMappings(value, all, refPrefix);
    else if (Array.isArray(value)) for (const item of value) if (isObject(item)) addMappings(item, all, refPrefix);
  }
}
