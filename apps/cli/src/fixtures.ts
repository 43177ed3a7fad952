import { existsSync } from "node:fs";
import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";

/**
 * The provider packages' callback fixtures, as shipped inside the CLI. The packages' own `listFixtures()`
 * read `../fixtures/` next to their module, which does not exist once they are bundled into dist/cli.js;
 * build.mjs copies each package's fixtures to dist/fixtures/<provider>/ and this reads them from there.
 */
export function listFixtures(provider: ProviderName): Fixture[] {
  const folder = new URL(`./fixtures/${provider}/`, import.meta.url);
  if (!existsSync(new URL("index.json", folder))) return [];
  return loadFixtures(provider, folder);
}

export function listAllFixtures(): Fixture[] {
  return providerNames.flatMap((provider) => listFixtures(provider));
}

export function findFixture(provider: ProviderName, name: string): Fixture | undefined {
  return listFixtures(provider).find((fixture) => fixture.name === name || fixture.file === name);
}
