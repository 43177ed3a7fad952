import { definePackageConfig } from "@kyc-webhooks/vitest-config";

// The test runs next build once in beforeAll (turbo also orders it after the build task, which writes the same .next).
export default definePackageConfig({ test: { hookTimeout: 180_000 } });
