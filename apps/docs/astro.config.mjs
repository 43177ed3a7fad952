// The docs site: Astro Starlight over the pages src/generate/ writes into generated/ (see README.md).
// Built by `pnpm --filter @kyc-webhooks/docs build` with the Node 24 of this package's `node` dependency.
import { readFileSync } from "node:fs";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import starlightOpenAPI, { openAPISidebarGroups } from "starlight-openapi";

/** @typedef {{ label: string, link: string } | { label: string, collapsed?: boolean, items: SidebarEntry[] } | "openapi"} SidebarEntry */

/** @type {SidebarEntry[]} */
const sidebar = JSON.parse(readFileSync(new URL("generated/sidebar.json", import.meta.url), "utf8"));
/** starlight-openapi's groups stand where the generator put "openapi". @param {SidebarEntry[]} entries @returns {unknown[]} */
const withOpenAPI = (entries) => entries.flatMap((entry) => (entry === "openapi" ? openAPISidebarGroups : "items" in entry ? [{ ...entry, items: withOpenAPI(entry.items) }] : [entry]));

export default defineConfig({
  site: "http://127.0.0.1/",
  publicDir: "./generated/public",
  outDir: "./dist",
  // No telemetry or font fetches: the site builds and runs offline.
  devToolbar: { enabled: false },
  // satteri (the Markdown renderer starlight-openapi uses for descriptions) loads a native binding next to
  // itself: bundled into the prerender chunk it would look for it under dist/.
  vite: { ssr: { external: ["satteri"] }, environments: { prerender: { resolve: { external: ["satteri"] } } } },
  integrations: [
    starlight({
      title: "kyc-webhooks",
      description: "Typed, tested code for the callbacks of KYC providers: Jumio, Shufti Pro, Ondato, Netki.",
      customCss: ["./src/styles/site.css"],
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      plugins: [
        starlightOpenAPI([
          { base: "api/providers", schema: "./generated/openapi/providers.json", sidebar: { label: "Provider webhooks and APIs", collapsed: true } },
          { base: "api/receiver", schema: "./generated/openapi/receiver.json", sidebar: { label: "Receiver API", collapsed: true } },
        ]),
      ],
      sidebar: withOpenAPI(sidebar),
    }),
  ],
});
