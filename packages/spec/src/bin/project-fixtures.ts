import { decodeJson } from "@kyc-webhooks/core";
import type { Fixture, ProviderDescriptor } from "@kyc-webhooks/core";
import { decodeCallback as decodeJumioCallback } from "@kyc-webhooks/jumio";
import * as jumioFixtures from "@kyc-webhooks/jumio/fixtures";
import * as netkiFixtures from "@kyc-webhooks/netki/fixtures";
import * as ondatoFixtures from "@kyc-webhooks/ondato/fixtures";
import * as shuftiFixtures from "@kyc-webhooks/shufti/fixtures";

/** A fixture's body decoded into the value its JSON Schema describes, or why it could not be. */
export type DecodedFixture = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/**
 * All the fixture lists a package exports (`listFixtures`, and `listApiFixtures` / `listRequestFixtures`
 * where the package keeps API samples apart), so a new list is picked up without a change here.
 */
function allFixtures(module: Record<string, unknown>): Fixture[] {
  return Object.entries(module)
    .filter(([name, value]) => /^list\w*Fixtures$/.test(name) && typeof value === "function")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([, list]) => (list as () => Fixture[])());
}

/** Every fixture of every provider package, in a fixed order. */
export function projectFixtures(): Fixture[] {
  return [jumioFixtures, netkiFixtures, ondatoFixtures, shuftiFixtures].flatMap((module) => allFixtures(module as Record<string, unknown>));
}

/**
 * Fixture kinds that name neither a callback kind nor an object of the descriptor. Shufti's request
 * samples say `verification.request`; the descriptor's object is `VerificationRequest`.
 */
const kindAliases: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  shufti: { "verification.request": "VerificationRequest" },
};

/** What a fixture is, in its provider's descriptor: a callback kind or an object name. */
export function describedAs(fixture: Fixture, providers: readonly ProviderDescriptor[]): { readonly callbackKind: string } | { readonly object: string } {
  const descriptor = providers.find((candidate) => candidate.provider === fixture.provider);
  if (!descriptor) throw new Error(`No descriptor for provider ${fixture.provider}`);
  if (descriptor.webhooks.some((webhook) => webhook.kind === fixture.kind)) return { callbackKind: fixture.kind };
  const object = fixture.kind in descriptor.objects ? fixture.kind : kindAliases[fixture.provider]?.[fixture.kind];
  if (object !== undefined && object in descriptor.objects) return { object };
  throw new Error(`Fixture ${fixture.provider}/${fixture.file}: kind ${fixture.kind} is neither a callback kind nor an object of the descriptor`);
}

/**
 * The body as the schema describes it. Jumio's form bodies go through the Jumio package's decoder (the
 * form's fields, with the JSON text of its JSON fields parsed); every other body is JSON. A body that
 * cannot be decoded (malformed JSON, also inside a Jumio JSON field) cannot be given to a JSON Schema.
 */
export function decodeFixture(fixture: Fixture): DecodedFixture {
  if (fixture.provider === "jumio") {
    const decoded = decodeJumioCallback(fixture.body, { contentType: fixture.contentType });
    if (!decoded.ok) return { ok: false, reason: decoded.issues.map((issue) => issue.message).join("; ") };
    if (decoded.issues.length > 0) return { ok: false, reason: decoded.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
    return { ok: true, value: decoded.value };
  }
  const json = decodeJson(fixture.body);
  return json.ok ? { ok: true, value: json.value } : { ok: false, reason: json.issue.message };
}
