// The shared test preset. Workspace packages export their TypeScript sources under the
// "@kyc-webhooks/source" condition, so tests run against src/ without a build step.
import { defineConfig, mergeConfig } from "vitest/config";

const conditions = ["@kyc-webhooks/source", "import", "module", "node", "default"];

/** @param {import("vitest/config").UserConfig} [overrides] */
export function definePackageConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      ssr: { resolve: { conditions, externalConditions: ["@kyc-webhooks/source"] } },
      test: {
        include: ["test/**/*.test.ts", "src/**/*.test.ts"],
        benchmark: { include: ["bench/**/*.bench.ts"] },
        testTimeout: 20_000,
        reporters: process.env.CI ? ["default"] : ["default"],
      },
    }),
    overrides,
  );
}
