import { fixtureSet } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { apiFixtureSources, callbackFixtureSources } from "./generated/fixture-data.js";

export type { Fixture } from "@kyc-webhooks/core";

// Plain data (src/generated/, written by `pnpm generate` from fixtures/): no file system, so any bundler takes it.
const fixtures = fixtureSet("jumio", callbackFixtureSources, apiFixtureSources);

/**
 * Every callback fixture: each sample of Jumio, “Callback” (newer edition) and Jumio, “Callback” (older edition) byte for byte, the documented variants the
 * samples do not show, the quirks of real callbacks, the platform callbacks, and negative fixtures
 * (under `invalid/`, named `invalid/<name>`).
 */
export function listFixtures(): Fixture[] {
  return fixtures.listFixtures();
}

/**
 * Jumio's documents show no API samples: always empty, so that all four packages offer the same functions.
 */
export function listApiFixtures(): Fixture[] {
  return fixtures.listApiFixtures();
}

/** One fixture (callback or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  return fixtures.getFixture(name);
}
