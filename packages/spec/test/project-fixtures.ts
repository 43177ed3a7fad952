import type { Fixture } from "@kyc-webhooks/core";
import { decodeFixture, describedAs, projectFixtures } from "../src/bin/project-fixtures.js";
import { projectSources } from "../src/bin/project-sources.js";
import { objectSchemaFile, webhookSchemaFile } from "../src/naming.js";

/**
 * Every fixture of every provider package, with the generated JSON Schema file it must validate against
 * and its body decoded into the value that schema describes.
 */
export interface FixtureCase {
  readonly fixture: Fixture;
  /** Path under `generated/`. */
  readonly schemaFile: string;
  /** The decoded body, or why it could not be decoded (a malformed JSON body cannot reach a JSON Schema). */
  readonly decoded: { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };
}

export function schemaFileFor(fixture: Fixture): string {
  const described = describedAs(fixture, projectSources.providers);
  return "callbackKind" in described ? webhookSchemaFile(fixture.provider, described.callbackKind) : objectSchemaFile(fixture.provider, described.object);
}

export function fixtureCases(): FixtureCase[] {
  return projectFixtures().map((fixture) => ({ fixture, schemaFile: schemaFileFor(fixture), decoded: decodeFixture(fixture) }));
}
