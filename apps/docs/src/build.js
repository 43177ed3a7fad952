#!/usr/bin/env node
// Builds the documentation site into dist/ from the workspace packages' built output (their dist/,
// which turbo builds first: the build task depends on ^build).
//
// The site is written to a temporary folder next to dist/ and swapped in at the end, so that a reader of
// dist/ (the browser tests, a preview server) never sees half a site.
//
// Usage: node src/build.js            (or: pnpm --filter @kyc-webhooks/docs build)
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadModel } from "./model.js";
import { renderSite } from "./site.js";

const started = performance.now();
const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(app, "dist");
const staging = join(app, `dist.tmp-${process.pid}`);
const retired = join(app, `dist.old-${process.pid}`);

const files = renderSite(loadModel());

rmSync(staging, { recursive: true, force: true });
for (const [path, contents] of files) {
  const file = join(staging, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
try {
  renameSync(dist, retired);
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== "ENOENT") throw error;
}
renameSync(staging, dist);
rmSync(retired, { recursive: true, force: true });

const pages = [...files.keys()].filter((path) => path.endsWith(".html"));
const tables = [...files.values()].reduce((sum, text) => sum + (text.match(/<table[\s>]/g)?.length ?? 0), 0);
process.stdout.write(`docs: ${pages.length} pages, ${tables} tables, ${files.size} files in dist/ (${Math.round(performance.now() - started)} ms)\n`);
