import { describe, expect, it } from "vitest";
import { normalizeRaw } from "../src/index.js";
import { appears, coveredFields } from "./support/covered.js";
import { validCallbackFixtures } from "./support/fixtures.js";

describe("no field of the raw payload that the model covers is dropped", () => {
  for (const { provider, fixture } of validCallbackFixtures()) {
    it(`${provider} ${fixture.name}`, () => {
      const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
      if (!result.ok) throw new Error("not normalized");
      const covered = coveredFields[provider](result.event.raw as Record<string, unknown>);
      const missing = covered.filter((field) => !appears(result.event, field)).map((field) => `${field.path} (${field.in})`);
      expect(missing).toEqual([]);
    });
  }

  it("checks something in most fixtures (the lists above are not empty by mistake)", () => {
    const counts = validCallbackFixtures().map(({ provider, fixture }) => {
      const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider });
      return result.ok ? coveredFields[provider](result.event.raw as Record<string, unknown>).length : 0;
    });
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
  });
});
