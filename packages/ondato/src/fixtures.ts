import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const folder = new URL("../fixtures/", import.meta.url);
let cache: Fixture[] | undefined;

/**
 * Every Ondato fixture: the samples of seed 002 (byte for byte, the cut one as a negative), one webhook
 * per type, and negatives. A fixture's `kind` is a webhook type or, for API samples, the name of the API
 * object in `descriptor.objects` (e.g. `IdentityVerification`).
 */
export function listFixtures(): Fixture[] {
  cache ??= loadFixtures("ondato", folder);
  return [...cache];
}

/** One fixture by name (its file name without the extension); throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`Unknown Ondato fixture: ${name}`);
  return fixture;
}
