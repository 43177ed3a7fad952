// The `kyc-webhooks` command's entry point (bundled into dist/cli.js by build.mjs).
import { runCli } from "./cli.js";

const controller = new AbortController();
process.on("SIGINT", () => {
  // Ctrl-C lets a command that runs until stopped (`events tail`) finish cleanly; anything still running
  // shortly after is stopped.
  if (controller.signal.aborted) process.exit(130);
  controller.abort();
  setTimeout(() => process.exit(130), 500).unref();
});
// A closed pipe (`kyc-webhooks fixtures | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  signal: controller.signal,
});
