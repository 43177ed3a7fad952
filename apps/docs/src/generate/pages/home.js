// The home page: what the project is, each provider with its callback kinds, where to go next.
import { html, prose, table } from "../html.js";
import { block, heading, url } from "../markdown.js";
import { cliSlug, downloadsSlug, normalizedSlug, otherLanguagesSlug, providerSlug, providersApiBase, receiverSlug, receivingSlug, webhookSlug } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../markdown.js").Page} Page */

/** @param {SiteModel} model @returns {Page} */
export function homePage(model) {
  return {
    slug: "",
    title: "kyc-webhooks",
    description: "Typed, tested code for the callbacks that Jumio, Shufti Pro, Ondato and Netki send.",
    template: "splash",
    frontmatter: {
      hero: {
        tagline: "Typed, tested code for the callbacks that identity verification (KYC) providers send: decode, authenticate, validate, store, and turn each into one provider-neutral event.",
        actions: [
          { text: "Receive callbacks", link: url(receivingSlug), icon: "right-arrow" },
          { text: "API reference", link: url(providersApiBase), variant: "minimal" },
        ],
      },
    },
    body: [
      heading(2, "Providers"),
      block(
        table({
          caption: `Providers (${model.providers.length})`,
          columns: ["Provider", "Package", "Callback kinds"],
          rows: model.providers.map((provider) => [
            html`<a href="${url(providerSlug(provider.name))}">${provider.descriptor.title}</a>`,
            html`<code>${provider.pkg.name}</code>`,
            html`${provider.descriptor.webhooks.map((webhook, index) => html`${index > 0 ? ", " : ""}<a href="${url(webhookSlug(provider.name, webhook.kind))}"><code>${webhook.kind}</code></a>`)}`,
          ]),
          columnClasses: [undefined, undefined, "text"],
        }),
      ),
      heading(2, "Where to go next"),
      block(html`<ul>
<li><a href="${url(receivingSlug)}">Receiving callbacks with the library</a>: verify and parse, per provider.</li>
<li><a href="${url(receiverSlug)}">Running the receiver</a>: settings, URLs, the events API. ${prose(model.workspace.receiver?.description)}</li>
<li><a href="${url(normalizedSlug)}">Normalized events</a>: event types, statuses, and the mapping tables.</li>
<li><a href="${url(cliSlug)}">CLI reference</a> and <a href="${url(otherLanguagesSlug)}">the specs from other languages</a>.</li>
<li><a href="${url(providersApiBase)}">API reference</a> of every webhook and provider API, and <a href="${url(downloadsSlug)}">downloads</a> of the OpenAPI and JSON Schema files.</li>
</ul>`),
    ],
  };
}
