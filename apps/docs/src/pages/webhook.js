// One callback kind: what it is, how it arrives, what to answer, and every field of its body.
import { humanize } from "../data-tables.js";
import { fieldTable } from "../field-table.js";
import { href, html, prose, table } from "../html.js";
import { homePath, mappingsPath, providerPath, webhookPath, webhookSchemaPath } from "../paths.js";
import { isTextColumn, mappingCell } from "./normalized.js";
import { securityLinks } from "../security.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("@kyc-webhooks/core").WebhookDescriptor} WebhookDescriptor */
/** @typedef {import("../site.js").Page} Page */
/** @typedef {import("../model.js").SiteModel} SiteModel */

/**
 * What this kind becomes in the normalized model: its rows of the status mapping table, with the status and
 * the event type linked to their meaning.
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @param {WebhookDescriptor} webhook
 * @param {string} path
 */
function normalizedAs(model, provider, webhook, path) {
  const mapping = model.normalized.mappings.find((candidate) => candidate.name === "statusMappings");
  const rows = mapping?.rows.filter((row) => row["provider"] === provider.name && row["providerKind"] === webhook.kind) ?? [];
  if (!mapping || rows.length === 0) return "";
  const columns = mapping.columns.filter((column) => column !== "providerKind" && rows.some((row) => row[column] !== undefined));
  return html`<h2 id="normalized">As a normalized event</h2>
<p>How <code>normalize("${provider.name}", callback)</code> reads this kind (the rows of <code>${mapping.name}</code>; all of
${provider.descriptor.title}'s rows are on the <a href="${href(path, mappingsPath(provider.name))}">${provider.label} mapping tables</a> page).</p>
${table({
  id: "normalized-table",
  caption: `${webhook.kind} as a normalized event (${rows.length} ${rows.length === 1 ? "row" : "rows"})`,
  columns: columns.map((column) => humanize(column)),
  columnClasses: columns.map((column) => (isTextColumn(column) ? "text" : undefined)),
  rows: rows.map((row) => columns.map((column) => mappingCell(model, mapping.name, column, row[column], path))),
})}`;
}

/**
 * @param {SiteModel} model
 * @param {ProviderModel} provider
 * @param {WebhookDescriptor} webhook
 * @returns {Page}
 */
export function webhookPage(model, provider, webhook) {
  const path = webhookPath(provider.name, webhook.kind);
  const link = (/** @type {string} */ to) => href(path, to);
  const kinds = provider.descriptor.webhooks;
  const index = kinds.indexOf(webhook);
  const previous = kinds[index - 1];
  const next = kinds[index + 1];

  return {
    path,
    title: webhook.kind,
    titleHtml: html`<code>${webhook.kind}</code>`,
    description: `${provider.descriptor.title}: ${webhook.summary}`,
    breadcrumbs: [
      { path: homePath, label: "Home" },
      { path: providerPath(provider.name), label: provider.descriptor.title },
    ],
    body: html`<p class="lead">${prose(webhook.summary)}</p>
<p>${prose(webhook.description)}</p>
<dl class="facts">
<dt>Provider</dt><dd><a href="${link(providerPath(provider.name))}">${provider.descriptor.title}</a> (<code>${provider.pkg.name}</code>)</dd>
<dt>Content type</dt><dd><code>${webhook.contentType}</code></dd>
${webhook.jsonFields?.length ? html`<dt>Fields holding JSON text</dt><dd>${webhook.jsonFields.map((name, i) => html`${i > 0 ? ", " : ""}<code>${name}</code>`)}</dd>` : ""}
<dt>Authentication</dt><dd>${securityLinks(provider, webhook.security, path)}</dd>
<dt>Expected response</dt><dd><strong>${webhook.response.status}</strong>: ${prose(webhook.response.description)}</dd>
<dt>Source</dt><dd>${prose(webhook.source)}</dd>
<dt>JSON Schema</dt><dd><a href="${link(webhookSchemaPath(provider.name, webhook.kind))}">${webhook.kind}.schema.json</a> (draft 2020-12, the body as received)</dd>
</dl>
<h2 id="fields">Fields</h2>
${fieldTable({ schema: webhook.schema, caption: `Fields of ${webhook.kind}`, id: "fields-table" })}
${normalizedAs(model, provider, webhook, path)}
<nav aria-label="Other callback kinds" class="pager">
${previous ? html`<a rel="prev" href="${link(webhookPath(provider.name, previous.kind))}">← <code>${previous.kind}</code></a>` : ""}
${next ? html`<a rel="next" href="${link(webhookPath(provider.name, next.kind))}"><code>${next.kind}</code> →</a>` : ""}
</nav>`,
  };
}
