// The example payloads of a callback kind, from the provider package's own fixtures (its importable
// `./fixtures` export): the body byte for byte as the provider sends it, the decoded view of a form body,
// and the normalized event that `normalizeRaw` makes of it.
import { normalizeRaw } from "@kyc-webhooks/normalized";

/**
 * @typedef {object} Example
 * @property {string} name the fixture's name (what `kyc-webhooks send <provider> <name>` delivers)
 * @property {string} description where it comes from
 * @property {string} contentType
 * @property {string} body the raw body, as sent
 * @property {unknown} [decoded] for a form body: the object it decodes to (JSON fields parsed)
 * @property {unknown} [event] the normalized event
 */

/** How many examples a callback page shows; the rest are listed by name. */
export const examplesPerKind = 3;

/**
 * @param {string} provider
 * @param {Readonly<Record<string, unknown>>} module the provider package
 * @returns {Promise<Map<string, Example[]>>} by callback kind, valid fixtures only, in the manifest's order
 */
export async function loadExamples(provider, module) {
  /** @type {{ listFixtures: () => import("@kyc-webhooks/core").Fixture[] }} */
  const fixtures = await import(`@kyc-webhooks/${provider}/fixtures`);
  const decode = /** @type {((body: string, options: { contentType: string }) => { ok: boolean, value?: unknown }) | undefined} */ (module["decodeCallback"]);
  /** @type {Map<string, Example[]>} */
  const byKind = new Map();
  for (const fixture of fixtures.listFixtures()) {
    if (!fixture.valid) continue;
    const isForm = fixture.contentType.startsWith("application/x-www-form-urlencoded");
    const decoded = isForm && decode ? decode(fixture.text, { contentType: fixture.contentType }) : undefined;
    const normalized = normalizeRaw(fixture.body, { provider: /** @type {import("@kyc-webhooks/normalized").ProviderName} */ (provider), contentType: fixture.contentType });
    const list = byKind.get(fixture.kind) ?? [];
    list.push({
      name: fixture.name,
      description: fixture.description,
      contentType: fixture.contentType,
      body: fixture.text,
      ...(decoded?.ok ? { decoded: decoded.value } : {}),
      ...(normalized.ok ? { event: normalized.event } : {}),
    });
    byKind.set(fixture.kind, list);
  }
  return byKind;
}
