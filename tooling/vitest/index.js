// The shared test preset. Workspace packages export their TypeScript sources under the
// "@kyc-webhooks/source" condition, so tests run against src/ without a build step.
import { defineConfig, mergeConfig } from "vitest/config";

const conditions = ["@kyc-webhooks/source", "import", "module", "node", "default"];

/** @param {import("vitest/config").UserConfig} [overrides] */
export function definePackageConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      // Vitest hands ssr.resolve.conditions to Node as --conditions flags, which also apply to require() inside
      // dependencies: "import" or "module" there would make pg's require("pg-pool") load pg-pool's ESM build.
      // So on the server side only our source condition is added to Node's own.
      ssr: { resolve: { conditions: ["@kyc-webhooks/source", "node", "default"], externalConditions: ["@kyc-webhooks/source"] } },
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
