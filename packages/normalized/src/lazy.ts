import type { RawBody } from "@kyc-webhooks/core";
import { suspectProvider } from "./diagnose.js";
import type { ProviderName } from "./names.js";
import { normalizeRawWith } from "./normalize-raw.js";
import type { NormalizeRawOptions, NormalizeResult } from "./normalize-raw.js";
import { detectProvider } from "./providers/detectors.js";
import { loadEntry } from "./providers/load.js";
import type { ProviderEntry } from "./providers/types.js";

// `@kyc-webhooks/normalized/lazy`: what checking a raw body needs, and the model's names, without the model's schemas
// or any provider's loaded up front (the package's main entry builds those as it is imported).
export { eventTypes, providerNames, statuses } from "./names.js";
export type { EventType, ProviderName, Status } from "./names.js";
export { detectProvider } from "./providers/detectors.js";
export type { NormalizeRawOptions, NormalizeResult } from "./normalize-raw.js";

/**
 * `normalizeRaw`, importing a provider's package (its schemas) only when a body needs it: the provider given, the
 * one whose `detect` claims the body, or the one a body no provider claims resembles. The result is the same as
 * `normalizeRaw`'s; for short-lived processes (the CLI) that should not build four providers' schemas to check one
 * body. Never rejects on bad input.
 */
export async function normalizeRawLazily(body: RawBody, options: NormalizeRawOptions = {}): Promise<NormalizeResult> {
  // A detected provider is passed on as if given, so that the body is not detected twice: for a body that a
  // provider's `detect` claims, normalizeRaw does the same either way.
  const detected = options.provider ?? detectProvider(body, { contentType: options.contentType })?.provider;
  const provider = detected ?? suspected(body, options.contentType);
  const entry = provider === undefined ? undefined : await loadEntry[provider]();
  const entryOf = (name: ProviderName): ProviderEntry => {
    // normalizeRawWith asks for no other provider than the one worked out above, the same way.
    if (entry === undefined || name !== provider) throw new Error(`normalizeRawLazily: the ${name} provider was not loaded`);
    return entry;
  };
  return normalizeRawWith(entryOf, body, detected === undefined ? options : { ...options, provider: detected });
}

function suspected(body: RawBody, contentType: string | undefined): ProviderName | undefined {
  const suspicion = suspectProvider(body, { contentType });
  return "parse" in suspicion ? suspicion.provider : undefined;
}
