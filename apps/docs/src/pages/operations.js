// A provider's API operations: parameters, request body fields, responses and their fields.
import { fieldTable } from "../field-table.js";
import { fieldRows, toJsonSchema } from "../fields.js";
import { anchor, html, prose, table, valueList } from "../html.js";
import { homePath, operationsPath, providerPath } from "../paths.js";
import { securityLinks } from "../security.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("@kyc-webhooks/core").OperationDescriptor} OperationDescriptor */
/** @typedef {import("../site.js").Page} Page */

/**
 * The path and query parameters of an operation, one row each.
 * @param {OperationDescriptor} operation
 */
function parameters(operation) {
  const rows = [
    ...Object.entries(operation.pathParameters ?? {}).map(([name, schema]) => ({ name, where: "path", schema })),
    ...Object.entries(operation.queryParameters ?? {}).map(([name, schema]) => ({ name, where: "query", schema })),
  ].map(({ name, where, schema }) => {
    const json = toJsonSchema(schema);
    // A parameter's own row: the walker reads it as the single property of an object.
    const [row] = fieldRows({ type: "object", properties: { [name]: json }, required: schema.isOptional() ? [] : [name] });
    return [
      html`<code>${name}</code>`,
      where,
      row?.type ?? "any",
      row?.required || where === "path" ? "yes" : "no",
      valueList(row?.values ?? []),
      prose(row?.description ?? json.description),
    ];
  });
  if (rows.length === 0) return "";
  return table({
    caption: `Parameters of ${operation.operationId}`,
    columns: ["Name", "In", "Type", "Required", "Values", "Description"],
    rows,
  });
}

/**
 * @param {ProviderModel} provider
 * @param {OperationDescriptor} operation
 * @param {string} path
 */
function operationSection(provider, operation, path) {
  const id = anchor(operation.operationId);
  return html`<section aria-labelledby="${id}">
<h2 id="${id}"><code>${operation.operationId}</code>: ${prose(operation.summary)}</h2>
<p class="endpoint"><span class="method">${operation.method.toUpperCase()}</span> <code>${operation.path}</code></p>
${operation.description ? html`<p>${prose(operation.description)}</p>` : ""}
<dl class="facts">
<dt>Authentication</dt><dd>${securityLinks(provider, operation.security, path)}</dd>
${operation.requestContentType ? html`<dt>Request content type</dt><dd><code>${operation.requestContentType}</code></dd>` : ""}
<dt>Source</dt><dd>${prose(operation.source)}</dd>
</dl>
${parameters(operation)}
${
  operation.requestSchema
    ? html`<h3 id="${id}-request">Request body</h3>
${fieldTable({ schema: operation.requestSchema, caption: `Request body of ${operation.operationId}`, id: `${id}-request-fields` })}`
    : ""
}
<h3 id="${id}-responses">Responses</h3>
${table({
  caption: `Responses of ${operation.operationId}`,
  columns: ["Status", "Description", "Body"],
  rows: operation.responses.map((response) => [
    String(response.status),
    prose(response.description),
    response.schema ? html`<a href="#${id}-${response.status}-fields">fields</a>` : "none",
  ]),
})}
${operation.responses.map((response) =>
  response.schema
    ? html`<details id="${id}-${response.status}-fields"><summary>Fields of the ${response.status} response</summary>
${fieldTable({ schema: response.schema, caption: `${response.status} response of ${operation.operationId}`, id: `${id}-${response.status}-table` })}
</details>`
    : "",
)}
</section>`;
}

/** @param {ProviderModel} provider @returns {Page} */
export function operationsPage(provider) {
  const path = operationsPath(provider.name);
  const { descriptor } = provider;
  return {
    path,
    title: `${provider.label} API operations`,
    description: `The API operations of ${descriptor.title}.`,
    breadcrumbs: [
      { path: homePath, label: "Home" },
      { path: providerPath(provider.name), label: descriptor.title },
    ],
    body: html`${
      descriptor.servers?.length
        ? html`<p>Servers: ${descriptor.servers.map(
            (server, index) => html`${index > 0 ? ", " : ""}<code>${server.url}</code>${server.description ? html` (${server.description})` : ""}`,
          )}.</p>`
        : ""
    }
<nav aria-label="Operations" class="toc"><ul>${descriptor.operations.map(
      (operation) => html`<li><a href="#${anchor(operation.operationId)}"><code>${operation.operationId}</code></a></li>`,
    )}</ul></nav>
${descriptor.operations.map((operation) => operationSection(provider, operation, path))}`,
  };
}
