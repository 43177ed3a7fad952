// Creates a provider package skeleton under packages/<name> with the shared config, in the shape all provider
// packages share (STYLE.md "Layout"): src/callbacks/, src/api/, src/code-tables.ts, src/auth.ts, src/webhooks.ts
// (createWebhooks), src/descriptor.ts, src/index.ts, fixtures/ with invalid/, and test/conformance.test.ts running
// core's conformance suite. Then: `pnpm install`, write the schemas and fixtures, `pnpm generate`.
// Usage: node scripts/new-package.mjs <name> "<description>"
import { mkdirSync, writeFileSync, existsSync } from "node:fs";

const [name, description = ""] = process.argv.slice(2);
if (!name) throw new Error("usage: new-package <name> <description>");
const dir = new URL(`../packages/${name}/`, import.meta.url);
if (existsSync(dir)) throw new Error(`packages/${name} exists`);
for (const sub of ["src/callbacks", "src/api", "src/generated", "test", "fixtures/invalid"]) mkdirSync(new URL(sub, dir), { recursive: true });
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
  scripts: { build: "tsc -p tsconfig.build.json", typecheck: "tsc -p tsconfig.json", lint: "eslint .", test: "vitest run", generate: "node ../../scripts/generate-fixture-data.mjs" },
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

const files = {
  "src/callbacks/index.ts": `import * as z from "zod";

/** Every callback kind, in the provider's own words. One file per kind next to this one holds its schema. */
export const callbackKinds = ["example.event"] as const;
export type CallbackKind = (typeof callbackKinds)[number];

export const callbackSchemas = {
  "example.event": z.looseObject({ event: z.literal("example.event") }).describe("Replace with the provider's schema."),
} as const satisfies Record<CallbackKind, z.ZodType>;

export type CallbackOfKind = { [K in CallbackKind]: z.infer<(typeof callbackSchemas)[K]> };

export function isCallbackKind(value: unknown): value is CallbackKind {
  return typeof value === "string" && (callbackKinds as readonly string[]).includes(value);
}
`,
  "src/code-tables.ts": "/** The provider document's code tables, as data (reject reasons, statuses, document types). */\nexport {};\n",
  "src/auth.ts": "/** How the provider proves a callback is theirs (signature, basic auth, address), with the document that says so. */\nexport {};\n",
  "src/descriptor.ts": `/** The provider's name, as every package of kyc-webhooks spells it. */\nexport const provider = "${name}" as const;\n`,
  "src/parse.ts": `import { isPlainObject, parseJsonCallback, unwrap } from "@kyc-webhooks/core";
import type { RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { callbackKinds, callbackSchemas, isCallbackKind } from "./callbacks/index.js";
import type { CallbackKind, CallbackOfKind } from "./callbacks/index.js";

export interface ParseOptions {
  readonly contentType?: string | undefined;
}

export function detect(body: RawBody, options: ParseOptions = {}): CallbackKind | undefined {
  const result = safeParseCallback(body, options);
  return result.kind;
}

export function safeParseCallback(body: RawBody, options: ParseOptions = {}): SafeParseResult<CallbackOfKind[CallbackKind], CallbackKind> {
  return parseJsonCallback<CallbackOfKind[CallbackKind], CallbackKind>(body, {
    contentType: options.contentType,
    acceptsContentType: (type) => /^application\\/(.+\\+)?json\\b/i.test(type),
    unsupportedMediaType: { expected: "application/json", message: "Expected a JSON body" },
    kindOf: (value) => (isPlainObject(value) && isCallbackKind(value.event) ? value.event : undefined),
    unknownKindIssue: () => ({ path: ["event"], code: "unknown_kind", expected: callbackKinds.join(" | "), message: "Unknown event" }),
    schemaFor: (kind) => callbackSchemas[kind],
  });
}

export function parseCallback(body: RawBody, options: ParseOptions = {}): CallbackOfKind[CallbackKind] {
  return unwrap(safeParseCallback(body, options));
}
`,
  "src/webhooks.ts": `import { buildDelivery, defineWebhooks, isSuccessStatus, resolveSimulateInput } from "@kyc-webhooks/core";
import type { Webhooks } from "@kyc-webhooks/core";
import type { CallbackOfKind } from "./callbacks/index.js";
import { provider } from "./descriptor.js";
import { listFixtures } from "./fixtures.js";
import { safeParseCallback } from "./parse.js";

export interface WebhooksOptions {
  readonly secret: string;
}

/** The provider's wire contract in one object: replace authenticate and simulate with the provider's rules (auth.ts). */
export function createWebhooks(options: WebhooksOptions): Webhooks<CallbackOfKind> {
  return defineWebhooks<CallbackOfKind>({
    provider,
    authenticate: () => (options.secret ? { ok: true, method: "todo" } : { ok: false, status: 401, issue: { path: [], code: "unauthenticated", message: "No secret configured" } }),
    parse: (body, contentType) => safeParseCallback(body, { contentType }),
    simulate(input, overrides) {
      const resolved = resolveSimulateInput(input, { name: provider, fixtures: listFixtures, contentTypeOf: () => "application/json" });
      return buildDelivery({ ...resolved, remoteAddress: "127.0.0.1", overrides });
    },
    isDelivered: isSuccessStatus,
  });
}
`,
  "src/fixtures.ts": `import { fixtureSet } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { apiFixtureSources, callbackFixtureSources } from "./generated/fixture-data.js";

export type { Fixture } from "@kyc-webhooks/core";

const fixtures = fixtureSet("${name}", callbackFixtureSources, apiFixtureSources);

export function listFixtures(): Fixture[] {
  return fixtures.listFixtures();
}

export function listApiFixtures(): Fixture[] {
  return fixtures.listApiFixtures();
}

export function getFixture(name: string): Fixture {
  return fixtures.getFixture(name);
}
`,
  "src/index.ts": `export { provider } from "./descriptor.js";
export { createWebhooks } from "./webhooks.js";
export type { WebhooksOptions } from "./webhooks.js";
export { callbackKinds, callbackSchemas } from "./callbacks/index.js";
export type { CallbackKind, CallbackOfKind } from "./callbacks/index.js";
export { detect, parseCallback, safeParseCallback } from "./parse.js";
export { CallbackParseError } from "@kyc-webhooks/core";
export type { Issue, SafeParseResult, WebhookResult, Webhooks } from "@kyc-webhooks/core";
`,
  "fixtures/index.json": "[]\n",
  "test/conformance.test.ts": `import type { ProviderModule } from "@kyc-webhooks/core";
import { describeProviderConformance } from "../../core/test/support/conformance.js";
import { listFixtures } from "../src/fixtures.js";
import * as ${name.replace(/[^a-z0-9]/gi, "")} from "../src/index.js";
import type { CallbackOfKind, WebhooksOptions } from "../src/index.js";

${name.replace(/[^a-z0-9]/gi, "")} satisfies ProviderModule<WebhooksOptions, CallbackOfKind>;

describeProviderConformance({
  provider: ${name.replace(/[^a-z0-9]/gi, "")}.provider,
  webhooks: ${name.replace(/[^a-z0-9]/gi, "")}.createWebhooks({ secret: "conformance" }),
  fixtures: listFixtures(),
  fixturesFolder: new URL("../fixtures/", import.meta.url),
  signsBody: false,
  checksAddress: false,
  negativeStages: {},
});
`,
};
for (const [file, content] of Object.entries(files)) writeFileSync(new URL(file, dir), content);
console.log(`packages/${name}: run pnpm install, then pnpm --filter @kyc-webhooks/${name} generate`);
