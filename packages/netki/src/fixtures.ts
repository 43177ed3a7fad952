import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const folder = new URL("../fixtures/", import.meta.url);
let cache: Fixture[] | undefined;

/**
 * Every Netki fixture: the samples of seed 000 byte for byte, and the documented variants they do not
 * show. A fixture's `kind` is a callback kind (`transaction`, `business`) or, for API samples, the
 * name of the API object in `descriptor.objects` (e.g. `BusinessConfigList`).
 */
export function listFixtures(): Fixture[] {
  cache ??= loadFixtures("netki", folder);
  return [...cache];
}

/** One fixture by name (its file name without the extension); throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`Unknown Netki fixture: ${name}`);
  return fixture;
}
