// The field table of a schema: name, type, required, allowed values (each with its meaning, linked to the
// code table that defines it), description.
import { fieldRows, toJsonSchema } from "./fields.js";
import { html, prose, table } from "./html.js";

/** @typedef {import("./fields.js").FieldRow} FieldRow */

/**
 * A code table that can explain the values of a field: its codes, their meanings, and where each code's row is.
 * @typedef {object} CodeTable
 * @property {string} name the export that holds it (`rejectReasons`)
 * @property {ReadonlyMap<string, string>} meanings code → meaning
 * @property {(code: string) => string} href the URL of the code's row
 */

/**
 * The code table that defines a field's values: the smallest one holding every value (so that a field of
 * three statuses links to the status table, not to a larger table that happens to hold the same words).
 * @param {readonly string[]} values
 * @param {readonly CodeTable[]} tables
 */
export function definingTable(values, tables) {
  if (values.length === 0) return undefined;
  const holding = tables.filter((candidate) => values.every((value) => candidate.meanings.has(value)));
  return holding.sort((a, b) => a.meanings.size - b.meanings.size)[0];
}

/** @param {readonly string[]} values @param {readonly CodeTable[]} tables */
function valuesCell(values, tables) {
  if (values.length === 0) return "";
  const defining = definingTable(values, tables);
  const items = values.map((value) => {
    const meaning = defining?.meanings.get(value);
    return defining
      ? html`<li><a href="${defining.href(value)}"><code>${value}</code></a>${meaning ? html`: ${prose(meaning)}` : ""}</li>`
      : html`<li><code>${value}</code></li>`;
  });
  const list = html`<ul class="values">${items}</ul>`;
  return values.length <= 8 ? list : html`<details><summary>${values.length} values</summary>${list}</details>`;
}

/**
 * @param {FieldRow} row
 * @param {readonly CodeTable[]} tables
 * @returns {import("./html.js").Content[]}
 */
function cells(row, tables) {
  // A break opportunity after each dot of the parent path, so that deep paths wrap instead of widening the table.
  const parent = row.parent.split(".").map((part, index, parts) => (index < parts.length - 1 ? html`${part}.<wbr>` : part));
  const name = html`<code class="field">${row.parent ? html`<span class="parent">${parent}</span>` : ""}${row.name}</code>`;
  const type = html`${row.type}${row.constraints.length ? html`<span class="constraints">${row.constraints.join("; ")}</span>` : ""}`;
  return [name, type, row.required ? "yes" : "no", valuesCell(row.values, tables), prose(row.description)];
}

/**
 * @typedef {object} FieldTableOptions
 * @property {import("zod").ZodType} schema
 * @property {string} caption
 * @property {readonly CodeTable[]} [codeTables] the tables that may define the fields' values
 */

/**
 * The field table of a zod schema, with the row count in its caption.
 * @param {FieldTableOptions} options
 */
export function fieldTable({ schema, caption, codeTables = [] }) {
  return rowsTable(fieldRows(toJsonSchema(schema)), caption, codeTables);
}

/**
 * @param {readonly FieldRow[]} rows
 * @param {string} caption
 * @param {readonly CodeTable[]} [codeTables]
 */
export function rowsTable(rows, caption, codeTables = []) {
  if (rows.length === 0) return html`<p>No fields: the body is not an object (see the JSON Schema).</p>`;
  return table({
    className: "fields",
    caption: `${caption} (${rows.length} ${rows.length === 1 ? "field" : "fields"})`,
    columns: ["Field", "Type", "Required", "Values", "Description"],
    rows: rows.map((row) => cells(row, codeTables)),
    columnClasses: [undefined, undefined, undefined, "text", "text"],
  });
}
