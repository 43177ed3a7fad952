#!/usr/bin/env node
// Builds the `kyc-webhooks` command into dist/:
//
//   dist/cli.js, dist/<name>-<hash>.js the CLI, zod and the workspace packages bundled in (split per command,
//                                  loaded lazily), so that `npm install -g <tarball>` needs no registry
//   dist/spec/                     packages/spec/generated/ (OpenAPI 3.1 + JSON Schema), for `kyc-webhooks schemas`
//
// Workspace packages are bundled from their TypeScript sources (the "@kyc-webhooks/source" export condition),
// so the bundle never lags behind a package whose dist/ is stale. Every file is written to a temporary name
// and renamed into place, so that a test run reading dist/ while turbo rebuilds it never sees half a file.
//
// Usage: node build.mjs
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const dist = join(here, "dist");
const manifest = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));

/** Writes a file atomically: a temporary sibling, then a rename. */
function writeAtomic(file, contents) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, file);
}

/** Makes `to` hold exactly `files` (relative paths) of `from`; removes what it held before and no longer should. */
function syncFiles(from, to, files) {
  const wanted = new Set(files);
  for (const file of wanted) writeAtomic(join(to, file), readFileSync(join(from, file)));
  if (!existsSync(to)) return;
  for (const file of listFiles(to)) {
    if (!wanted.has(file)) rmSync(join(to, file), { force: true });
  }
}

function listFiles(folder, prefix = "") {
  const out = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(folder, path));
    else if (entry.isFile() && !entry.name.endsWith(".tmp")) out.push(path);
  }
  return out;
}

const started = performance.now();

const bundle = await build({
  entryPoints: { cli: join(here, "src", "main.ts") },
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  target: "node20",
  // Each command is imported when it runs (src/registry.ts): code splitting puts it, and what only it uses,
  // in a chunk of its own next to cli.js, so that --version and --help load a few KiB rather than the lot.
  splitting: true,
  outdir: dist,
  // Chunks stay next to cli.js: modules find dist/fixtures/ and dist/spec/ from their own import.meta.url.
  chunkNames: "[name]-[hash]",
  conditions: ["@kyc-webhooks/source"],
  banner: { js: "#!/usr/bin/env node" },
  define: { __KYC_WEBHOOKS_CLI_VERSION__: JSON.stringify(manifest.version) },
  legalComments: "none",
  logLevel: "warning",
});
for (const file of bundle.outputFiles) writeAtomic(file.path, file.contents);
// Chunks of an earlier build that this one no longer writes.
const written = new Set(bundle.outputFiles.map((file) => file.path));
for (const entry of readdirSync(dist, { withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith(".js") && !written.has(join(dist, entry.name))) rmSync(join(dist, entry.name), { force: true });
}

// The packages' fixtures are plain data modules now (`@kyc-webhooks/<provider>/fixtures`), bundled with the code;
// remove the copies earlier builds wrote.
rmSync(join(dist, "fixtures"), { recursive: true, force: true });

const generated = join(root, "packages", "spec", "generated");
const specTarget = join(dist, "spec");
if (existsSync(generated) && statSync(generated).isDirectory()) {
  syncFiles(generated, specTarget, listFiles(generated));
} else {
  rmSync(specTarget, { recursive: true, force: true });
  console.warn(`build.mjs: ${relative(root, generated)} does not exist; \`kyc-webhooks schemas\` will say so.`);
}

const size = bundle.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
process.stdout.write(
  `dist/cli.js ${(bundle.outputFiles.find((file) => file.path.endsWith("cli.js"))?.contents.byteLength / 1024).toFixed(0)} KiB (+ ${bundle.outputFiles.length - 1} chunks, ${(size / 1024).toFixed(0)} KiB in all); ${Math.round(performance.now() - started)} ms\n`,
);
