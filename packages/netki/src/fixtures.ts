import { fixtureSet } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { apiFixtureSources, callbackFixtureSources } from "./generated/fixture-data.js";

export type { Fixture } from "@kyc-webhooks/core";

// Plain data (src/generated/, written by `pnpm generate` from fixtures/): no file system, so any bundler takes it.
const fixtures = fixtureSet("netki", callbackFixtureSources, apiFixtureSources);

/**
 * Every Netki callback fixture (kinds `transaction` and `business`): Netki MyVerify, “Transaction Callbacks”'s sample transaction result
 * byte for byte, the documented variants it does not show, and negative fixtures (under `invalid/`).
 */
export function listFixtures(): Fixture[] {
  return fixtures.listFixtures();
}

/**
 * The callback management API samples (requests and responses), kept apart from the callbacks because
 * they are not callback bodies: a fixture's `kind` names its schema in `descriptor.objects`
 * (e.g. `BusinessConfigList`).
 */
export function listApiFixtures(): Fixture[] {
  return fixtures.listApiFixtures();
}

/** One fixture (callback or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  return fixtures.getFixture(name);
}
