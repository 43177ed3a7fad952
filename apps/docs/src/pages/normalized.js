// The provider-neutral event model (@kyc-webhooks/normalized) and each provider's mapping tables.
import { dataCell } from "../code-tables.js";
import { humanize } from "../data-tables.js";
import { fieldTable } from "../field-table.js";
import { anchor, href, html, prose, table } from "../html.js";
import { homePath, mappingsPath, normalizedPath, providerPath } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("../site.js").Page} Page */

/**
 * Which column of which mapping table holds a value of the model that the normalized page describes: such
 * values link to their meaning. (A column missing here is shown as it is, without a link.)
 * @type {Readonly<Record<string, Readonly<Record<string, string>>>>}
 */
const describedBy = {
  statusMappings: { status: "statusDescriptions", type: "eventTypeDescriptions" },
  reasonMappings: { category: "reasonCategoryDescriptions" },
  documentTypeMappings: { type: "documentTypeDescriptions" },
  checkMappings: { check: "checkNameDescriptions" },
  mediaMappings: { kind: "mediaKindDescriptions" },
};

/** Columns of text rather than identifiers. */
const textColumns = ["judgement", "description", "rule"];

/** Columns that hold sentences (or records of them), shown wider. @param {string} column */
export function isTextColumn(column) {
  return textColumns.includes(column) || column === "reason";
}

/**
 * One cell of a mapping table: a model value linked to its meaning, identifiers as code, text as text.
 * @param {SiteModel} model
 * @param {string} mapping the mapping table's export name
 * @param {string} column
 * @param {unknown} value
 * @param {string} from the page the cell is on
 */
export function mappingCell(model, mapping, column, value, from) {
  const setName = describedBy[mapping]?.[column];
  const set = model.normalized.described.find((candidate) => candidate.name === setName);
  if (set && typeof value === "string" && set.entries.some(([entry]) => entry === value)) {
    return html`<a href="${href(from, `${normalizedPath}#${set.id}-${anchor(value)}`)}"><code>${value}</code></a>`;
  }
  return dataCell(value, !textColumns.includes(column));
}

/** @param {SiteModel} model @returns {Page} */
export function normalizedPage(model) {
  const path = normalizedPath;
  const { described, mappings, pkg } = model.normalized;
  const link = (/** @type {string} */ to) => href(path, to);

  const counts = table({
    caption: "Mapping rows per provider",
    columns: ["Provider", ...mappings.map((mapping) => mapping.title)],
    rows: model.providers.map((provider) => [
      html`<a href="${link(mappingsPath(provider.name))}">${provider.descriptor.title}</a>`,
      ...mappings.map((mapping) => String(mapping.rows.filter((row) => row["provider"] === provider.name).length)),
    ]),
  });

  return {
    path,
    title: "Normalized events",
    description: "The provider-neutral event model that every callback of every provider becomes.",
    breadcrumbs: [{ path: homePath, label: "Home" }],
    body: html`<p class="lead">${prose(pkg.description)}</p>
<pre><code>npm install ${pkg.name} zod</code></pre>
<p>Every callback becomes one <code>NormalizedEvent</code>: what happened (<code>type</code>), what it says about the verification
(<code>status</code>, <code>finality</code>), who and what was verified, why (<code>reasons</code>), what was checked (<code>checks</code>), and
the provider payload itself (<code>raw</code>).</p>
<nav aria-label="On this page" class="toc"><ul>
${described.map((set) => html`<li><a href="#${set.id}">${set.title}</a></li>`)}
<li><a href="#event-fields">The event's fields</a></li>
<li><a href="#mappings">Mapping tables</a></li>
</ul></nav>
${described.map(
  (set) => html`<h2 id="${set.id}">${set.title}</h2>
${table({
  id: `${set.id}-table`,
  caption: `${set.title} (${set.entries.length}), from ${set.name}`,
  columns: ["Value", "Meaning"],
  rows: set.entries.map(([value, meaning]) => [html`<code id="${set.id}-${anchor(value)}">${value}</code>`, prose(meaning)]),
})}`,
)}
<h2 id="event-fields">The event's fields</h2>
${fieldTable({ schema: model.normalized.eventSchema, caption: "Fields of NormalizedEvent", id: "event-fields-table" })}
<h2 id="mappings">Mapping tables</h2>
<p>Each provider value's meaning in this model is a row of data, the same rows the normalizers use. Rows with a
judgement are the project's choice rather than the provider's documented meaning; the text says why.</p>
${counts}`,
  };
}

/**
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @returns {Page}
 */
export function mappingsPage(model, provider) {
  const path = mappingsPath(provider.name);
  const link = (/** @type {string} */ to) => href(path, to);
  const sections = model.normalized.mappings.map((mapping) => {
    const rows = mapping.rows.filter((row) => row["provider"] === provider.name);
    const id = anchor(mapping.title);
    if (rows.length === 0) {
      return html`<h2 id="${id}">${mapping.title}</h2>
<p>No ${mapping.title.toLowerCase()} for ${provider.descriptor.title} yet.</p>`;
    }
    const columns = mapping.columns.filter((column) => rows.some((row) => row[column] !== undefined));
    return html`<h2 id="${id}">${mapping.title}</h2>
${table({
  id: `${id}-table`,
  caption: `${provider.descriptor.title}: ${mapping.title.toLowerCase()} (${rows.length} rows, from ${mapping.name})`,
  columns: columns.map((column) => humanize(column)),
  columnClasses: columns.map((column) => (isTextColumn(column) ? "text" : undefined)),
  rows: rows.map((row) => columns.map((column) => mappingCell(model, mapping.name, column, row[column], path))),
  filterLabel: "Filter rows",
})}`;
  });

  return {
    path,
    title: `${provider.label} mapping tables`,
    description: `How ${provider.descriptor.title}'s values map to the normalized event model.`,
    breadcrumbs: [
      { path: homePath, label: "Home" },
      { path: normalizedPath, label: "Normalized events" },
    ],
    body: html`<p class="lead">How the values of <a href="${link(providerPath(provider.name))}">${provider.descriptor.title}</a> callbacks become
<a href="${link(normalizedPath)}">normalized events</a>: one row per provider value.</p>
<nav aria-label="On this page" class="toc"><ul>${model.normalized.mappings.map(
      (mapping) => html`<li><a href="#${anchor(mapping.title)}">${mapping.title}</a></li>`,
    )}</ul></nav>
${sections}`,
  };
}
