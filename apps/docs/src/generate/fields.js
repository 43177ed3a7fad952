// A zod schema as the rows of a field table: its JSON Schema (draft 2020-12, input side, as the spec
// package generates it) walked property by property, with nested objects and array items flattened into
// dotted paths (`verification_data.document.name`, `identity_documents[].state`).
import { z } from "zod";

/**
 * The parts of a JSON Schema that the field tables read.
 * @typedef {object} JsonSchemaObject
 * @property {string | string[]} [type]
 * @property {Record<string, JsonSchema>} [properties]
 * @property {string[]} [required]
 * @property {JsonSchema} [items]
 * @property {JsonSchema[]} [prefixItems]
 * @property {JsonSchema} [additionalProperties]
 * @property {JsonSchema[]} [anyOf]
 * @property {JsonSchema[]} [oneOf]
 * @property {JsonSchema[]} [allOf]
 * @property {unknown[]} [enum]
 * @property {unknown} [const]
 * @property {JsonSchema} [not]
 * @property {string} [description]
 * @property {string} [format]
 * @property {string} [pattern]
 * @property {number} [minLength]
 * @property {number} [maxLength]
 * @property {number} [minimum]
 * @property {number} [maximum]
 * @property {number} [exclusiveMinimum]
 * @property {number} [exclusiveMaximum]
 * @property {number} [minItems]
 * @property {number} [maxItems]
 * @property {string} [$ref]
 * @property {Record<string, JsonSchema>} [$defs]
 */
/** @typedef {JsonSchemaObject | boolean} JsonSchema */

/**
 * One row of a field table.
 * @typedef {object} FieldRow
 * @property {string} path the field's dotted path; `[]` marks the items of an array, `*` the values of a record
 * @property {string} name the last segment of the path
 * @property {string} parent the path of the enclosing field, with its trailing dot (empty at the top level)
 * @property {number} depth 0 for a top-level field
 * @property {string} type e.g. `string`, `string (uri) | null`, `array of object`
 * @property {string[]} constraints e.g. `max length 250`, `pattern ^\d+$`
 * @property {boolean} required whether the enclosing object requires it
 * @property {string[]} values the allowed values (enum and const), as text
 * @property {string} description the schema's description
 */

/**
 * The JSON Schema of a zod schema, exactly as the brief of the spec package defines it.
 * @param {z.ZodType} schema
 * @returns {JsonSchemaObject}
 */
export function toJsonSchema(schema) {
  return /** @type {JsonSchemaObject} */ (z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }));
}

/** How deep the tables go; deeper levels are rare and still in the linked JSON Schema. */
const maxDepth = 12;

/**
 * @param {JsonSchema} root
 * @returns {FieldRow[]}
 */
export function fieldRows(root) {
  /** @type {Map<string, FieldRow>} */
  const rows = new Map();

  /** @param {JsonSchema | undefined} node @param {readonly string[]} refs @returns {{ node: JsonSchemaObject, refs: readonly string[], recursive?: string }} */
  function deref(node, refs) {
    let current = node === undefined || typeof node === "boolean" ? {} : node;
    let seen = refs;
    while (current.$ref !== undefined) {
      const ref = current.$ref;
      if (seen.includes(ref)) return { node: current, refs: seen, recursive: ref === "#" ? "the whole payload" : (ref.split("/").pop() ?? ref) };
      seen = [...seen, ref];
      const { $ref: _ref, ...siblings } = current;
      const target = resolve(root, ref);
      current = { ...target, ...siblings };
    }
    return { node: current, refs: seen };
  }

  /** The schema and its union branches, flattened (a union of unions is one union). @param {JsonSchema | undefined} node @param {readonly string[]} refs */
  function variants(node, refs) {
    /** @type {{ node: JsonSchemaObject, refs: readonly string[], recursive?: string }[]} */
    const out = [];
    const visit = (/** @type {JsonSchema | undefined} */ branch, /** @type {readonly string[]} */ branchRefs) => {
      const resolved = deref(branch, branchRefs);
      const union = resolved.node.anyOf ?? resolved.node.oneOf;
      if (union && !resolved.recursive) {
        const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = resolved.node;
        if (hasShape(rest)) out.push({ ...resolved, node: rest });
        for (const member of union) visit(member, resolved.refs);
      } else {
        out.push(resolved);
      }
    };
    visit(node, refs);
    return out;
  }

  /** @param {JsonSchema | undefined} node @param {string} path @param {number} depth @param {boolean} required @param {readonly string[]} refs */
  function field(node, path, depth, required, refs) {
    const branches = variants(node, refs);
    const resolved = deref(node, refs).node;
    const types = branches.map((branch) => (branch.recursive ? `see ${branch.recursive}` : typeOf(branch.node, root)));
    const row = {
      path,
      name: lastSegment(path),
      parent: path.slice(0, path.length - lastSegment(path).length),
      depth,
      type: unique(types).join(" | ") || "any",
      constraints: unique(branches.flatMap((branch) => constraintsOf(branch.node))),
      required,
      values: unique(branches.flatMap((branch) => valuesOf(branch.node, root))),
      description: resolved.description ?? branches.find((branch) => branch.node.description)?.node.description ?? "",
    };
    const existing = rows.get(path);
    if (existing) {
      existing.type = unique([...existing.type.split(" | "), ...row.type.split(" | ")]).join(" | ");
      existing.constraints = unique([...existing.constraints, ...row.constraints]);
      existing.values = unique([...existing.values, ...row.values]);
      existing.required = existing.required && row.required;
      existing.description ||= row.description;
    } else {
      rows.set(path, row);
    }
    if (depth < maxDepth) children(branches, path, depth + 1);
  }

  /** @param {{ node: JsonSchemaObject, refs: readonly string[], recursive?: string }[]} branches @param {string} path @param {number} depth */
  function children(branches, path, depth) {
    for (const branch of branches) {
      if (branch.recursive) continue;
      const { node, refs } = branch;
      const prefix = path === "" ? "" : `${path}.`;
      for (const part of node.allOf ?? []) children(variants(part, refs), path, depth);
      for (const [name, child] of Object.entries(node.properties ?? {})) {
        field(child, `${prefix}${name}`, depth, (node.required ?? []).includes(name), refs);
      }
      const record = node.additionalProperties;
      if (!node.properties && record !== undefined && typeof record !== "boolean" && hasShape(record)) {
        field(record, `${prefix}*`, depth, false, refs);
      }
      if (node.items !== undefined && typeof node.items !== "boolean") {
        const items = variants(node.items, refs);
        if (items.some((item) => !item.recursive && (item.node.properties || item.node.additionalProperties || item.node.items))) {
          children(items, `${path}[]`, depth);
        }
      }
    }
  }

  const top = variants(root, []);
  children(top, "", 0);
  return [...rows.values()];
}

/** @param {JsonSchemaObject} node */
function hasShape(node) {
  return Object.keys(node).some((key) => key !== "description" && key !== "$schema" && key !== "$defs");
}

/** @param {JsonSchema} root @param {string} ref @returns {JsonSchemaObject} */
function resolve(root, ref) {
  if (!ref.startsWith("#")) return {};
  /** @type {unknown} */
  let target = root;
  for (const part of ref.slice(1).split("/").filter(Boolean)) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    target = target && typeof target === "object" ? /** @type {Record<string, unknown>} */ (target)[key] : undefined;
  }
  return target && typeof target === "object" ? /** @type {JsonSchemaObject} */ (target) : {};
}

/** @param {string} path */
function lastSegment(path) {
  const match = /[^.]+$/.exec(path);
  return match ? match[0] : path;
}

/** @template T @param {readonly T[]} values */
function unique(values) {
  return [...new Set(values)];
}

/** @param {unknown} value */
function valueText(value) {
  return typeof value === "string" && value !== "" ? value : JSON.stringify(value);
}

/** The type of one branch, in words. @param {JsonSchemaObject} node @param {JsonSchema} root @returns {string} */
function typeOf(node, root) {
  if (node.const !== undefined) return node.type && typeof node.type === "string" ? node.type : typeof node.const;
  // `z.never().optional()`: a field that must not be sent (e.g. a kind without a discriminator).
  if (node.not !== undefined && typeof node.not === "object" && Object.keys(node.not).length === 0) return "never (absent)";
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.length === 0) {
    if (node.enum) return unique(node.enum.map((value) => (value === null ? "null" : typeof value))).join(" | ");
    if (node.properties) return "object";
    if (node.allOf?.length) return "object";
    if (node.anyOf || node.oneOf) return unique([...(node.anyOf ?? node.oneOf ?? [])].map((member) => typeOf(resolveBranch(member, root), root))).join(" | ");
    return "any";
  }
  return types
    .map((type) => {
      if (type === "array") return arrayType(node, root);
      if (type === "object" && !node.properties && node.additionalProperties && typeof node.additionalProperties === "object" && hasShape(node.additionalProperties)) {
        return `record of ${typeOf(resolveBranch(node.additionalProperties, root), root)}`;
      }
      if (type === "string" && node.format) return `string (${node.format})`;
      return type;
    })
    .join(" | ");
}

/** @param {JsonSchema} node @param {JsonSchema} root */
function resolveBranch(node, root) {
  if (typeof node === "boolean") return {};
  return node.$ref ? resolve(root, node.$ref) : node;
}

/** @param {JsonSchemaObject} node @param {JsonSchema} root */
function arrayType(node, root) {
  if (node.maxItems === 0 || (node.items === false && (node.prefixItems ?? []).length === 0)) return "empty array";
  if (node.prefixItems?.length) return `tuple [${node.prefixItems.map((item) => typeOf(resolveBranch(item, root), root)).join(", ")}]`;
  if (node.items === undefined || typeof node.items === "boolean") return "array";
  const item = typeOf(resolveBranch(node.items, root), root);
  return item.includes(" | ") ? `array of (${item})` : `array of ${item}`;
}

/** The enum and const values of one branch (and of its array items). @param {JsonSchemaObject} node @param {JsonSchema} root @returns {string[]} */
function valuesOf(node, root) {
  if (node.const !== undefined) return [valueText(node.const)];
  if (node.enum) return node.enum.filter((value) => value !== null).map((value) => valueText(value));
  if (node.items && typeof node.items === "object") {
    const items = resolveBranch(node.items, root);
    const members = items.anyOf ?? items.oneOf ?? [items];
    return members.flatMap((member) => {
      const resolved = resolveBranch(member, root);
      return resolved.properties ? [] : valuesOf(resolved, root);
    });
  }
  return [];
}

/** Limits worth a reader's attention. @param {JsonSchemaObject} node @returns {string[]} */
function constraintsOf(node) {
  /** @type {string[]} */
  const out = [];
  // A format (date, date-time, email) says what zod's long generated pattern says.
  if (node.pattern !== undefined && node.format === undefined) out.push(`pattern ${node.pattern}`);
  if (node.minLength !== undefined && node.minLength > 0) out.push(`min length ${node.minLength}`);
  if (node.maxLength !== undefined) out.push(`max length ${node.maxLength}`);
  if (node.minimum !== undefined && node.minimum !== Number.MIN_SAFE_INTEGER) out.push(`≥ ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) out.push(`> ${node.exclusiveMinimum}`);
  if (node.maximum !== undefined && node.maximum !== Number.MAX_SAFE_INTEGER) out.push(`≤ ${node.maximum}`);
  if (node.exclusiveMaximum !== undefined) out.push(`< ${node.exclusiveMaximum}`);
  if (node.minItems !== undefined && node.minItems > 0) out.push(`at least ${node.minItems} items`);
  if (node.maxItems !== undefined && node.maxItems > 0) out.push(`at most ${node.maxItems} items`);
  return out;
}
