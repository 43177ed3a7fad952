import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Builds dist/ before the tests: they run the built binary as a child process, and turbo's `test` task
 * depends only on the dependencies' builds, not on this package's own. The build takes about a second and
 * writes every file atomically, so running it while turbo builds the package too is harmless.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["build.mjs"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "ignore", "inherit"] });
}
