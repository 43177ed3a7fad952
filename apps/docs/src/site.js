// The whole site as files: every page laid out with the navigation, the per-kind JSON Schemas, the assets.
import { readFileSync } from "node:fs";
import { toJsonSchema } from "./fields.js";
import { layout } from "./html.js";
import { gettingStartedPath, normalizedPath, providerPath, webhookSchemaPath } from "./paths.js";
import { gettingStartedPage } from "./pages/getting-started.js";
import { homePage } from "./pages/home.js";
import { mappingsPage, normalizedPage } from "./pages/normalized.js";
import { operationsPage } from "./pages/operations.js";
import { providerPage } from "./pages/provider.js";
import { webhookPage } from "./pages/webhook.js";

/** @typedef {import("./html.js").PageOptions} Page */
/** @typedef {import("./model.js").SiteModel} SiteModel */

/** The static files under src/assets/, copied as they are. */
export const assets = ["site.css", "filter.js"];

/**
 * Every file of the site, by its path under dist/.
 * @param {SiteModel} model
 * @returns {Map<string, string>}
 */
export function renderSite(model) {
  /** @type {Page[]} */
  const pages = [homePage(model), gettingStartedPage(model)];
  /** @type {Map<string, string>} */
  const files = new Map();

  for (const provider of model.providers) {
    pages.push(providerPage(provider));
    for (const webhook of provider.descriptor.webhooks) {
      pages.push(webhookPage(model, provider, webhook));
      files.set(webhookSchemaPath(provider.name, webhook.kind), `${JSON.stringify(toJsonSchema(webhook.schema), null, 2)}\n`);
    }
    if (provider.descriptor.operations.length > 0) pages.push(operationsPage(provider));
  }
  pages.push(normalizedPage(model));
  for (const provider of model.providers) pages.push(mappingsPage(model, provider));

  const nav = [
    { path: gettingStartedPath, label: "Getting started" },
    ...model.providers.map((provider) => ({ path: providerPath(provider.name), label: provider.label })),
    { path: normalizedPath, label: "Normalized events" },
  ];
  for (const page of pages) {
    if (files.has(page.path)) throw new Error(`Two pages would be written to ${page.path}`);
    files.set(page.path, layout(page, nav));
  }
  for (const asset of assets) files.set(`assets/${asset}`, readFileSync(new URL(`assets/${asset}`, import.meta.url), "utf8"));
  return files;
}
