/**
 * Rewrites the generated sections of the package README, the mapping tables and the verification rules,
 * from their data (`pnpm run generate`, which runs the built file). With `--check` it only reports
 * whether the README is up to date (exit code 1 when not). test/readme.test.ts makes the same check on
 * every test run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { withMappingTables } from "../mapping-tables.js";
import { withVerificationRules } from "../verification/rules-table.js";

const readmeUrl = new URL("../../README.md", import.meta.url);
const current = readFileSync(readmeUrl, "utf8");
const next = withVerificationRules(withMappingTables(current));
if (process.argv.includes("--check")) {
  if (next !== current) {
    console.error("README.md generated tables are out of date: run `pnpm run generate` in packages/normalized");
    process.exitCode = 1;
  }
} else if (next !== current) {
  writeFileSync(readmeUrl, next);
  console.warn("README.md generated tables rewritten");
}
