// The provider-neutral event model (@kyc-webhooks/normalized) and each provider's mapping tables.
import { dataCell } from "../code-tables.js";
import { humanize } from "../data-tables.js";
import { fieldTable } from "../field-table.js";
import { anchor, html, prose, table } from "../html.js";
import { block, code, heading, url } from "../markdown.js";
import { mappingsSlug, normalizedSlug, providerSlug } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("../markdown.js").Page} Page */

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

/** The anchor of one described value on the normalized page. @param {{ id: string }} set @param {string} value */
const valueAnchor = (set, value) => `${set.id}-${anchor(value)}`;

/** The normalized model's described values as code tables a field table links to. @param {SiteModel} model @returns {import("../field-table.js").CodeTable[]} */
export function normalizedCodeTables(model) {
  return model.normalized.described.map((set) => ({
    name: set.name,
    meanings: new Map(set.entries),
    href: (/** @type {string} */ value) => url(normalizedSlug, valueAnchor(set, value)),
  }));
}

/**
 * One cell of a mapping table: a model value linked to its meaning, identifiers as code, text as text.
 * @param {SiteModel} model
 * @param {string} mapping the mapping table's export name
 * @param {string} column
 * @param {unknown} value
 */
export function mappingCell(model, mapping, column, value) {
  const setName = describedBy[mapping]?.[column];
  const set = model.normalized.described.find((candidate) => candidate.name === setName);
  if (set && typeof value === "string" && set.entries.some(([entry]) => entry === value)) {
    return html`<a href="${url(normalizedSlug, valueAnchor(set, value))}"><code>${value}</code></a>`;
  }
  return dataCell(value, !textColumns.includes(column));
}

/** @param {SiteModel} model @returns {Page} */
export function normalizedPage(model) {
  const { described, mappings, pkg } = model.normalized;
  return {
    slug: normalizedSlug,
    title: "Normalized events",
    description: "The provider-neutral event model that every callback of every provider becomes.",
    body: [
      block(html`<p>${prose(pkg.description)}</p>`),
      code("sh", `npm install ${pkg.name} zod`),
      block(html`<p>Every callback becomes one <code>NormalizedEvent</code>: what happened (<code>type</code>), what it says about the verification
(<code>status</code>, <code>finality</code>), who and what was verified, why (<code>reasons</code>), what was checked (<code>checks</code>), and
the provider payload itself (<code>raw</code>).</p>`),
      ...described.flatMap((set) => [
        heading(2, set.title),
        block(
          table({
            caption: `${set.title} (${set.entries.length}), from ${set.name}`,
            columns: ["Value", "Meaning"],
            rows: set.entries.map(([value, meaning]) => [html`<code>${value}</code>`, prose(meaning)]),
            rowIds: set.entries.map(([value]) => valueAnchor(set, value)),
            columnClasses: [undefined, "text"],
          }),
        ),
      ]),
      heading(2, "The event's fields"),
      block(fieldTable({ schema: model.normalized.eventSchema, caption: "Fields of NormalizedEvent", codeTables: normalizedCodeTables(model) })),
      heading(2, "Mapping tables"),
      block(html`<p>Each provider value's meaning in this model is a row of data, the same rows the normalizers use. Rows with a
judgement are the project's choice rather than the provider's documented meaning; the text says why.</p>`),
      block(
        table({
          caption: "Mapping rows per provider",
          columns: ["Provider", ...mappings.map((mapping) => mapping.title)],
          rows: model.providers.map((provider) => [
            html`<a href="${url(mappingsSlug(provider.name))}">${provider.descriptor.title}</a>`,
            ...mappings.map((mapping) => String(mapping.rows.filter((row) => row["provider"] === provider.name).length)),
          ]),
        }),
      ),
    ],
  };
}

/**
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @returns {Page}
 */
export function mappingsPage(model, provider) {
  return {
    slug: mappingsSlug(provider.name),
    title: `${provider.label} mapping tables`,
    description: `How ${provider.descriptor.title}'s values map to the normalized event model.`,
    body: [
      block(html`<p>How the values of <a href="${url(providerSlug(provider.name))}">${provider.descriptor.title}</a> callbacks become
<a href="${url(normalizedSlug)}">normalized events</a>: one row per provider value.</p>`),
      ...model.normalized.mappings.flatMap((mapping) => {
        const rows = mapping.rows.filter((row) => row["provider"] === provider.name);
        if (rows.length === 0) return [heading(2, mapping.title), block(html`<p>No ${mapping.title.toLowerCase()} for ${provider.descriptor.title} yet.</p>`)];
        const columns = mapping.columns.filter((column) => rows.some((row) => row[column] !== undefined));
        return [
          heading(2, mapping.title),
          block(
            table({
              caption: `${provider.descriptor.title}: ${mapping.title.toLowerCase()} (${rows.length} rows, from ${mapping.name})`,
              columns: columns.map((column) => humanize(column)),
              columnClasses: columns.map((column) => (isTextColumn(column) ? "text" : undefined)),
              rows: rows.map((row) => columns.map((column) => mappingCell(model, mapping.name, column, row[column]))),
            }),
          ),
        ];
      }),
    ],
  };
}

