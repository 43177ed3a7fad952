import { describe, expect, it } from "vitest";
import { detectProvider, normalizedEventSchema, normalize, normalizeRaw, rawEventId } from "../src/index.js";
import { expectedStatus, mustRefresh } from "./support/expected-status.js";
import { allFixtures, validCallbackFixtures } from "./support/fixtures.js";

describe("every valid callback fixture of every provider", () => {
  for (const { provider, fixture } of validCallbackFixtures()) {
    describe(`${provider} ${fixture.name}`, () => {
      it("normalizes with the provider given, to an event the model's schema accepts", () => {
        const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
        if (!result.ok) throw new Error(`not normalized: ${JSON.stringify(result.issues)}`);
        expect(result.provider).toBe(provider);
        expect(result.kind).toBe(fixture.kind);
        expect(result.event.providerKind).toBe(fixture.kind);
        expect(normalizedEventSchema.safeParse(result.event).success).toBe(true);
      });

      it("normalizes the same with the provider detected from the body", () => {
        const given = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
        const detected = normalizeRaw(fixture.body, { contentType: fixture.contentType });
        expect(detected).toEqual(given);
      });

      it("gets the status the provider's documents give its state", () => {
        const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
        if (!result.ok) throw new Error("not normalized");
        const expected = expectedStatus(provider, fixture, result.event.raw);
        expect(expected.status, `no expectation for ${provider} state ${expected.state}`).toBeDefined();
        expect(result.event.status).toBe(expected.status);
      });

      it("asks for a refresh exactly when the event says only that something changed", () => {
        const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
        if (!result.ok) throw new Error("not normalized");
        const expected = expectedStatus(provider, fixture, result.event.raw);
        expect(result.event.needsRefresh).toBe(expected.status === "unknown");
        if (mustRefresh.includes(`${provider} ${expected.state}`)) expect(result.event.needsRefresh).toBe(true);
      });

      it("keeps the parsed payload as raw, and normalize() of it gives the same event", () => {
        const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
        if (!result.ok) throw new Error("not normalized");
        expect(normalize(provider, result.event.raw)).toEqual(result.event);
      });
    });
  }
});

describe("every invalid fixture", () => {
  for (const { provider, fixture } of allFixtures().filter((entry) => entry.isCallback && !entry.fixture.valid)) {
    it(`${provider} ${fixture.name} gives issues with paths, not an event and not a throw`, () => {
      const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.provider).toBe(provider);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
      expect(result.eventId).toBe(rawEventId(provider, fixture.body));
    });
  }
});

describe("provider detection", () => {
  for (const { provider, fixture, isCallback } of allFixtures()) {
    if (isCallback && fixture.valid) {
      it(`picks ${provider} and kind ${fixture.kind} for ${fixture.name}`, () => {
        expect(detectProvider(fixture.body, { contentType: fixture.contentType })).toEqual({ provider, kind: fixture.kind });
      });
    } else {
      it(`never attributes ${provider} ${fixture.name} to another provider`, () => {
        const detected = detectProvider(fixture.body, { contentType: fixture.contentType });
        if (detected !== undefined) expect(detected.provider).toBe(provider);
      });
    }
  }
});
