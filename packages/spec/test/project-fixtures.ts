import { decodeJson } from "@kyc-webhooks/core";
import type { Fixture } from "@kyc-webhooks/core";
import { decodeCallback as decodeJumioCallback } from "@kyc-webhooks/jumio";
import * as jumioFixtures from "@kyc-webhooks/jumio/fixtures";
import * as netkiFixtures from "@kyc-webhooks/netki/fixtures";
import * as ondatoFixtures from "@kyc-webhooks/ondato/fixtures";
import * as shuftiFixtures from "@kyc-webhooks/shufti/fixtures";
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

/**
 * All the fixture lists a package exports (`listFixtures`, and `listApiFixtures` / `listApiFixtures`
 * where the package keeps API samples apart), so a new list is picked up without a change here.
 */
function allFixtures(module: Record<string, unknown>): Fixture[] {
  return Object.entries(module)
    .filter(([name, value]) => /^list\w*Fixtures$/.test(name) && typeof value === "function")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([, list]) => (list as () => Fixture[])());
}

/**
 * Fixture kinds that name neither a callback kind nor an object of the descriptor. Shufti's request
 * samples say `verification.request`; the descriptor's object is `VerificationRequest`.
 */
const kindAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  shufti: { "verification.request": "VerificationRequest" },
};

export function schemaFileFor(fixture: Fixture): string {
  const descriptor = projectSources.providers.find((candidate) => candidate.provider === fixture.provider);
  if (!descriptor) throw new Error(`No descriptor for provider ${fixture.provider}`);
  if (descriptor.webhooks.some((webhook) => webhook.kind === fixture.kind)) return webhookSchemaFile(fixture.provider, fixture.kind);
  const object = fixture.kind in descriptor.objects ? fixture.kind : kindAliases[fixture.provider]?.[fixture.kind];
  if (object !== undefined && object in descriptor.objects) return objectSchemaFile(fixture.provider, object);
  throw new Error(`Fixture ${fixture.provider}/${fixture.file}: kind ${fixture.kind} is neither a callback kind nor an object of the descriptor`);
}

/**
 * The body as the schema describes it. Jumio's form bodies go through the Jumio package's decoder (the
 * form's fields, with the JSON text of its JSON fields parsed); every other body is JSON. A body that
 * cannot be decoded (malformed JSON, also inside a Jumio JSON field) cannot be given to a JSON Schema.
 */
function decode(fixture: Fixture): FixtureCase["decoded"] {
  if (fixture.provider === "jumio") {
    const decoded = decodeJumioCallback(fixture.body, { contentType: fixture.contentType });
    if (!decoded.ok) return { ok: false, reason: decoded.issues.map((issue) => issue.message).join("; ") };
    if (decoded.issues.length > 0) return { ok: false, reason: decoded.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
    return { ok: true, value: decoded.value };
  }
  const json = decodeJson(fixture.body);
  return json.ok ? { ok: true, value: json.value } : { ok: false, reason: json.issue.message };
}

export function fixtureCases(): FixtureCase[] {
  const fixtures = [jumioFixtures, netkiFixtures, ondatoFixtures, shuftiFixtures].flatMap((module) => allFixtures(module as Record<string, unknown>));
  return fixtures.map((fixture) => ({ fixture, schemaFile: schemaFileFor(fixture), decoded: decode(fixture) }));
}
