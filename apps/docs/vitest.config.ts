import { definePackageConfig } from "@kyc-webhooks/vitest-config";

// The browser tests read the built site: the global setup builds it when dist/ is missing or stale.
export default definePackageConfig({ test: { globalSetup: ["test/global-setup.ts"], testTimeout: 60_000, hookTimeout: 60_000 } });
