#!/usr/bin/env node
// Runs every package's tests again on Node.js 22 and 24, beside the machine's Node 20 (which `turbo run test`
// already used). The binaries come from npm's node-<platform>-<arch> packages (tooling/node-versions, pinned in the
// lockfile; the npm package `node` installs the same ones). The receiver's SQLite driver needs nothing per version:
// on Node 22+ it loads better-sqlite3 13, whose N-API binaries serve every Node version (storage/sqlite-driver.ts).
//
// Usage: node scripts/test-other-nodes.mjs [22|24 ...] [-- extra turbo arguments]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const tooling = join(root, "tooling", "node-versions");

const separator = process.argv.indexOf("--");
const args = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const turboExtra = separator === -1 ? [] : process.argv.slice(separator + 1);
const versions = args.length > 0 ? args : ["22", "24"];

/** Node `major`'s bin folder, from npm's node-<platform>-<arch> package. */
function nodeBin(major) {
  const name = `node${major}-${process.platform}-${process.arch}`;
  const bin = join(tooling, "node_modules", name, "bin");
  if (!existsSync(join(bin, "node"))) {
    throw new Error(`Node ${major} for ${process.platform}-${process.arch} is not installed: does tooling/node-versions/package.json list ${name} among its optionalDependencies? (then run pnpm install)`);
  }
  return bin;
}

const turbo = join(root, "node_modules", "turbo", "bin", "turbo");
const failed = [];
for (const major of versions) {
  const bin = nodeBin(major);
  const node = join(bin, "node");
  const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
  console.log(`== every package's tests on Node ${version}`);
  // KYC_TEST_NODE is part of the test task's hash (turbo.json: KYC_TEST_*), so Node 20's cached results are not replayed.
  const run = spawnSync(node, [turbo, "run", "test", "--continue", "--output-logs=errors-only", ...turboExtra], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, KYC_TEST_NODE: version },
  });
  if (run.status !== 0) failed.push(version);
}
if (failed.length > 0) {
  console.error(`Tests failed on Node ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`== the tests passed on Node ${versions.map((major) => `${major}`).join(" and ")} too`);
