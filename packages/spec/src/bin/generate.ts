#!/usr/bin/env node
/**
 * `pnpm generate`: writes the OpenAPI document and the JSON Schema files into `generated/`.
 * `--check`: writes nothing, exits 1 and lists the stale files when `generated/` is out of date.
 */
import { fileURLToPath } from "node:url";
import { describeDrift, findDrift, writeGenerated } from "../drift.js";
import { generateSpecs } from "../generate.js";
import { generatedFolder } from "../generated-folder.js";
import { projectSources } from "./project-sources.js";

const folder = fileURLToPath(generatedFolder);
const files = generateSpecs(projectSources);

if (process.argv.includes("--check")) {
  const drift = findDrift(files, folder);
  if (drift.length > 0) {
    console.error(describeDrift(drift));
    process.exit(1);
  }
  process.stdout.write(`generated/ is up to date (${files.length} files)\n`);
} else {
  writeGenerated(files, folder);
  process.stdout.write(`wrote ${files.length} files to ${folder}\n`);
}
