import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const callbackFolder = new URL("../fixtures/", import.meta.url);
const apiFolder = new URL("../fixtures/api/", import.meta.url);
let callbacks: Fixture[] | undefined;
let api: Fixture[] | undefined;

/**
 * Every Netki callback fixture (kinds `transaction` and `business`): seed 000's sample transaction result
 * byte for byte, the documented variants it does not show, and negative fixtures (under `invalid/`).
 */
export function listFixtures(): Fixture[] {
  callbacks ??= loadFixtures("netki", callbackFolder);
  return [...callbacks];
}

/**
 * The callback management API samples (requests and responses), kept apart from the callbacks because
 * they are not callback bodies: a fixture's `kind` names its schema in `descriptor.objects`
 * (e.g. `BusinessConfigList`).
 */
export function listApiFixtures(): Fixture[] {
  api ??= loadFixtures("netki", apiFolder);
  return [...api];
}

/** One fixture (callback or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((candidate) => candidate.name === name) ?? listApiFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`Unknown Netki fixture: ${name}`);
  return fixture;
}
