#!/usr/bin/env node
// The `kyc-webhooks` command. This small file is committed so that pnpm can link the bin when it installs
// the workspace, before anything is built; the command itself is the bundle that `pnpm build` writes to
// ../dist/cli.js (see build.mjs).
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ can keep the compiled code of the bundle's chunks on disk, so that a later start skips most of
// parsing and compiling them. The cache goes where NODE_COMPILE_CACHE says, else to <tmpdir>/node-compile-cache
// (Node's own default); NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such cache: nothing happens.
// A cache that cannot be used (a read-only tmpdir) is only slower, never an error.
if (typeof module.enableCompileCache === "function" && process.env.NODE_DISABLE_COMPILE_CACHE === undefined) {
  try {
    module.enableCompileCache();
  } catch {
    // Start without the cache.
  }
}

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write("kyc-webhooks is not built yet: run `pnpm build` at the repository root (or `pnpm --filter @kyc-webhooks/cli build`).\n");
  process.exit(1);
}
await import(cli.href);
