// The code tables a package exports as data (reject reasons, states, document types, delivery rules),
// found by shape rather than by name, so that a table a package adds shows up without a change here.

/**
 * @typedef {{ readonly [key: string]: unknown }} Row
 * @typedef {{ kind: "table", name: string, title: string, columns: string[], rows: Row[] }} TableExport
 * @typedef {{ kind: "list", name: string, title: string, values: string[] }} ListExport
 * @typedef {{ kind: "record", name: string, title: string, entries: [string, unknown][] }} RecordExport
 * @typedef {{ kind: "constant", name: string, title: string, value: string }} ConstantExport
 * @typedef {TableExport | ListExport | RecordExport | ConstantExport} DataExport
 */

/** @param {unknown} value @returns {value is { readonly [key: string]: unknown }} */
export function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A zod schema, which is code rather than a table. @param {unknown} value */
function isSchema(value) {
  return value !== null && typeof value === "object" && "_zod" in value;
}

/** @param {unknown} value */
function isPrimitive(value) {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** `transactionStates` → `Transaction states`, `ondatoWebhookIps` → `Ondato webhook IPs`. @param {string} name */
export function humanize(name) {
  // SCREAMING_SNAKE_CASE constants read as words too.
  const camel = /^[A-Z0-9_]+$/.test(name) ? name.toLowerCase().replace(/_([a-z0-9])/g, (_match, letter) => letter.toUpperCase()) : name;
  const words = camel
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ")
    .map((word) => (/^[A-Z0-9]+$/.test(word) && word.length > 1 ? word : word.toLowerCase()))
    .map((word) => (word === "ips" ? "IPs" : word === "ip" ? "IP" : word === "url" ? "URL" : word === "urls" ? "URLs" : word));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The exports of a module that are data: arrays of records (code tables), arrays of values, plain
 * records of values, and constants. Functions, zod schemas and the names in `skip` are left out.
 * @param {Readonly<Record<string, unknown>>} module
 * @param {readonly string[]} skip
 * @returns {DataExport[]}
 */
export function dataExports(module, skip) {
  /** @type {DataExport[]} */
  const out = [];
  for (const [name, value] of Object.entries(module)) {
    if (skip.includes(name) || typeof value === "function" || isSchema(value)) continue;
    const title = humanize(name);
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((row) => isPlainObject(row))) {
        /** @type {Row[]} */
        const rows = value;
        const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
        out.push({ kind: "table", name, title, columns, rows });
      } else if (value.every((item) => isPrimitive(item))) {
        out.push({ kind: "list", name, title, values: value.map((item) => String(item)) });
      }
    } else if (value instanceof RegExp) {
      out.push({ kind: "constant", name, title, value: String(value) });
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value);
      if (entries.length > 0 && !entries.some(([, entry]) => isSchema(entry) || typeof entry === "function")) {
        out.push({ kind: "record", name, title, entries });
      }
    } else if (isPrimitive(value)) {
      out.push({ kind: "constant", name, title, value: String(value) });
    }
  }
  // Tables first, constants last; by name within each kind (a module namespace sorts upper case first).
  const order = ["table", "record", "list", "constant"];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}
