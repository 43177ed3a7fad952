// The browser tests read the built site. turbo runs this package's build before its test (turbo.json); run
// alone, the test builds the site first when dist/ is missing, with the Node 24 the build needs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const app = fileURLToPath(new URL("..", import.meta.url));
  if (existsSync(`${app}dist/index.html`)) return;
  execFileSync(`${app}node_modules/node/bin/node`, ["src/build.js"], { cwd: app, stdio: "inherit" });
}
