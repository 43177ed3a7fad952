import { describe, expect, it } from "vitest";
import { alpha2ToAlpha3, alpha3ToAlpha2, iso3166Countries, toCountry } from "../src/index.js";

describe("the ISO 3166-1 table", () => {
  it("holds all 249 officially assigned codes, each alpha-2 and alpha-3 once", () => {
    expect(iso3166Countries).toHaveLength(249);
    expect(new Set(iso3166Countries.map((row) => row[0])).size).toBe(249);
    expect(new Set(iso3166Countries.map((row) => row[1])).size).toBe(249);
    for (const [alpha2, alpha3, numeric] of iso3166Countries) {
      expect(alpha2).toMatch(/^[A-Z]{2}$/);
      expect(alpha3).toMatch(/^[A-Z]{3}$/);
      expect(numeric).toMatch(/^\d{3}$/);
    }
  });

  it("converts alpha-2 to alpha-3 and back for every code", () => {
    for (const [alpha2, alpha3] of iso3166Countries) {
      expect(alpha2ToAlpha3(alpha2)).toBe(alpha3);
      expect(alpha3ToAlpha2(alpha3)).toBe(alpha2);
    }
  });
});

describe("toCountry", () => {
  it("reads alpha-2 and alpha-3 in any case and keeps the provider's value", () => {
    expect(toCountry("LTU")).toEqual({ alpha2: "LT", alpha3: "LTU", providerValue: "LTU" });
    expect(toCountry("us")).toEqual({ alpha2: "US", alpha3: "USA", providerValue: "us" });
  });

  it("treats Shufti's UK as GB, keeping UK as the provider's value", () => {
    expect(toCountry("UK")).toEqual({ alpha2: "GB", alpha3: "GBR", providerValue: "UK" });
  });

  it("knows Jumio's XKX for Kosovo, which ISO 3166-1 does not assign", () => {
    expect(toCountry("XKX")).toEqual({ alpha2: "XK", alpha3: "XKX", providerValue: "XKX" });
  });

  it("keeps a value that is no code as the provider's value alone, and drops placeholders", () => {
    expect(toCountry("BRITISH CITIZEN")).toEqual({ providerValue: "BRITISH CITIZEN" });
    expect(toCountry("N/A")).toBeUndefined();
    expect(toCountry("")).toBeUndefined();
    expect(toCountry(null)).toBeUndefined();
  });
});
