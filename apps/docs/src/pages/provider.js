// A provider's page: its callback kinds, authentication, API operations and code tables.
import { dataSection } from "../code-tables.js";
import { anchor, href, html, prose, table } from "../html.js";
import { homePath, mappingsPath, operationPath, operationsPath, providerPath, webhookPath } from "../paths.js";
import { schemeLabel, securityLinks } from "../security.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("../site.js").Page} Page */

/** @param {ProviderModel} provider @returns {Page} */
export function providerPage(provider) {
  const { descriptor, pkg } = provider;
  const path = providerPath(provider.name);
  const link = (/** @type {string} */ to) => href(path, to);

  const kinds = table({
    id: "callback-kinds",
    caption: `Callback kinds of ${descriptor.title} (${descriptor.webhooks.length})`,
    columns: ["Kind", "Summary", "Content type", "Authentication", "Expected response"],
    rows: descriptor.webhooks.map((webhook) => [
      html`<a href="${link(webhookPath(provider.name, webhook.kind))}"><code>${webhook.kind}</code></a>`,
      prose(webhook.summary),
      html`<code>${webhook.contentType}</code>`,
      securityLinks(provider, webhook.security, path),
      String(webhook.response.status),
    ]),
  });

  const schemes = Object.entries(descriptor.securitySchemes);
  const security = schemes.length
    ? html`<h2 id="security">Authentication</h2>
<dl class="schemes">${schemes.map(
        ([name, scheme]) => html`<dt id="security-${anchor(name)}"><code>${name}</code>: ${schemeLabel(scheme)}${
          scheme.type === "oauth2" ? html` (token URL <code>${scheme.tokenUrl}</code>)` : ""
        }</dt><dd>${prose(scheme.description)}</dd>`,
      )}</dl>`
    : "";

  const operations = descriptor.operations.length
    ? html`<h2 id="operations">API operations</h2>
${
  descriptor.servers?.length
    ? html`<p>Servers: ${descriptor.servers.map(
        (server, index) => html`${index > 0 ? ", " : ""}<code>${server.url}</code>${server.description ? html` (${server.description})` : ""}`,
      )}.</p>`
    : ""
}
${table({
  id: "api-operations",
  caption: `API operations of ${descriptor.title} (${descriptor.operations.length})`,
  columns: ["Operation", "Method", "Path", "Summary"],
  rows: descriptor.operations.map((operation) => [
    html`<a href="${link(operationPath(provider.name, operation.operationId))}"><code>${operation.operationId}</code></a>`,
    operation.method.toUpperCase(),
    html`<code>${operation.path}</code>`,
    prose(operation.summary),
  ]),
})}
<p><a href="${link(operationsPath(provider.name))}">Parameters, request and response fields of every operation</a>.</p>`
    : "";

  const codeTables = provider.tables.length
    ? html`<h2 id="code-tables">Code tables</h2>
<p>Exported as data by <code>${pkg.name}</code>, so your code can use the same tables.</p>
${provider.tables.map((data) => dataSection(data, provider.label, 3))}`
    : "";

  const contents = [
    ["callback-kinds-heading", "Callback kinds"],
    ...(schemes.length ? [["security", "Authentication"]] : []),
    ...(descriptor.operations.length ? [["operations", "API operations"]] : []),
    ...(provider.tables.length ? [["code-tables", "Code tables"]] : []),
  ];

  return {
    path,
    title: descriptor.title,
    description: pkg.description,
    breadcrumbs: [{ path: homePath, label: "Home" }],
    body: html`<p class="lead">${prose(pkg.description)}</p>
<pre><code>npm install ${pkg.name} zod</code></pre>
<nav aria-label="On this page" class="toc"><ul>${contents.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
<p>How these callbacks become provider-neutral events: <a href="${link(mappingsPath(provider.name))}">${provider.label} mapping tables</a>.</p>
<h2 id="callback-kinds-heading">Callback kinds</h2>
${kinds}
${security}
${operations}
${codeTables}`,
  };
}
