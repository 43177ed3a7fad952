#!/usr/bin/env node
// Runs every package's tests again on Node.js 22 and 24, beside the machine's Node 20 (which `turbo run test`
// already used). The binaries come from npm's node-<platform>-<arch> packages (tooling/node-versions, pinned in the
// lockfile; the npm package `node` installs the same ones).
//
// better-sqlite3 is a native addon built for one Node ABI, so for each version this script builds it once for that
// ABI (node-gyp against the headers the `node` package ships; the result is cached in node_modules/.cache), puts
// that build in place for the run, and puts the original back afterwards, also when the run fails or is stopped.
//
// Usage: node scripts/test-other-nodes.mjs [22|24 ...] [-- extra turbo arguments]
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const tooling = join(root, "tooling", "node-versions");
const requireFromTooling = createRequire(join(tooling, "package.json"));
const requireFromReceiver = createRequire(join(root, "apps", "receiver", "package.json"));

const separator = process.argv.indexOf("--");
const args = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const turboExtra = separator === -1 ? [] : process.argv.slice(separator + 1);
const versions = args.length > 0 ? args : ["22", "24"];

const sqliteDir = dirname(requireFromReceiver.resolve("better-sqlite3/package.json"));
const sqliteVersion = JSON.parse(readFileSync(join(sqliteDir, "package.json"), "utf8")).version;
const sqliteBinary = join(sqliteDir, "build", "Release", "better_sqlite3.node");
const cache = join(root, "node_modules", ".cache", "node-versions");
mkdirSync(cache, { recursive: true });

/** Node `major`'s binary and headers (include/node, for node-gyp), from npm's node-<platform>-<arch> package. */
function nodeInstall(major) {
  const name = `node${major}-${process.platform}-${process.arch}`;
  const dir = join(tooling, "node_modules", name);
  if (!existsSync(join(dir, "bin", "node"))) {
    throw new Error(`Node ${major} for ${process.platform}-${process.arch} is not installed: tooling/node-versions/package.json lists ${name} among its optionalDependencies? (then run pnpm install)`);
  }
  return { bin: join(dir, "bin"), dir: realpathSync(dir), node: join(dir, "bin", "node") };
}

function abiOf(node) {
  return execFileSync(node, ["-p", "process.versions.modules"], { encoding: "utf8" }).trim();
}

/** better-sqlite3 built for `install`'s ABI, from the installed package's own sources. */
function sqliteBuildFor(install) {
  const abi = abiOf(install.node);
  const cached = join(cache, `better-sqlite3-${sqliteVersion}-abi${abi}.node`);
  if (existsSync(cached)) return cached;
  const work = mkdtempSync(join(tmpdir(), `better-sqlite3-abi${abi}-`));
  cpSync(sqliteDir, work, { recursive: true, dereference: true, filter: (source) => !source.startsWith(join(sqliteDir, "build")) && !source.startsWith(join(sqliteDir, "node_modules")) });
  const nodeGyp = requireFromTooling.resolve("node-gyp/bin/node-gyp.js");
  console.log(`== building better-sqlite3 ${sqliteVersion} for Node ABI ${abi} (once; cached in ${cache})`);
  const built = spawnSync(install.node, [nodeGyp, "rebuild", "--release", `--nodedir=${install.dir}`, `--jobs=${process.env.JOBS ?? "max"}`], {
    cwd: work,
    stdio: ["ignore", "ignore", "inherit"],
    // node-gyp lets npm_config_* variables override its flags; under pnpm or npm, npm_config_nodedir points at the
    // machine's Node headers, so the npm_config_ variables are left out.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith("npm_config_"))), PATH: `${install.bin}:${process.env.PATH}` },
  });
  if (built.status !== 0) throw new Error(`node-gyp failed (exit ${built.status}) building better-sqlite3 for ABI ${abi}`);
  copyFileSync(join(work, "build", "Release", "better_sqlite3.node"), cached);
  rmSync(work, { recursive: true, force: true });
  return cached;
}

/**
 * Puts `file` at the addon's path as a new file. The installed one is usually a hard link into pnpm's store (shared
 * with every other checkout on the machine), so it is unlinked, never written through.
 */
function install(file) {
  rmSync(sqliteBinary, { force: true });
  copyFileSync(file, sqliteBinary);
}
const machineAbi = process.versions.modules;
const original = join(cache, `better-sqlite3-${sqliteVersion}-abi${machineAbi}.node`);
// The first run keeps the installed build (the machine's ABI); a later run starts by putting it back, in case an
// earlier run was killed before it could.
if (existsSync(original)) install(original);
else copyFileSync(sqliteBinary, original);
const restore = () => install(original);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    restore();
    process.exit(130);
  });
}

const turbo = join(root, "node_modules", "turbo", "bin", "turbo");
const failed = [];
try {
  for (const major of versions) {
    const node = nodeInstall(major);
    install(sqliteBuildFor(node));
    const version = execFileSync(node.node, ["--version"], { encoding: "utf8" }).trim();
    console.log(`== every package's tests on Node ${version}`);
    // KYC_TEST_NODE is part of the test task's hash (turbo.json: KYC_TEST_*), so Node 20's cached results are not replayed.
    const run = spawnSync(node.node, [turbo, "run", "test", "--continue", "--output-logs=errors-only", ...turboExtra], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, PATH: `${node.bin}:${process.env.PATH}`, KYC_TEST_NODE: version },
    });
    if (run.status !== 0) failed.push(version);
  }
} finally {
  restore();
}
if (failed.length > 0) {
  console.error(`Tests failed on Node ${failed.join(", ")}`);
  process.exit(1);
}
console.log(`== the tests passed on Node ${versions.join(" and ")} too`);
