#!/usr/bin/env node
// Packs every publishable library package with `pnpm pack`, installs each tarball alone (with the tarballs of
// the workspace packages it declares as dependencies, as npm would fetch them from the registry) into a new
// scratch project outside the workspace, and imports it there from a plain `.mjs` file and from a `.ts` file
// type-checked under both `moduleResolution: nodenext` and `bundler`.
// Usage: node scripts/verify-packs.mjs [package-name ...]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
// The pnpm that runs this script (`pnpm run verify:packs` sets npm_execpath), so that packing needs no registry;
// run alone, npx fetches the version the README names.
const runningPnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;
const pnpm = runningPnpm ? { command: process.execPath, args: [runningPnpm] } : { command: "npx", args: ["-y", "pnpm@10.34.9"] };
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const only = process.argv.slice(2);

const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private && (only.length === 0 || only.includes(manifest.name)));
const byName = new Map(packages.map((p) => [p.manifest.name, p]));

const work = mkdtempSync(join(tmpdir(), "kyc-webhooks-packs-"));
const tarballs = new Map();
for (const { dir, manifest } of packages) {
  const out = execFileSync(pnpm.command, [...pnpm.args, "pack", "--pack-destination", work], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const file = out.trim().split("\n").filter((line) => line.endsWith(".tgz")).pop();
  if (!file) throw new Error(`pnpm pack printed no tarball for ${manifest.name}`);
  tarballs.set(manifest.name, resolve(work, file));
}

/** The package's tarball plus those of the workspace packages it depends on, transitively. */
function closure(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const { manifest } = byName.get(name);
  for (const dep of Object.keys({ ...manifest.dependencies })) if (byName.has(dep)) closure(dep, seen);
  return seen;
}

let failures = 0;
for (const { manifest } of packages) {
  const name = manifest.name;
  const scratch = join(work, `scratch-${name.replace(/[@/]/g, "_")}`);
  mkdirSync(scratch);
  const peers = Object.entries(manifest.peerDependencies ?? {}).map(([peer, range]) => `${peer}@${range}`);
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  const subpaths = Object.keys(manifest.exports ?? { ".": "" }).filter((key) => key !== "./package.json" && !key.includes("*") && !key.endsWith(".json") && !key.endsWith(".yaml"));
  const specifiers = subpaths.map((key) => (key === "." ? name : `${name}/${key.slice(2)}`));
  const mjs = [
    ...specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`),
    `const counts = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(", ")}];`,
    `if (counts.some((n) => n === 0)) { console.error("an entry point exports nothing", counts); process.exit(1); }`,
    // Provider packages: their own fixtures must parse through the installed build.
    `if (typeof m0.safeParseCallback === "function") {`,
    `  const { listFixtures } = await import(${JSON.stringify(`${name}/fixtures`)});`,
    `  for (const f of listFixtures()) {`,
    `    const r = m0.safeParseCallback(f.body, { contentType: f.contentType });`,
    `    if (r.ok !== f.valid) { console.error("fixture", f.name, "gave ok =", r.ok); process.exit(1); }`,
    `  }`,
    `}`,
    `console.log(${JSON.stringify(name)}, "imports from .mjs:", counts.join("/"), "exports");`,
  ].join("\n");
  writeFileSync(join(scratch, "check.mjs"), mjs);
  const isProvider = readFileSync(join(byName.get(name).dir, "src", "index.ts"), "utf8").includes("safeParseCallback");
  const ts = [
    ...specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`),
    `export const exportCounts: number[] = [${specifiers.map((_, i) => `Object.keys(m${i}).length`).join(", ")}];`,
    // Provider packages: the declared types carry through (a result narrows on ok, kinds are string literals).
    ...(isProvider
      ? [
          `const result = m0.safeParseCallback(new Uint8Array(), { contentType: "application/json" });`,
          `export const kind: (typeof m0.callbackKinds)[number] | undefined = result.ok ? result.kind : result.kind;`,
          `export const paths: string[] = result.ok ? [] : result.issues.map((issue) => issue.path.join("."));`,
        ]
      : []),
  ].join("\n");
  writeFileSync(join(scratch, "check.ts"), ts);
  for (const resolution of ["nodenext", "bundler"]) {
    const module = resolution === "nodenext" ? "nodenext" : "esnext";
    writeFileSync(
      join(scratch, `tsconfig.${resolution}.json`),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: "es2022", types: ["node"], skipLibCheck: false }, files: ["check.ts"] }),
    );
  }
  const install = [...closure(name)].map((dep) => tarballs.get(dep));
  try {
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...install, ...peers, "@types/node@^20.19.0"], { cwd: scratch, stdio: ["ignore", "ignore", "inherit"] });
    execFileSync("node", ["check.mjs"], { cwd: scratch, stdio: "inherit" });
    for (const resolution of ["nodenext", "bundler"]) {
      execFileSync("node", [tsc, "-p", `tsconfig.${resolution}.json`], { cwd: scratch, stdio: "inherit" });
      console.log(name, `type-checks under moduleResolution ${resolution}`);
    }
  } catch (error) {
    failures += 1;
    console.error(`FAILED: ${name}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}
if (!process.env.KEEP_PACKS) rmSync(work, { recursive: true, force: true });
console.log(`verify:packs: ${packages.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
