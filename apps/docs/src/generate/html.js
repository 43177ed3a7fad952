// HTML building blocks: a tagged template that escapes every value unless it is already HTML, and tables
// with captions that scroll sideways inside their frame.
import { cite } from "./citations.js";

/** A string of HTML that is safe to insert as it is. */
export class Html {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

/** @typedef {Html | string | number | boolean | null | undefined | readonly unknown[]} Content  An array holds more Content. */

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map((item) => render(item)).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/**
 * `html\`<p>${text}</p>\`` escapes `text`; nested `html` results, and arrays of them, are inserted as they are.
 * @param {TemplateStringsArray} strings
 * @param {...Content} values
 */
export function html(strings, ...values) {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? "");
  });
  return new Html(out);
}

/** @param {Content} value */
export function toHtml(value) {
  return new Html(render(value));
}

/**
 * The text of a provider document or a schema description, with its `code` spans kept as code.
 * @param {string | undefined} text
 */
export function prose(text) {
  if (!text) return new Html("");
  return new Html(
    cite(text)
      .split(/(`[^`]+`)/)
      .map((part) => (part.length > 2 && part.startsWith("`") && part.endsWith("`") ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : linkify(part)))
      .join(""),
  );
}

/** Text with its http(s) addresses as links (a source document's page, a provider's API server). @param {string} text */
function linkify(text) {
  return text
    .split(/(https?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:)\]])/)
    .map((part, index) => (index % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join("");
}

/** An id for an anchor, lower case. @param {string} value */
export function anchor(value) {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * @typedef {object} TableOptions
 * @property {string} caption what the table shows (every table has one)
 * @property {readonly string[]} columns column headings
 * @property {readonly (readonly Content[])[]} rows cells; the first cell of a row is its header cell
 * @property {string} [id]
 * @property {string} [className]
 * @property {string} [filterLabel] set to get a text filter (assets/filter.js), labelled with this text
 * @property {readonly (string | undefined)[]} [columnClasses] a class for the cells of each column (`text` for prose)
 * @property {readonly string[]} [rowIds] an id for each row (the target of a link to one value)
 */

/** @param {TableOptions} options */
export function table({ caption, columns, rows, id, className, filterLabel, columnClasses = [], rowIds }) {
  const head = columns.map((column) => html`<th scope="col">${column}</th>`);
  const cellClass = (/** @type {number} */ index) => (columnClasses[index] ? html` class="${columnClasses[index]}"` : "");
  const body = rows.map(
    (cells, rowIndex) =>
      html`<tr${rowIds?.[rowIndex] ? html` id="${rowIds[rowIndex]}"` : ""}>${cells.map((cell, index) => (index === 0 ? html`<th scope="row"${cellClass(index)}>${cell}</th>` : html`<td${cellClass(index)}>${cell}</td>`))}</tr>`,
  );
  // The wrapper scrolls a wide table sideways: focusable and named, so that a keyboard can scroll it too.
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${caption}"><table${id ? html` id="${id}"` : ""}${className ? html` class="${className}"` : ""}${
    filterLabel ? html` data-filter="${filterLabel}"` : ""
  }>
<caption>${caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body.map((row) => html`${row}\n`)}</tbody>
</table></div>`;
}

/** A list of values as code, folded into a disclosure when it is long. @param {readonly string[]} values @param {number} [fold] */
export function valueList(values, fold = 12) {
  if (values.length === 0) return html``;
  const items = html`<ul class="values">${values.map((value) => html`<li><code>${value}</code></li>`)}</ul>`;
  if (values.length <= fold) return items;
  return html`<details><summary>${values.length} values</summary>${items}</details>`;
}
