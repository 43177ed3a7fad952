import { iso3166Countries } from "./countries.js";
import type { Country } from "./event.js";

/**
 * Country values that providers send although they are not ISO 3166-1, and what they stand for.
 * Data, so that the docs can list them.
 */
export const countryAliases = [
  {
    providerValue: "UK",
    alpha2: "GB",
    alpha3: "GBR",
    note: "Shufti's `request.received` sample sends `UK` (Shufti Pro, “Response Events”); ISO 3166-1 has `GB` for the United Kingdom.",
  },
  {
    providerValue: "XKX",
    alpha2: "XK",
    alpha3: "XKX",
    note: "Kosovo as Jumio sends it (`idCountry`, Jumio, “Callback” (newer edition) and Jumio, “Callback” (older edition)). Not in ISO 3166-1: `XK`/`XKX` are user-assigned codes the EU and ICAO documents use.",
  },
  {
    providerValue: "XK",
    alpha2: "XK",
    alpha3: "XKX",
    note: "Kosovo as alpha-2 (user-assigned, not ISO 3166-1).",
  },
] as const;

const byAlpha2 = new Map<string, readonly [string, string]>();
const byAlpha3 = new Map<string, readonly [string, string]>();
for (const [alpha2, alpha3] of iso3166Countries) {
  byAlpha2.set(alpha2, [alpha2, alpha3]);
  byAlpha3.set(alpha3, [alpha2, alpha3]);
}
const aliases = new Map<string, readonly [string, string]>(countryAliases.map((alias) => [alias.providerValue, [alias.alpha2, alias.alpha3]]));

/** The alpha-3 code of an ISO 3166-1 alpha-2 code, or undefined. */
export function alpha2ToAlpha3(alpha2: string): string | undefined {
  return byAlpha2.get(alpha2.toUpperCase())?.[1];
}

/** The alpha-2 code of an ISO 3166-1 alpha-3 code, or undefined. */
export function alpha3ToAlpha2(alpha3: string): string | undefined {
  return byAlpha3.get(alpha3.toUpperCase())?.[0];
}

/** Values that mean "no country" rather than a country nobody knows. */
const emptyValues = new Set(["", "N/A", "NA", "NULL", "NONE", "UNKNOWN"]);

/**
 * A provider's country value as ISO 3166-1 alpha-2 and alpha-3, keeping the provider's value.
 * Accepts alpha-2, alpha-3 (any case) and the aliases in {@link countryAliases}; anything else (a
 * country name, a nationality such as `BRITISH CITIZEN`) is kept as `providerValue` alone.
 */
export function toCountry(value: unknown): Country | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  const upper = trimmed.toUpperCase();
  if (emptyValues.has(upper)) return undefined;
  const codes = aliases.get(upper) ?? (upper.length === 2 ? byAlpha2.get(upper) : upper.length === 3 ? byAlpha3.get(upper) : undefined);
  if (!codes) return { providerValue: trimmed };
  return { alpha2: codes[0], alpha3: codes[1], providerValue: trimmed };
}
