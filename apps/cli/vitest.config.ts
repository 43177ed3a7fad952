import { definePackageConfig } from "@kyc-webhooks/vitest-config";

// The tests run the built command as a user would, so the bundle is built once before them.
const config = definePackageConfig({ test: { globalSetup: ["test/global-setup.ts"] } });

// Vitest hands ssr.resolve.conditions to Node as --conditions flags, so the preset's "import" and "module" would
// also apply to require() in dependencies: pg's require("pg-pool") then gets pg-pool's ESM build and fails.
// The receiver these tests start in-process uses pg, so only the source condition and Node's own are kept here.
if (config.ssr?.resolve) config.ssr.resolve.conditions = ["@kyc-webhooks/source", "node", "default"];

export default config;
