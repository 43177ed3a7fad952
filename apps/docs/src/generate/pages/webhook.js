// One callback kind: what it is, how it arrives, what to answer, every field of its body, example payloads
// from the package's fixtures (as sent, decoded, normalized), and what it becomes as a normalized event.
import { humanize } from "../data-tables.js";
import { fieldTable } from "../field-table.js";
import { html, prose, table } from "../html.js";
import { block, code, heading, url } from "../markdown.js";
import { examplesPerKind } from "../examples.js";
import { mappingsSlug, providerSlug, specFile, webhookSlug } from "../paths.js";
import { securityLinks } from "../security.js";
import { isTextColumn, mappingCell } from "./normalized.js";
import { providerCodeTables } from "./provider.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("@kyc-webhooks/core").WebhookDescriptor} WebhookDescriptor */
/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../markdown.js").Page} Page */
/** @typedef {import("../examples.js").Example} Example */

/** @param {unknown} value */
const json = (value) => JSON.stringify(value, null, 2);

/**
 * The payloads of one fixture. A form body is one long line: it wraps in its frame (the copy button copies
 * the exact body).
 * @param {Example} example
 * @param {string} provider
 */
function examplePayloads(example, provider) {
  const isForm = example.contentType.startsWith("application/x-www-form-urlencoded");
  const lang = isForm ? "txt" : "json";
  return [
    heading(3, example.name),
    block(html`<p>${prose(example.description)} Send it to a receiver with <code>kyc-webhooks send ${provider} ${example.name} --to …</code>.</p>`),
    code(isForm ? `${lang} wrap` : lang, example.body, `Body as sent (${example.contentType})`),
    ...(example.decoded !== undefined ? [code("json", json(example.decoded), "Decoded form (JSON fields parsed)")] : []),
    ...(example.event !== undefined ? [code("json", json(example.event), "Normalized event")] : []),
  ];
}

/**
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @param {WebhookDescriptor} webhook
 */
function normalizedAs(model, provider, webhook) {
  const mapping = model.normalized.mappings.find((candidate) => candidate.name === "statusMappings");
  const rows = mapping?.rows.filter((row) => row["provider"] === provider.name && row["providerKind"] === webhook.kind) ?? [];
  if (!mapping || rows.length === 0) return [];
  const columns = mapping.columns.filter((column) => column !== "providerKind" && rows.some((row) => row[column] !== undefined));
  return [
    heading(2, "As a normalized event"),
    block(html`<p>How <code>normalize("${provider.name}", callback)</code> reads this kind (the rows of <code>${mapping.name}</code>; all of
${provider.descriptor.title}'s rows are on the <a href="${url(mappingsSlug(provider.name))}">${provider.label} mapping tables</a> page).</p>`),
    block(
      table({
        caption: `${webhook.kind} as a normalized event (${rows.length} ${rows.length === 1 ? "row" : "rows"})`,
        columns: columns.map((column) => humanize(column)),
        columnClasses: columns.map((column) => (isTextColumn(column) ? "text" : undefined)),
        rows: rows.map((row) => columns.map((column) => mappingCell(model, mapping.name, column, row[column]))),
      }),
    ),
  ];
}

/**
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @param {WebhookDescriptor} webhook
 * @returns {Page}
 */
export function webhookPage(model, provider, webhook) {
  const schemaFile = model.spec.index.schemas.find((entry) => entry.provider === provider.name && entry.callbackKind === webhook.kind);
  const examples = provider.examples.get(webhook.kind) ?? [];
  const shown = examples.slice(0, examplesPerKind);
  const more = examples.slice(examplesPerKind);
  return {
    slug: webhookSlug(provider.name, webhook.kind),
    title: webhook.kind,
    description: `${provider.descriptor.title}: ${webhook.summary}`,
    body: [
      block(html`<p>${prose(webhook.summary)}</p>
<p>${prose(webhook.description)}</p>
<dl class="facts">
<dt>Provider</dt><dd><a href="${url(providerSlug(provider.name))}">${provider.descriptor.title}</a> (<code>${provider.pkg.name}</code>)</dd>
<dt>Content type</dt><dd><code>${webhook.contentType}</code></dd>
${webhook.jsonFields?.length ? html`<dt>Fields holding JSON text</dt><dd>${webhook.jsonFields.map((name, i) => html`${i > 0 ? ", " : ""}<code>${name}</code>`)}</dd>` : ""}
<dt>Authentication</dt><dd>${securityLinks(provider, webhook.security)}</dd>
<dt>Expected response</dt><dd><strong>${webhook.response.status}</strong>: ${prose(webhook.response.description)}</dd>
<dt>Source</dt><dd>${prose(webhook.source)}</dd>
${schemaFile ? html`<dt>JSON Schema</dt><dd><a href="${specFile(schemaFile.file)}" download>${schemaFile.file.split("/").pop()}</a> (draft 2020-12, the body as received)</dd>` : ""}
</dl>`),
      heading(2, "Fields"),
      block(fieldTable({ schema: webhook.schema, caption: `Fields of ${webhook.kind}`, codeTables: providerCodeTables(provider) })),
      heading(2, "Examples"),
      block(
        shown.length
          ? html`<p>From the package's fixtures (<code>${provider.pkg.name}/fixtures</code>): the body byte for byte as ${provider.descriptor.title} sends it${
              shown.some((example) => example.decoded !== undefined) ? ", the object the form decodes to" : ""
            }, and the normalized event <code>normalizeRaw</code> makes of it.</p>`
          : html`<p>No fixture of this kind yet.</p>`,
      ),
      ...shown.flatMap((example) => examplePayloads(example, provider.name)),
      ...(more.length
        ? [block(html`<p>${more.length} more ${more.length === 1 ? "fixture" : "fixtures"} of this kind: ${more.map((example, index) => html`${index > 0 ? ", " : ""}<code>${example.name}</code>`)} (<code>kyc-webhooks fixtures ${provider.name}</code>).</p>`)]
        : []),
      ...normalizedAs(model, provider, webhook),
    ],
  };
}
