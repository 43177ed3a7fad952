#!/usr/bin/env node
// Builds the documentation site into dist/: writes the pages from the packages into generated/ (see
// src/generate/), then has Astro Starlight build the static site (and Pagefind its search index).
//
// Starlight needs Node 22.12+, so this runs on the Node 24 of this package's `node` dev dependency:
// `pnpm --filter @kyc-webhooks/docs build` starts it with node_modules/node/bin/node whatever node runs pnpm.
import { fileURLToPath } from "node:url";
import { generate } from "./generate/index.js";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`docs: Astro needs Node 22.12+, this is ${process.version}: run it as node_modules/node/bin/node src/build.js (pnpm --filter @kyc-webhooks/docs build does)\n`);
  process.exit(1);
}

const started = performance.now();
const root = new URL("..", import.meta.url);
const site = await generate(fileURLToPath(new URL("generated/", root)));
const generated = performance.now();
const { build } = await import("astro");
await build({ root: fileURLToPath(root), logLevel: "warn" });
process.stdout.write(
  `docs: ${site.pages.length} pages generated in ${Math.round(generated - started)} ms, site built in ${Math.round(performance.now() - generated)} ms (dist/)\n`,
);
