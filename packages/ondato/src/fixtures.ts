import { fixtureSet } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { apiFixtureSources, callbackFixtureSources } from "./generated/fixture-data.js";

export type { Fixture } from "@kyc-webhooks/core";

// Plain data (src/generated/, written by `pnpm generate` from fixtures/): no file system, so any bundler takes it.
const fixtures = fixtureSet("ondato", callbackFixtureSources, apiFixtureSources);

/**
 * Every Ondato webhook fixture: one per webhook type (both the `IdentityVerification.*` and the provider document's
 * `Idv.*` names), Ondato's Form.Created example as printed (cut) and corrected, and negatives (under `invalid/`).
 * A fixture's `kind` is the webhook `type`.
 */
export function listFixtures(): Fixture[] {
  return fixtures.listFixtures();
}

/**
 * The API samples of Ondato, “IDV integration” byte for byte (requests and responses, the cut GET identification as a
 * negative and completed), kept apart because they are not webhook bodies. A fixture's `kind` names its
 * schema in `descriptor.objects` (e.g. `IdentityVerification`).
 */
export function listApiFixtures(): Fixture[] {
  return fixtures.listApiFixtures();
}

/** One fixture (callback or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  return fixtures.getFixture(name);
}
