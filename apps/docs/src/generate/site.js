// The whole site as files for Astro: every page as Starlight Markdown, the sidebar, the spec downloads and
// the OpenAPI documents the API reference renders.
import { citeDeep } from "./citations.js";
import { render, url } from "./markdown.js";
import { cliSlug, codeTablesSlug, downloadsSlug, mappingsSlug, normalizedSlug, operationsSlug, otherLanguagesSlug, providerSlug, receiverSlug, receivingSlug, webhookSlug } from "./paths.js";
import { downloadsPage } from "./pages/downloads.js";
import { cliGuide, otherLanguagesGuide, receiverGuide, receivingGuide } from "./pages/guides.js";
import { homePage } from "./pages/home.js";
import { mappingsPage, normalizedPage } from "./pages/normalized.js";
import { operationsPage } from "./pages/operations.js";
import { codeTablesPage, providerPage } from "./pages/provider.js";
import { webhookPage } from "./pages/webhook.js";

/** @typedef {import("./model.js").SiteModel} SiteModel */
/** @typedef {import("./markdown.js").Page} Page */
/** @typedef {{ label: string, link: string } | { label: string, collapsed?: boolean, items: SidebarEntry[] } | "openapi"} SidebarEntry */

/**
 * @typedef {object} Site
 * @property {Page[]} pages
 * @property {SidebarEntry[]} sidebar where `"openapi"` stands for starlight-openapi's groups
 * @property {Map<string, string>} files Markdown pages under `docs/`, OpenAPI documents under `openapi/`
 * @property {string[]} downloads the spec package's files to publish under `/spec/`
 */

/** @param {SiteModel} model @returns {Site} */
export function buildSite(model) {
  /** @type {Page[]} */
  const pages = [homePage(model), receivingGuide(model), receiverGuide(model), cliGuide(model), otherLanguagesGuide(model)];
  for (const provider of model.providers) {
    pages.push(providerPage(provider), codeTablesPage(provider));
    for (const webhook of provider.descriptor.webhooks) pages.push(webhookPage(model, provider, webhook));
    if (provider.descriptor.operations.length > 0) pages.push(operationsPage(provider));
  }
  pages.push(normalizedPage(model));
  for (const provider of model.providers) pages.push(mappingsPage(model, provider));
  pages.push(downloadsPage(model));

  const link = (/** @type {string} */ label, /** @type {string} */ slug) => ({ label, link: url(slug) });
  /** @type {SidebarEntry[]} */
  const sidebar = [
    { label: "Guides", items: [link("Receiving callbacks", receivingSlug), link("Running the receiver", receiverSlug), link("CLI reference", cliSlug), link("Specs from other languages", otherLanguagesSlug)] },
    {
      label: "Providers",
      items: model.providers.map((provider) => ({
        label: provider.shortTitle,
        collapsed: true,
        items: [
          link("Overview", providerSlug(provider.name)),
          ...provider.descriptor.webhooks.map((webhook) => link(webhook.kind, webhookSlug(provider.name, webhook.kind))),
          ...(provider.descriptor.operations.length ? [link("API operations", operationsSlug(provider.name))] : []),
          link("Code tables", codeTablesSlug(provider.name)),
        ],
      })),
    },
    { label: "Normalized events", items: [link("The event model", normalizedSlug), ...model.providers.map((provider) => link(`${provider.label} mappings`, mappingsSlug(provider.name)))] },
    { label: "API reference", items: ["openapi", link("Downloads", downloadsSlug)] },
  ];

  /** @type {Map<string, string>} */
  const files = new Map();
  for (const page of pages) {
    const file = `docs/${page.slug === "" ? "index" : page.slug}.md`;
    if (files.has(file)) throw new Error(`Two pages would be written to ${file}`);
    files.set(file, render(page));
  }
  // The API reference renders the documents with their citations readable (the downloads stay byte for byte).
  files.set("openapi/providers.json", `${JSON.stringify(citeDeep(model.spec.openapi), null, 2)}\n`);
  files.set("openapi/receiver.json", `${JSON.stringify(citeDeep(model.spec.receiver), null, 2)}\n`);

  const { index } = model.spec;
  const downloads = ["index.json", ...index.openapi, ...(index.httpApis ?? []).flatMap((api) => api.openapi), ...index.schemas.map((entry) => entry.file)];
  return { pages, sidebar, files, downloads };
}
