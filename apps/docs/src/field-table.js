// The field table of a schema: name, type, required, allowed values, description.
import { fieldRows, toJsonSchema } from "./fields.js";
import { html, prose, table, valueList } from "./html.js";

/** @typedef {import("./fields.js").FieldRow} FieldRow */

/**
 * @param {FieldRow} row
 * @returns {import("./html.js").Content[]}
 */
function cells(row) {
  // A break opportunity after each dot of the parent path, so that deep paths wrap instead of widening the table.
  const parent = row.parent.split(".").map((part, index, parts) => (index < parts.length - 1 ? html`${part}.<wbr>` : part));
  const name = html`<code class="field" style="--depth: ${row.depth}">${row.parent ? html`<span class="parent">${parent}</span>` : ""}${row.name}</code>`;
  const type = html`${row.type}${row.constraints.length ? html`<span class="constraints">${row.constraints.join("; ")}</span>` : ""}`;
  return [name, type, row.required ? "yes" : "no", valueList(row.values), prose(row.description)];
}

/**
 * @typedef {object} FieldTableOptions
 * @property {import("zod").ZodType} schema
 * @property {string} caption
 * @property {string} id
 */

/**
 * The field table of a zod schema, with the row count in its caption and a text filter.
 * @param {FieldTableOptions} options
 */
export function fieldTable({ schema, caption, id }) {
  return rowsTable(fieldRows(toJsonSchema(schema)), caption, id);
}

/**
 * @param {readonly FieldRow[]} rows
 * @param {string} caption
 * @param {string} id
 */
export function rowsTable(rows, caption, id) {
  if (rows.length === 0) return html`<p>No fields: the body is not an object (see the JSON Schema).</p>`;
  return table({
    id,
    className: "fields",
    caption: `${caption} (${rows.length} ${rows.length === 1 ? "field" : "fields"})`,
    columns: ["Field", "Type", "Required", "Values", "Description"],
    rows: rows.map((row) => cells(row)),
    filterLabel: "Filter fields",
  });
}
