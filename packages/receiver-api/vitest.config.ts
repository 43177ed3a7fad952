import { definePackageConfig } from "@kyc-webhooks/vitest-config";

export default definePackageConfig();
