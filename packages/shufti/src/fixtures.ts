import { fixtureSet } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { apiFixtureSources, callbackFixtureSources } from "./generated/fixture-data.js";

export type { Fixture } from "@kyc-webhooks/core";

// Plain data (src/generated/, written by `pnpm generate` from fixtures/): no file system, so any bundler takes it.
const fixtures = fixtureSet("shufti", callbackFixtureSources, apiFixtureSources);

/**
 * Every callback fixture: Shufti Pro, “Response Events”'s samples byte for byte, corrected copies of the broken ones, documented
 * variants, and negative fixtures (under `invalid/`, named `invalid/<name>`).
 */
export function listFixtures(): Fixture[] {
  return fixtures.listFixtures();
}

/**
 * The verification request samples (not callbacks, so kept apart from {@link listFixtures}): Shufti Pro, “Response Events”
 * prints the request twice, both times without its closing brace.
 */
export function listApiFixtures(): Fixture[] {
  return fixtures.listApiFixtures();
}

/** One fixture (callback or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  return fixtures.getFixture(name);
}
