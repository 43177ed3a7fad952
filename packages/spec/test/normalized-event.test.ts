import { readFileSync } from "node:fs";
import { normalizeRaw, providerNames } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import { describe, expect, it } from "vitest";
import { generatedFolder, normalizedEventSchemaFile } from "../src/index.js";
import { strictAjv } from "./ajv.js";
import { fixtureCases } from "./project-fixtures.js";

const validate = strictAjv().compile(JSON.parse(readFileSync(new URL(normalizedEventSchemaFile, generatedFolder), "utf8")) as object);
const callbacks = fixtureCases().filter(({ fixture, schemaFile }) => fixture.valid && !schemaFile.includes("/objects/"));

describe("the normalized event JSON Schema", () => {
  it("has a $id and describes the event", () => {
    expect(validate.schema).toMatchObject({ $id: "https://kyc-webhooks.dev/schemas/normalized/event.json", description: "One provider-neutral KYC event." });
  });

  for (const { fixture } of callbacks) {
    it(`accepts the event normalized from ${fixture.provider}/${fixture.file}`, () => {
      const result = normalizeRaw(fixture.body, { contentType: fixture.contentType, provider: fixture.provider as ProviderName });
      expect(result.ok ? [] : result.issues).toEqual([]);
      // As it travels: JSON, so fields that are undefined are absent.
      const event = JSON.parse(JSON.stringify(result.ok ? result.event : null)) as unknown;
      const valid = validate(event);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  }

  it("refuses an event with an unknown status or provider", () => {
    const base = { eventId: "e1", provider: "netki", providerKind: "business", type: "business.updated", status: "approved", finality: "final", needsRefresh: false, reasons: [], checks: [], media: [], raw: {} };
    expect(validate(base)).toBe(true);
    expect(validate({ ...base, status: "ok" })).toBe(false);
    expect(validate({ ...base, provider: "acme" })).toBe(false);
    expect(providerNames).toContain("netki");
  });
});
