/**
 * normalizeRaw with the provider given and with the provider detected, against the provider package's
 * safeParseCallback alone (the baseline: decoding and validation, which normalizeRaw also does), side by
 * side per provider on its largest valid callback fixture. `pnpm bench` runs it.
 */
import { bench, describe } from "vitest";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import type { Fixture, RawBody, SafeParseResult } from "@kyc-webhooks/core";
import { normalizeRaw } from "../src/index.js";
import type { ProviderName } from "../src/index.js";
import { validCallbackFixtures } from "../test/support/fixtures.js";

const parsers: Partial<Record<ProviderName, (body: RawBody, options: { contentType?: string }) => SafeParseResult<unknown>>> = {
  jumio: jumio.safeParseCallback,
  shufti: shufti.safeParseCallback,
  ondato: ondato.safeParseCallback,
  netki: netki.safeParseCallback,
};

function largest(provider: ProviderName): Fixture | undefined {
  return validCallbackFixtures()
    .filter((entry) => entry.provider === provider)
    .map((entry) => entry.fixture)
    .sort((a, b) => b.body.length - a.body.length)[0];
}

for (const provider of Object.keys(parsers) as ProviderName[]) {
  const fixture = largest(provider);
  const parse = parsers[provider];
  if (!fixture || !parse) continue;
  const options = { contentType: fixture.contentType };
  describe(`${provider} ${fixture.name} (${fixture.body.length} bytes)`, () => {
    bench("safeParseCallback (baseline)", () => {
      parse(fixture.body, options);
    });
    bench("normalizeRaw, provider given", () => {
      normalizeRaw(fixture.body, { ...options, provider });
    });
    bench("normalizeRaw, provider detected", () => {
      normalizeRaw(fixture.body, options);
    });
  });
}
