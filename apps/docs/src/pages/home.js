// The home page: the providers, the normalized model, where to start.
import { href, html, prose, table } from "../html.js";
import { gettingStartedPath, homePath, normalizedPath, operationsPath, providerPath } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../site.js").Page} Page */

/** @param {SiteModel} model @returns {Page} */
export function homePage(model) {
  const path = homePath;
  const link = (/** @type {string} */ to) => href(path, to);
  const providers = table({
    id: "providers",
    caption: `Providers (${model.providers.length})`,
    columns: ["Provider", "Package", "Callback kinds", "API operations", "Code tables"],
    rows: model.providers.map((provider) => [
      html`<a href="${link(providerPath(provider.name))}">${provider.descriptor.title}</a>`,
      html`<code>${provider.pkg.name}</code>`,
      String(provider.descriptor.webhooks.length),
      provider.descriptor.operations.length
        ? html`<a href="${link(operationsPath(provider.name))}">${provider.descriptor.operations.length}</a>`
        : "0",
      String(provider.tables.length),
    ]),
  });
  const kinds = model.providers.reduce((sum, provider) => sum + provider.descriptor.webhooks.length, 0);

  return {
    path,
    title: "kyc-webhooks documentation",
    description: `Every callback of ${model.providers.map((provider) => provider.label).join(", ")}: content types, authentication, responses and fields.`,
    body: html`<p class="lead">Typed, tested code for the callbacks that identity verification (KYC) providers send. This site
documents all ${kinds} callback kinds of ${model.providers.length} providers: how each arrives, how to authenticate it, what to
answer, and every field of its body, rendered from the same zod schemas that validate them.</p>
<p><a class="button" href="${link(gettingStartedPath)}">Getting started</a></p>
<h2 id="providers-heading">Providers</h2>
${providers}
<h2 id="normalized">One event model for all of them</h2>
<p>${prose(model.normalized.pkg.description)} <a href="${link(normalizedPath)}">Event types, statuses and mapping tables</a>.</p>`,
  };
}
