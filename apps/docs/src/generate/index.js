#!/usr/bin/env node
// Writes what Astro builds the site from into generated/ (ignored by git): the pages as Markdown
// (generated/docs/), the sidebar (generated/sidebar.json), the OpenAPI documents the API reference renders
// (generated/openapi/) and the spec downloads (generated/public/spec/). Reads the packages' built output.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "./model.js";
import { buildSite } from "./site.js";

/** The site's icon (Starlight links /favicon.svg): a check mark. */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#3b5bdb"/><path d="M9 16.5l5 5 9-11" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>\n`;

/** @param {string} out the folder to write, replaced as a whole */
export async function generate(out) {
  const model = await loadModel();
  const site = buildSite(model);
  rmSync(out, { recursive: true, force: true });
  const write = (/** @type {string} */ path, /** @type {string} */ contents) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), contents);
  };
  for (const [path, contents] of site.files) write(path, contents);
  write("public/favicon.svg", favicon);
  write("sidebar.json", `${JSON.stringify(site.sidebar, null, 2)}\n`);
  for (const file of site.downloads) {
    mkdirSync(dirname(join(out, "public/spec", file)), { recursive: true });
    copyFileSync(join(model.spec.folder, file), join(out, "public/spec", file));
  }
  return site;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const site = await generate(fileURLToPath(new URL("../../generated/", import.meta.url)));
  process.stdout.write(`docs: ${site.pages.length} pages generated (${Math.round(performance.now() - started)} ms)\n`);
}
