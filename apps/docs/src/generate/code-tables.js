// A package's exported data (code tables, value lists, settings, constants) as HTML.
import { html, prose, table, valueList } from "./html.js";
import { humanize, isPlainObject } from "./data-tables.js";

/** @typedef {import("./data-tables.js").DataExport} DataExport */
/** @typedef {import("./html.js").Content} Content */

/**
 * One cell of a data table: the first column as code, text with its `code` spans, lists and records inline.
 * @param {unknown} value
 * @param {boolean} asCode
 * @returns {Content}
 */
export function dataCell(value, asCode) {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return asCode ? html`<code>${value}</code>` : prose(value);
  if (value instanceof RegExp) return html`<code>${String(value)}</code>`;
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === "string" || typeof item === "number")) return valueList(value.map(String));
    return html`<ul class="plain">${value.map((item) => html`<li>${dataCell(item, false)}</li>`)}</ul>`;
  }
  if (isPlainObject(value)) {
    return html`<dl class="inline">${Object.entries(value).map(([key, entry]) => html`<dt>${key}</dt><dd>${dataCell(entry, false)}</dd>`)}</dl>`;
  }
  return JSON.stringify(value);
}

/**
 * The body of a data export's section (its heading is the page's).
 * @param {DataExport} data
 * @param {string} owner whose data, for the caption (`Shufti`)
 * @param {((code: string) => string) | undefined} rowId the id of a code's row, for a table whose values fields link to
 */
export function dataSection(data, owner, rowId) {
  const exportName = html`<p>Export <code>${data.name}</code>.</p>`;
  switch (data.kind) {
    case "table": {
      const body = table({
        caption: `${owner}: ${data.title.toLowerCase()} (${data.rows.length} rows)`,
        columns: data.columns.map((column) => humanize(column)),
        rows: data.rows.map((row) => data.columns.map((column, index) => dataCell(row[column], index === 0))),
        rowIds: rowId ? data.rows.map((row) => rowId(String(row[data.columns[0] ?? ""]))) : undefined,
        columnClasses: data.columns.map((column) => (column === "description" || column === "note" ? "text" : undefined)),
      });
      return html`${exportName}${body}`;
    }
    case "list":
      return html`${exportName}<p>${data.values.length} values:</p>${valueList(data.values, 40)}`;
    case "record":
      return html`${exportName}${table({
        caption: `${owner}: ${data.title.toLowerCase()}`,
        columns: ["Key", "Value"],
        rows: data.entries.map(([key, value]) => [html`<code>${key}</code>`, dataCell(value, false)]),
      })}`;
    case "constant":
      return html`${exportName}<p><code>${data.value}</code></p>`;
  }
}
