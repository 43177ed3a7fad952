import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const folder = new URL("../fixtures/", import.meta.url);

/** Every callback fixture: seed 001's samples byte for byte, corrected copies of the broken ones, and documented variants. */
export function listFixtures(): Fixture[] {
  return loadFixtures("shufti", folder);
}

/** One callback fixture by name (file name without extension); throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((entry) => entry.name === name);
  if (!fixture) throw new Error(`Unknown shufti fixture: ${name}`);
  return fixture;
}

/**
 * The verification request samples (not callbacks, so kept apart from {@link listFixtures}): seed 001
 * prints the request twice, both times without its closing brace.
 */
export function listRequestFixtures(): Fixture[] {
  return loadFixtures("shufti", new URL("api/", folder));
}
