import type { Fixture } from "@kyc-webhooks/core";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { listFixtures as netkiFixtures } from "@kyc-webhooks/netki/fixtures";
import { providerNames } from "@kyc-webhooks/normalized/lazy";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { listFixtures as shuftiFixtures } from "@kyc-webhooks/shufti/fixtures";

/** The provider packages' callback fixtures: plain data, bundled into dist/cli.js with the packages. */
const byProvider: Readonly<Record<ProviderName, () => Fixture[]>> = { jumio: jumioFixtures, netki: netkiFixtures, ondato: ondatoFixtures, shufti: shuftiFixtures };

export function listFixtures(provider: ProviderName): Fixture[] {
  return byProvider[provider]();
}

export function listAllFixtures(): Fixture[] {
  return providerNames.flatMap((provider) => listFixtures(provider));
}

export function findFixture(provider: ProviderName, name: string): Fixture | undefined {
  return listFixtures(provider).find((fixture) => fixture.name === name || fixture.file === name);
}
