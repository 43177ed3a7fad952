// A provider's pages: the overview (callback kinds, authentication, operations), and its code tables.
import { anchor, html, prose, table } from "../html.js";
import { block, code, heading, url } from "../markdown.js";
import { codeTablesSlug, mappingsSlug, operationsSlug, providerSlug, receivingSlug, webhookSlug } from "../paths.js";
import { schemeLabel, securityLinks } from "../security.js";
import { dataSection } from "../code-tables.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("../markdown.js").Page} Page */

/** The anchor of a code table's section on the code tables page. @param {string} name */
export const codeTableAnchor = (name) => `data-${anchor(name)}`;
/** The anchor of one code's row. @param {string} name @param {string} code */
export const codeRowAnchor = (name, code) => `${codeTableAnchor(name)}-${anchor(code)}`;

/** The code tables of a provider that define values: those with a `code` column. @param {ProviderModel} provider @returns {import("../field-table.js").CodeTable[]} */
export function providerCodeTables(provider) {
  return provider.tables.flatMap((data) => {
    if (data.kind !== "table" || data.columns[0] !== "code") return [];
    const meanings = new Map(data.rows.map((row) => [String(row["code"]), typeof row["description"] === "string" ? row["description"] : ""]));
    return [{ name: data.name, meanings, href: (/** @type {string} */ value) => url(codeTablesSlug(provider.name), codeRowAnchor(data.name, value)) }];
  });
}

/** @param {ProviderModel} provider @returns {Page} */
export function providerPage(provider) {
  const { descriptor, pkg } = provider;
  const kinds = table({
    caption: `Callback kinds of ${descriptor.title} (${descriptor.webhooks.length})`,
    columns: ["Kind", "Summary", "Content type", "Authentication", "Expected response"],
    rows: descriptor.webhooks.map((webhook) => [
      html`<a href="${url(webhookSlug(provider.name, webhook.kind))}"><code>${webhook.kind}</code></a>`,
      prose(webhook.summary),
      html`<code>${webhook.contentType}</code>`,
      securityLinks(provider, webhook.security),
      String(webhook.response.status),
    ]),
  });
  const schemes = Object.entries(descriptor.securitySchemes);
  return {
    slug: providerSlug(provider.name),
    title: descriptor.title,
    description: pkg.description,
    body: [
      block(html`<p>${prose(pkg.description)}</p>`),
      code("sh", `npm install ${pkg.name} zod`),
      block(html`<p>Receiving these callbacks with the library: <a href="${url(receivingSlug, provider.name)}">the receiving guide</a>. How they become
provider-neutral events: <a href="${url(mappingsSlug(provider.name))}">${provider.label} mapping tables</a>. Code tables the package exports:
<a href="${url(codeTablesSlug(provider.name))}">${provider.label} code tables</a>.</p>`),
      heading(2, "Callback kinds"),
      block(kinds),
      ...(provider.rules.length
        ? [
            heading(2, "Documented rules"),
            block(html`<p>Rules between fields that ${provider.label}'s documents state and the schemas alone cannot express. Strict validation (the default of
<code>safeParseCallback</code>, <code>createWebhooks</code> and <code>kyc-webhooks validate</code>) refuses a callback that breaks one, naming the rule;
tolerant validation (<code>strictness: "tolerant"</code>, what the receiver uses) accepts it and reports the rule as a warning.</p>`),
            block(
              table({
                caption: `Documented rules of ${descriptor.title} (${provider.rules.length})`,
                columns: ["Rule", "Statement", "Source"],
                rows: provider.rules.map((rule) => [html`<code>${rule.id}</code>`, prose(rule.statement), html`<a href="${rule.source.url}">${rule.source.title}</a>, ${rule.source.where}`]),
                rowIds: provider.rules.map((rule) => `rule-${anchor(rule.id)}`),
              }),
            ),
          ]
        : []),
      ...(schemes.length
        ? [
            heading(2, "Authentication"),
            block(
              html`<dl class="schemes">${schemes.map(
                ([name, scheme]) => html`<dt id="security-${anchor(name)}"><code>${name}</code>: ${schemeLabel(scheme)}${
                  scheme.type === "oauth2" ? html` (token URL <code>${scheme.tokenUrl}</code>)` : ""
                }</dt><dd>${prose(scheme.description)}</dd>`,
              )}</dl>`,
            ),
          ]
        : []),
      ...(descriptor.operations.length
        ? [
            heading(2, "API operations"),
            block(
              table({
                caption: `API operations of ${descriptor.title} (${descriptor.operations.length})`,
                columns: ["Operation", "Method", "Path", "Summary"],
                rows: descriptor.operations.map((operation) => [
                  html`<a href="${url(operationsSlug(provider.name), anchor(operation.operationId))}"><code>${operation.operationId}</code></a>`,
                  operation.method.toUpperCase(),
                  html`<code>${operation.path}</code>`,
                  prose(operation.summary),
                ]),
              }),
            ),
          ]
        : []),
    ],
  };
}

/** @param {ProviderModel} provider @returns {Page} */
export function codeTablesPage(provider) {
  const codeTables = providerCodeTables(provider);
  return {
    slug: codeTablesSlug(provider.name),
    title: `${provider.label} code tables`,
    description: `The code tables ${provider.pkg.name} exports as data: ${provider.tables.map((data) => data.title.toLowerCase()).join(", ")}.`,
    body: [
      block(html`<p>Exported as data by <code>${provider.pkg.name}</code>, so your code can use the same tables. The values in the
<a href="${url(providerSlug(provider.name))}">field tables</a> link to their rows here.</p>`),
      ...provider.tables.flatMap((data) => [
        heading(2, data.title),
        block(dataSection(data, provider.label, codeTables.some((codeTable) => codeTable.name === data.name) ? (/** @type {string} */ value) => codeRowAnchor(data.name, value) : undefined)),
      ]),
    ],
  };
}
