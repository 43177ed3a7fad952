// A provider's API operations: parameters, request body fields, responses and their fields.
import { fieldTable } from "../field-table.js";
import { fieldRows, toJsonSchema } from "../fields.js";
import { html, prose, table, valueList } from "../html.js";
import { block, heading, url } from "../markdown.js";
import { operationsSlug, providersApiBase } from "../paths.js";
import { securityLinks } from "../security.js";
import { providerCodeTables } from "./provider.js";

/** @typedef {import("../model.js").ProviderModel} ProviderModel */
/** @typedef {import("@kyc-webhooks/core").OperationDescriptor} OperationDescriptor */
/** @typedef {import("../markdown.js").Page} Page */

/** The path and query parameters of an operation, one row each. @param {OperationDescriptor} operation */
function parameters(operation) {
  const rows = [
    ...Object.entries(operation.pathParameters ?? {}).map(([name, schema]) => ({ name, where: "path", schema })),
    ...Object.entries(operation.queryParameters ?? {}).map(([name, schema]) => ({ name, where: "query", schema })),
  ].map(({ name, where, schema }) => {
    const json = toJsonSchema(schema);
    // A parameter's own row: the walker reads it as the single property of an object.
    const [row] = fieldRows({ type: "object", properties: { [name]: json }, required: schema.isOptional() ? [] : [name] });
    return [html`<code>${name}</code>`, where, row?.type ?? "any", row?.required || where === "path" ? "yes" : "no", valueList(row?.values ?? []), prose(row?.description ?? json.description)];
  });
  if (rows.length === 0) return "";
  return table({ caption: `Parameters of ${operation.operationId}`, columns: ["Name", "In", "Type", "Required", "Values", "Description"], rows, columnClasses: [undefined, undefined, undefined, undefined, undefined, "text"] });
}

/** @param {ProviderModel} provider @param {OperationDescriptor} operation */
function operationSection(provider, operation) {
  const codeTables = providerCodeTables(provider);
  return [
    heading(2, operation.operationId),
    block(html`<p><strong>${operation.method.toUpperCase()}</strong> <code>${operation.path}</code>: ${prose(operation.summary)}</p>
${operation.description ? html`<p>${prose(operation.description)}</p>` : ""}
<dl class="facts">
<dt>Authentication</dt><dd>${securityLinks(provider, operation.security)}</dd>
${operation.requestContentType ? html`<dt>Request content type</dt><dd><code>${operation.requestContentType}</code></dd>` : ""}
<dt>Source</dt><dd>${prose(operation.source)}</dd>
</dl>
${parameters(operation)}`),
    ...(operation.requestSchema ? [heading(3, `${operation.operationId} request body`), block(fieldTable({ schema: operation.requestSchema, caption: `Request body of ${operation.operationId}`, codeTables }))] : []),
    heading(3, `${operation.operationId} responses`),
    block(
      html`${table({
        caption: `Responses of ${operation.operationId}`,
        columns: ["Status", "Description"],
        rows: operation.responses.map((response) => [String(response.status), prose(response.description)]),
        columnClasses: [undefined, "text"],
      })}
${operation.responses.map((response) =>
  response.schema
    ? html`<details><summary>Fields of the ${response.status} response</summary>
${fieldTable({ schema: response.schema, caption: `${response.status} response of ${operation.operationId}`, codeTables })}
</details>`
    : "",
)}`,
    ),
  ];
}

/** @param {ProviderModel} provider @returns {Page} */
export function operationsPage(provider) {
  const { descriptor } = provider;
  return {
    slug: operationsSlug(provider.name),
    title: `${provider.label} API operations`,
    description: `The API operations of ${descriptor.title}.`,
    body: [
      block(html`<p>${
        descriptor.servers?.length
          ? html`Servers: ${descriptor.servers.map((server, index) => html`${index > 0 ? ", " : ""}<code>${server.url}</code>${server.description ? html` (${server.description})` : ""}`)}. `
          : ""
      }The same operations in the interactive <a href="${url(providersApiBase)}">API reference</a>.</p>`),
      ...descriptor.operations.flatMap((operation) => operationSection(provider, operation)),
    ],
  };
}

