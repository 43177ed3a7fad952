#!/usr/bin/env node
// Writes what Astro builds the site from into generated/ (ignored by git): the pages as Markdown
// (generated/docs/), the sidebar (generated/sidebar.json), the OpenAPI documents the API reference renders
// (generated/openapi/) and the spec downloads (generated/public/spec/). Reads the packages' built output.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "./model.js";
import { buildSite } from "./site.js";

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
