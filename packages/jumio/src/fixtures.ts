import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const folder = new URL("../fixtures/", import.meta.url);

/**
 * Every callback fixture: each sample of seeds 003 and 004 byte for byte, the documented variants the
 * samples do not show, the quirks of real callbacks, the platform callbacks, and negative fixtures
 * (under `invalid/`).
 */
export function listFixtures(): Fixture[] {
  return loadFixtures("jumio", folder);
}

/** One fixture by name (file name without extension); throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((entry) => entry.name === name);
  if (!fixture) throw new Error(`Unknown jumio fixture: ${name}`);
  return fixture;
}
