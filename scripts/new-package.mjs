// Creates a library package skeleton under packages/<name> with the shared config.
// Usage: node scripts/new-package.mjs <name> "<description>"
import { mkdirSync, writeFileSync, existsSync } from "node:fs";

const [name, description = ""] = process.argv.slice(2);
if (!name) throw new Error("usage: new-package <name> <description>");
const dir = new URL(`../packages/${name}/`, import.meta.url);
if (existsSync(dir)) throw new Error(`packages/${name} exists`);
for (const sub of ["src", "test", "fixtures"]) mkdirSync(new URL(sub, dir), { recursive: true });
const pkg = {
  name: `@kyc-webhooks/${name}`,
  version: "0.1.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  engines: { node: ">=20.19.0" },
  exports: {
    ".": { "@kyc-webhooks/source": "./src/index.ts", types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" },
    "./fixtures": { "@kyc-webhooks/source": "./src/fixtures.ts", types: "./dist/fixtures.d.ts", import: "./dist/fixtures.js", default: "./dist/fixtures.js" },
    "./package.json": "./package.json",
  },
  main: "./dist/index.js",
  types: "./dist/index.d.ts",
  files: ["dist", "src", "fixtures", "README.md"],
  keywords: ["kyc", "webhooks", "zod", name],
  scripts: { build: "tsc -p tsconfig.build.json", typecheck: "tsc -p tsconfig.json", lint: "eslint .", test: "vitest run" },
  dependencies: { "@kyc-webhooks/core": "workspace:^" },
  peerDependencies: { zod: "^4.1.0" },
  devDependencies: {
    "@kyc-webhooks/eslint-config": "workspace:*",
    "@kyc-webhooks/tsconfig": "workspace:*",
    "@kyc-webhooks/vitest-config": "workspace:*",
    zod: "^4.1.0",
  },
};
writeFileSync(new URL("package.json", dir), JSON.stringify(pkg, null, 2) + "\n");
writeFileSync(new URL("tsconfig.json", dir), '{ "extends": "@kyc-webhooks/tsconfig/library.json" }\n');
writeFileSync(new URL("tsconfig.build.json", dir), '{ "extends": "@kyc-webhooks/tsconfig/build.json" }\n');
writeFileSync(new URL("vitest.config.ts", dir), 'import { definePackageConfig } from "@kyc-webhooks/vitest-config";\n\nexport default definePackageConfig();\n');
writeFileSync(new URL("eslint.config.js", dir), 'export { default } from "@kyc-webhooks/eslint-config";\n');
