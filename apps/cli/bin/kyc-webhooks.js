#!/usr/bin/env node
// The `kyc-webhooks` command. This small file is committed so that pnpm can link the bin when it installs
// the workspace, before anything is built; the command itself is the bundle that `pnpm build` writes to
// ../dist/cli.js (see build.mjs).
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("kyc-webhooks is not built yet: run `pnpm build` at the repository root (or `pnpm --filter @kyc-webhooks/cli build`).\n");
  process.exit(1);
}
await import(cli.href);
