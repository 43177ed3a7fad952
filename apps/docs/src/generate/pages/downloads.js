// The generated specs as downloads: exactly the files @kyc-webhooks/spec publishes, listed by its index.json.
import { html, table } from "../html.js";
import { block, heading, url } from "../markdown.js";
import { downloadsSlug, providersApiBase, receiverApiBase, specFile, webhookSlug } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../markdown.js").Page} Page */

/** @param {string} file */
const download = (file) => html`<a href="${specFile(file)}" download><code>${file}</code></a>`;

/** @param {SiteModel} model @returns {Page} */
export function downloadsPage(model) {
  const { index } = model.spec;
  const providerOf = new Map(model.providers.map((provider) => [provider.name, provider]));
  return {
    slug: downloadsSlug,
    title: "Downloads",
    description: "The generated OpenAPI 3.1 documents and JSON Schema files, as @kyc-webhooks/spec publishes them.",
    body: [
      block(html`<p>The files of <code>@kyc-webhooks/spec</code>, byte for byte (also: <code>kyc-webhooks schemas &lt;folder&gt;</code>, or
<code>npm install @kyc-webhooks/spec</code>).</p>`),
      heading(2, "OpenAPI documents"),
      block(
        table({
          caption: "OpenAPI 3.1 documents",
          columns: ["Document", "Files", "Rendered"],
          rows: [
            ["Provider webhooks and APIs", html`${index.openapi.map((file, i) => html`${i > 0 ? ", " : ""}${download(file)}`)}`, html`<a href="${url(providersApiBase)}">API reference</a>`],
            ...(index.httpApis ?? []).map((api) => [
              api.title,
              html`${api.openapi.map((file, i) => html`${i > 0 ? ", " : ""}${download(file)}`)}`,
              api.name === "receiver" ? html`<a href="${url(receiverApiBase)}">Receiver API reference</a>` : "",
            ]),
          ],
        }),
      ),
      heading(2, "JSON Schema files"),
      block(
        table({
          caption: `JSON Schema files (${index.schemas.length})`,
          columns: ["File", "Provider", "Callback kind"],
          rows: index.schemas.map((entry) => {
            const provider = providerOf.get(entry.provider);
            return [
              download(entry.file),
              provider?.descriptor.title ?? entry.provider,
              entry.callbackKind && provider ? html`<a href="${url(webhookSlug(entry.provider, entry.callbackKind))}"><code>${entry.callbackKind}</code></a>` : "",
            ];
          }),
        }),
      ),
      block(html`<p>The index of these files: ${download("index.json")}.</p>`),
    ],
  };
}
