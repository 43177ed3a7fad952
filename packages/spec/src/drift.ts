import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { GeneratedFile } from "./generate.js";
import { compare } from "./json-schema-files.js";

/** How a committed file differs from what the generator produces now. */
export interface Drift {
  readonly path: string;
  /** `changed`: different content; `missing`: not written yet; `extra`: written but no longer generated. */
  readonly state: "changed" | "missing" | "extra";
}

/** Compares generated files with a folder (the committed `generated/`). An empty list means up to date. */
export function findDrift(files: readonly GeneratedFile[], folder: string): Drift[] {
  const onDisk = new Set(listFiles(folder));
  const drift: Drift[] = [];
  for (const file of files) {
    if (!onDisk.has(file.path)) drift.push({ path: file.path, state: "missing" });
    else if (readFileSync(join(folder, file.path), "utf8") !== file.content) drift.push({ path: file.path, state: "changed" });
    onDisk.delete(file.path);
  }
  for (const path of onDisk) drift.push({ path, state: "extra" });
  return drift.sort((a, b) => compare(a.path, b.path));
}

/** A message for a failed drift check: which files and what to run. */
export function describeDrift(drift: readonly Drift[]): string {
  if (drift.length === 0) return "generated/ is up to date";
  return [
    `generated/ is out of date with the zod schemas (${drift.length} file${drift.length === 1 ? "" : "s"}): run \`pnpm generate\` and commit the result.`,
    ...drift.map((entry) => `  ${entry.state}: ${entry.path}`),
  ].join("\n");
}

/** Writes the files into the folder and removes files there that are no longer generated. */
export function writeGenerated(files: readonly GeneratedFile[], folder: string): void {
  const keep = new Set(files.map((file) => file.path));
  for (const path of listFiles(folder)) if (!keep.has(path)) rmSync(join(folder, path));
  for (const file of files) {
    const target = join(folder, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  removeEmptyFolders(folder);
}

/** Every file below the folder, as `/`-separated paths relative to it. */
function listFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return entries.filter((entry) => statSync(join(folder, entry)).isFile()).map((entry) => relative(folder, join(folder, entry)).split(sep).join("/"));
}

function removeEmptyFolders(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(folder, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
}
