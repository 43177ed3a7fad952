// Builds the site before the tests when dist/ is missing or older than what it is generated from: the
// generator (src/), this package's manifest, and the built output of the workspace packages it reads.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** The built output (dist/) of each workspace package this one depends on. */
function dependencyOutputs(): string[] {
  const manifest = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as { devDependencies?: Record<string, string> };
  return Object.entries(manifest.devDependencies ?? {})
    .filter(([, range]) => range.startsWith("workspace:"))
    .map(([name]) => join(realpathSync(join(app, "node_modules", name)), "dist"));
}

export function isStale(): boolean {
  const built = join(app, "dist", "index.html");
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = [join(app, "src"), join(app, "package.json"), ...dependencyOutputs()];
  return inputs.some((input) => newest(input) > builtAt);
}

/** Warns when a package's sources are newer than its dist/, which the site is built from (turbo builds it first). */
function warnAboutStaleDependencies(): void {
  for (const output of dependencyOutputs()) {
    const sources = join(dirname(output), "src");
    if (existsSync(output) && newest(sources) > newest(output)) {
      console.warn(`docs: ${dirname(output)}/src is newer than its dist/, which the site is built from: run \`pnpm build\` (turbo does it before the tests).`);
    }
  }
}

export default function setup(): void {
  warnAboutStaleDependencies();
  if (!isStale()) return;
  execFileSync(process.execPath, [join(app, "src", "build.js")], { cwd: app, stdio: "inherit" });
}
