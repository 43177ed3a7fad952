import { readFileSync } from "node:fs";
import { toFixture } from "../fixtures.js";
import type { Fixture, FixtureEntry } from "../fixtures.js";

/**
 * Reads a fixtures folder through its `index.json` manifest, from the file system: for the generator of the
 * packages' fixture data modules and for the test that checks those modules against the files. Users import
 * `@kyc-webhooks/<provider>/fixtures` instead, which needs no file system.
 */
export function loadFixtures(provider: string, folder: URL): Fixture[] {
  const entries = JSON.parse(readFileSync(new URL("index.json", folder), "utf8")) as FixtureEntry[];
  return entries.map((entry) => toFixture(provider, entry, new Uint8Array(readFileSync(new URL(entry.file, folder)))));
}
