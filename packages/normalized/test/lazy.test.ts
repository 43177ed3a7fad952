import { describe, expect, it } from "vitest";
import { listFixtures as jumioFixtures } from "@kyc-webhooks/jumio/fixtures";
import { listFixtures as netkiFixtures } from "@kyc-webhooks/netki/fixtures";
import { listFixtures as ondatoFixtures } from "@kyc-webhooks/ondato/fixtures";
import { listFixtures as shuftiFixtures } from "@kyc-webhooks/shufti/fixtures";
import { normalizeRaw } from "../src/index.js";
import type { ProviderName } from "../src/index.js";
import { normalizeRawLazily } from "../src/lazy.js";

const fixtures = [...jumioFixtures(), ...shuftiFixtures(), ...ondatoFixtures(), ...netkiFixtures()];

/** Bodies no provider's `detect` claims, each taken down a different path of the diagnosis. */
const undetected: readonly { readonly name: string; readonly body: string | Uint8Array; readonly contentType?: string }[] = [
  { name: "an empty body", body: "" },
  { name: "binary bytes", body: new Uint8Array([0xff, 0xfe, 0x00, 0x81]) },
  { name: "truncated Shufti JSON", body: '{"reference": "r-1", "event": "verification.accepted", ' },
  { name: "an Ondato envelope with an unknown type", body: '{"id":"x","type":"PROCESSED","payload":{}}' },
  { name: "a Shufti body with an unlisted event", body: '{"reference":"r-1","event":"verification.pondered"}' },
  { name: "a Jumio form without its kind", body: "jumioIdScanReference=1&idCountry=DEU" },
  { name: "a Shufti body sent as a form", body: '{"reference":"r-1","event":"verification.accepted"}', contentType: "application/x-www-form-urlencoded" },
  { name: "XML", body: "<callback/>", contentType: "application/xml" },
  { name: "another vendor's webhook", body: '{"applicantId":"5c","type":"applicantReviewed"}' },
];

describe("normalizeRawLazily answers as normalizeRaw does", () => {
  it("for every fixture of every provider, detected and with the provider given, strict and tolerant", async () => {
    expect(fixtures.length).toBeGreaterThan(100);
    for (const fixture of fixtures) {
      for (const options of [{}, { contentType: fixture.contentType }, { provider: fixture.provider as ProviderName }, { strictness: "tolerant" as const }]) {
        expect({ fixture: fixture.name, options, result: await normalizeRawLazily(fixture.body, options) }).toEqual({ fixture: fixture.name, options, result: normalizeRaw(fixture.body, options) });
      }
    }
  });

  for (const { name, body, contentType } of undetected) {
    it(`for ${name}`, async () => {
      const options = contentType === undefined ? {} : { contentType };
      const expected = normalizeRaw(body, options);
      expect(expected.ok).toBe(false);
      expect(await normalizeRawLazily(body, options)).toEqual(expected);
    });
  }
});
