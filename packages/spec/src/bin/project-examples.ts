import type { Fixture, ProviderDescriptor } from "@kyc-webhooks/core";
import { decodeFormBody } from "@kyc-webhooks/jumio";
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
    const form = fixture.contentType.startsWith("application/x-www-form-urlencoded") ? { form: Object.fromEntries(decodeFormBody(fixture.body)) } : {};
    const whole = { provider: fixture.provider, kind: "callbackKind" in described ? described.callbackKind : described.object, name: fixture.name, value: decoded.value, ...form };
    return [whole, ...namedPlaces(fixture, decoded.value)];
  });
}

/** The objects a fixture's manifest entry names inside its body (`objects`: name → JSON Pointer), each as an example of that object. */
export function namedPlaces(fixture: Fixture, value: unknown): SpecExample[] {
  return Object.entries(fixture.objects ?? {}).map(([object, pointer]) => {
    const found = atPointer(value, pointer);
    if (!found.ok) throw new Error(`Fixture ${fixture.provider}/${fixture.file}: objects.${object} points at ${pointer}, which the body does not have`);
    return { provider: fixture.provider, kind: object, name: `${fixture.name}#${pointer}`, value: found.value };
  });
}

/** The value at a JSON Pointer (RFC 6901) inside a value. */
export function atPointer(value: unknown, pointer: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  if (pointer === "") return { ok: true, value };
  if (!pointer.startsWith("/")) return { ok: false };
  let current = value;
  for (const token of pointer.slice(1).split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))) {
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(token) && Number(token) < current.length) current = current[Number(token)];
    else if (typeof current === "object" && current !== null && !Array.isArray(current) && Object.hasOwn(current, token)) current = (current as Record<string, unknown>)[token];
    else return { ok: false };
  }
  return { ok: true, value: current };
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
