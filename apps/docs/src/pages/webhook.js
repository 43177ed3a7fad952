// One callback kind: what it is, how it arrives, what to answer, and every field of its body.
import { fieldTable } from "../field-table.js";
import { href, html, prose } from "../html.js";
import { homePath, providerPath, webhookPath, webhookSchemaPath } from "../paths.js";
import { securityLinks } from "../security.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("@kyc-webhooks/core").WebhookDescriptor} WebhookDescriptor */
/** @typedef {import("../site.js").Page} Page */

/**
 * @param {ProviderModel} provider
 * @param {WebhookDescriptor} webhook
 * @returns {Page}
 */
export function webhookPage(provider, webhook) {
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
<nav aria-label="Other callback kinds" class="pager">
${previous ? html`<a rel="prev" href="${link(webhookPath(provider.name, previous.kind))}">← <code>${previous.kind}</code></a>` : ""}
${next ? html`<a rel="next" href="${link(webhookPath(provider.name, next.kind))}"><code>${next.kind}</code> →</a>` : ""}
</nav>`,
  };
}
