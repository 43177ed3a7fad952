import { loadFixtures } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";

export type { Fixture } from "@kyc-webhooks/core";

const webhookFolder = new URL("../fixtures/", import.meta.url);
const apiFolder = new URL("../fixtures/api/", import.meta.url);
let webhooks: Fixture[] | undefined;
let api: Fixture[] | undefined;

/**
 * Every Ondato webhook fixture: one per webhook type (both the `IdentityVerification.*` and the seed's
 * `Idv.*` names), Ondato's Form.Created example as printed (cut) and corrected, and negatives (under `invalid/`).
 * A fixture's `kind` is the webhook `type`.
 */
export function listFixtures(): Fixture[] {
  webhooks ??= loadFixtures("ondato", webhookFolder);
  return [...webhooks];
}

/**
 * The API samples of seed 002 byte for byte (requests and responses, the cut GET identification as a
 * negative and completed), kept apart because they are not webhook bodies. A fixture's `kind` names its
 * schema in `descriptor.objects` (e.g. `IdentityVerification`).
 */
export function listApiFixtures(): Fixture[] {
  api ??= loadFixtures("ondato", apiFolder);
  return [...api];
}

/** One fixture (webhook or API sample) by name, its file name without the extension; throws for an unknown name. */
export function getFixture(name: string): Fixture {
  const fixture = listFixtures().find((candidate) => candidate.name === name) ?? listApiFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`Unknown Ondato fixture: ${name}`);
  return fixture;
}
