import { definePackageConfig } from "@kyc-webhooks/vitest-config";

const config = definePackageConfig({ test: { hookTimeout: 30_000 } });

// Vitest passes ssr.resolve.conditions to its worker processes as Node `--conditions` flags. The shared
// preset's "import" condition then makes pg's own `require("pg-pool")` load pg-pool's ESM build (Node 20.19+
// can require ESM), whose namespace object is not the Pool class pg extends. Node adds import/require by
// itself, so the receiver's tests keep only the source condition and the defaults.
if (config.ssr?.resolve) config.ssr.resolve.conditions = ["@kyc-webhooks/source", "node", "default"];

export default config;
