import { definePackageConfig } from "@kyc-webhooks/vitest-config";

// Starting a receiver on PostgreSQL (pool, migrations under an advisory lock) can take a few seconds on a busy machine.
export default definePackageConfig({ test: { hookTimeout: 30_000 } });
