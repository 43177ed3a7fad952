import type { Fixture } from "@kyc-webhooks/core";
import * as jumio from "@kyc-webhooks/jumio";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import * as netki from "@kyc-webhooks/netki";
import { listFixtures as netkiFixtures } from "@kyc-webhooks/netki/fixtures";
import * as ondato from "@kyc-webhooks/ondato";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import * as shufti from "@kyc-webhooks/shufti";
import { listFixtures as shuftiFixtures } from "@kyc-webhooks/shufti/fixtures";
import type { ProviderName } from "../../src/index.js";

/** Every provider's fixtures, straight from the provider packages: a fixture added there is tested here. */
export const fixturesByProvider: Readonly<Record<ProviderName, () => Fixture[]>> = {
  jumio: jumioFixtures,
  shufti: shuftiFixtures,
  ondato: ondatoFixtures,
  netki: netkiFixtures,
};

/** Each provider package's callback kinds (fixtures of other kinds are API objects, not callbacks). */
export const callbackKindsByProvider: Readonly<Record<ProviderName, readonly string[]>> = {
  jumio: jumio.callbackKinds,
  shufti: shufti.callbackKinds,
  ondato: ondato.callbackKinds,
  netki: netki.callbackKinds,
};

export interface ProviderFixture {
  readonly provider: ProviderName;
  readonly fixture: Fixture;
  /** Whether the fixture is a callback (rather than an API request or response sample). */
  readonly isCallback: boolean;
}

export function allFixtures(): ProviderFixture[] {
  return (Object.keys(fixturesByProvider) as ProviderName[]).flatMap((provider) =>
    fixturesByProvider[provider]().map((fixture) => ({ provider, fixture, isCallback: callbackKindsByProvider[provider].includes(fixture.kind) })),
  );
}

/** The valid callback fixtures: the ones that must normalize. */
export function validCallbackFixtures(): ProviderFixture[] {
  return allFixtures().filter((entry) => entry.isCallback && entry.fixture.valid);
}
