import type { ProviderDescriptor } from "@kyc-webhooks/core";
import { normalizeRaw } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { SpecExample } from "../examples.js";
import { decodeFixture, describedAs, projectFixtures } from "./project-fixtures.js";

/**
 * The documents' examples: every valid fixture of the provider packages, decoded as its schema describes
 * it. The fixtures hold the documents' sample data or obviously fake data, never a real person's.
 */
export function projectExamples(providers: readonly ProviderDescriptor[]): SpecExample[] {
  return projectFixtures().flatMap((fixture) => {
    if (!fixture.valid) return [];
    const decoded = decodeFixture(fixture);
    if (!decoded.ok) return [];
    const described = describedAs(fixture, providers);
    return [{ provider: fixture.provider, kind: "callbackKind" in described ? described.callbackKind : described.object, name: fixture.name, value: decoded.value }];
  });
}

/**
 * The normalized events made from the valid callback fixtures (as they travel: JSON, undefined fields absent): the
 * first of each provider first, which become the event's own examples, then the others, in which the event's parts
 * (reasons, person, documents, checks) find their examples.
 */
export function normalizedEventExamples(providers: readonly ProviderDescriptor[]): unknown[] {
  const firsts = new Map<string, unknown>();
  const others: unknown[] = [];
  for (const fixture of projectFixtures()) {
    if (!fixture.valid || !("callbackKind" in describedAs(fixture, providers))) continue;
    const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider: fixture.provider as ProviderName });
    if (!result.ok) continue;
    const event = JSON.parse(JSON.stringify(result.event)) as unknown;
    if (firsts.has(fixture.provider)) others.push(event);
    else firsts.set(fixture.provider, event);
  }
  return [...firsts.values(), ...others];
}
