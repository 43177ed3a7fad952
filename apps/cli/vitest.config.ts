import { definePackageConfig } from "@kyc-webhooks/vitest-config";

// The tests run the built command as a user would, so the bundle is built once before them.
export default definePackageConfig({ test: { globalSetup: ["test/global-setup.ts"] } });
