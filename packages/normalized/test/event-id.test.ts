import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFixture as netkiFixture } from "@kyc-webhooks/netki/fixtures";
import { getFixture as ondatoFixture } from "@kyc-webhooks/ondato/fixtures";
import { canonicalJson, normalizeRaw, rawEventId } from "../src/index.js";
import type { ProviderName } from "../src/index.js";
import type { Fixture } from "@kyc-webhooks/core";
import { allFixtures, validCallbackFixtures } from "./support/fixtures.js";

function eventIdOf(provider: ProviderName, body: Uint8Array | string, contentType: string): string {
  const result = normalizeRaw(body, { contentType, provider });
  if (!result.ok) throw new Error(`not normalized: ${JSON.stringify(result.issues)}`);
  return result.event.eventId;
}

/** The same JSON with every object's keys in reverse order and different whitespace: what a re-serializing proxy would deliver. */
function reserialized(fixture: Fixture): string {
  const reorder = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reorder);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([key, member]) => [key, reorder(member)]));
    return value;
  };
  return JSON.stringify(reorder(JSON.parse(fixture.text)), null, 4);
}

describe("eventId", () => {
  for (const { provider, fixture } of validCallbackFixtures()) {
    it(`is the same for two deliveries of ${provider} ${fixture.name}`, () => {
      expect(eventIdOf(provider, new Uint8Array(fixture.body), fixture.contentType)).toBe(eventIdOf(provider, fixture.text, fixture.contentType));
    });
    if (fixture.contentType.includes("json")) {
      it(`does not depend on key order or whitespace for ${provider} ${fixture.name}`, () => {
        expect(eventIdOf(provider, reserialized(fixture), fixture.contentType)).toBe(eventIdOf(provider, fixture.body, fixture.contentType));
      });
    }
  }

  it("differs between the different callbacks of all fixtures (and is shared by byte-identical ones)", () => {
    // Seeds 003 and 004 print the same fraud sample: one callback, so one eventId.
    const seen = new Map<string, { name: string; text: string }>();
    for (const { provider, fixture } of validCallbackFixtures()) {
      const id = eventIdOf(provider, fixture.body, fixture.contentType);
      const name = `${provider} ${fixture.name}`;
      const earlier = seen.get(id);
      if (earlier) expect(fixture.text, `${name} has the eventId of ${earlier.name} but another body`).toBe(earlier.text);
      seen.set(id, { name, text: fixture.text });
    }
    const distinctBodies = new Set(validCallbackFixtures().map(({ provider, fixture }) => `${provider}\u0000${fixture.text}`));
    expect(seen.size).toBe(distinctBodies.size);
  });

  it("differs when one field of a callback differs", () => {
    const fixture = netkiFixture("transaction.completed");
    const changed = JSON.parse(fixture.text) as { identity: { updated: string } };
    changed.identity.updated = "2030-01-01T00:00:00.000000Z";
    expect(eventIdOf("netki", JSON.stringify(changed), fixture.contentType)).not.toBe(eventIdOf("netki", fixture.body, fixture.contentType));
  });

  it("ignores Netki's delivery records, which change with every retry of the same callback", () => {
    const fixture = netkiFixture("transaction.completed");
    const retry = JSON.parse(fixture.text) as { identity: { transaction_callbacks: unknown[]; id: string } };
    retry.identity.transaction_callbacks = [
      {
        id: 5958,
        created: "2018-09-28T03:19:29.103396Z",
        updated: "2018-09-28T03:51:37.637570Z",
        is_active: true,
        state: "failed",
        status_code: 500,
        callback_duration: "0.0088900000",
        callback_url: "https://example.com/callbacks/",
        callback_counter: 2,
        transaction: retry.identity.id,
      },
    ];
    expect(eventIdOf("netki", JSON.stringify(retry), fixture.contentType)).toBe(eventIdOf("netki", fixture.body, fixture.contentType));
  });

  it("is Ondato's own webhook id, so a retry with delivery fields set is the same event", () => {
    const fixture = ondatoFixture("kyc-identification.approved");
    const envelope = JSON.parse(fixture.text) as { id: string; deliveredUtc?: string; isDelivered?: boolean };
    const retry = { ...envelope, deliveredUtc: "2022-09-29T14:40:00.1234567Z", isDelivered: true };
    expect(eventIdOf("ondato", fixture.body, fixture.contentType)).toBe(`ondato:id:${envelope.id}`);
    expect(eventIdOf("ondato", JSON.stringify(retry), fixture.contentType)).toBe(`ondato:id:${envelope.id}`);
  });

  it("of an invalid body is a hash of provider and bytes: stable, and different between bodies and providers", () => {
    const invalid = allFixtures().filter((entry) => entry.isCallback && !entry.fixture.valid);
    const ids = new Set(invalid.map(({ provider, fixture }) => rawEventId(provider, fixture.body)));
    expect(ids.size).toBe(invalid.length);
    for (const { provider, fixture } of invalid) expect(rawEventId(provider, new Uint8Array(fixture.body))).toBe(rawEventId(provider, fixture.text));
    expect(rawEventId("shufti", "{}")).not.toBe(rawEventId("netki", "{}"));
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every level and leaves out undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it("writes any JSON value back as itself, the same text for any order of its keys, shallow or past the recursion limit", () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== "object") return value;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).reverse()) Object.defineProperty(out, key, { value: reversed((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
      return out;
    };
    const nested = (value: unknown, levels: number): unknown => {
      let out = value;
      for (let level = 0; level < levels; level++) out = level % 2 === 0 ? { z: out, a: level } : [out];
      return out;
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 300), (value, levels) => {
        const deep = nested(value, levels);
        const text = canonicalJson(deep);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(deep)));
        expect(canonicalJson(reversed(deep))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("sorts each object's own keys when many key lists share their first keys, past the bounds of the orders it remembers", () => {
    // Sorted key orders are remembered per key list: a look-up that matched a list by its first key or its length
    // alone would give an object another object's keys.
    const sortedText = (value: unknown): string => {
      const sort = (member: unknown): unknown =>
        Array.isArray(member) ? member.map(sort) : member !== null && typeof member === "object" ? Object.fromEntries(Object.keys(member).sort().map((key) => [key, sort((member as Record<string, unknown>)[key])])) : member;
      return JSON.stringify(sort(value));
    };
    const names = ["m", "b", "z", "a", "q", "c"];
    const shape = (bits: number): Record<string, number> => {
      const out: Record<string, number> = { k: bits };
      names.forEach((name, index) => {
        if (bits & (1 << index)) out[name] = index;
      });
      return out;
    };
    // 64 lists that all start with "k", 64 more that start with one of the others, then 5,000 distinct ones.
    const values = [
      ...Array.from({ length: 64 }, (_, bits) => shape(bits)),
      ...Array.from({ length: 64 }, (_, bits) => Object.fromEntries(Object.entries(shape(bits)).reverse())),
      ...Array.from({ length: 5000 }, (_, index) => ({ [`f${index}`]: 1, [`e${index}`]: [shape(index % 64)], d: index })),
    ];
    for (const round of [1, 2]) for (const value of values) expect(canonicalJson(value), `round ${round}`).toBe(sortedText(value));
  });
});
