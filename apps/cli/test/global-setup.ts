import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Builds dist/ before the tests: they run the built binary as a child process. Under turbo, this package's `test`
 * depends on its own `build` too (turbo.json), so that turbo's restore of a cached build (which another package's
 * tests may ask for, the docs' among them) has finished before these start: a restore rewrites dist/ and left a test
 * once with a chunk it could not find. Run directly (`vitest run`), this build is what makes dist/ current. It takes
 * about a second and writes every file atomically, so running it while turbo builds the package too is harmless.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["build.mjs"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "ignore", "inherit"] });
}
