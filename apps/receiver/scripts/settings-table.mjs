// Rewrites the settings table in README.md from the settings the receiver declares (dist/config.js, so run
// after the build: `pnpm generate` does both). With --check, writes nothing and exits 1 when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import console from "node:console";
import process from "node:process";
import { URL } from "node:url";
import { settingsTable } from "../dist/config.js";

const readmeUrl = new URL("../README.md", import.meta.url);
const readme = readFileSync(readmeUrl, "utf8");
const header = "| variable | file key | default | what it does |";
const start = readme.indexOf(header);
if (start < 0) throw new Error("README.md has no settings table");
const end = readme.indexOf("\n\n", start);
const updated = `${readme.slice(0, start)}${settingsTable()}${readme.slice(end)}`;
if (process.argv.includes("--check")) {
  if (updated !== readme) {
    console.error("README.md's settings table is stale: run `pnpm generate`");
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmeUrl, updated);
  console.log("wrote the settings table of README.md");
}
