import type { RawBody } from "@kyc-webhooks/core";
import { diagnoseBodyWith } from "./diagnose.js";
import type { Diagnosis } from "./diagnose.js";
import type { NormalizedEvent, ProviderName } from "./event.js";
import { buildEvent, normalizeRawWith } from "./normalize-raw.js";
import type { NormalizeRawOptions, NormalizeResult } from "./normalize-raw.js";
import { providerEntries } from "./providers/registry.js";
import type { ProviderEntry } from "./providers/types.js";

export { detectProvider } from "./providers/detectors.js";
export type { NormalizeRawOptions, NormalizeResult } from "./normalize-raw.js";

const loaded = (provider: ProviderName): ProviderEntry => providerEntries[provider];

/**
 * Normalizes a callback that a provider package has already parsed (`parseCallback` or a successful
 * `safeParseCallback`'s `value`). The kind is read from the callback with the package's `kindOf`.
 */
export function normalize(provider: ProviderName, parsedCallback: unknown): NormalizedEvent {
  const entry = providerEntries[provider];
  const kind = entry.kindOf(parsedCallback as never);
  return buildEvent(entry, provider, kind, parsedCallback);
}

/**
 * Detects the provider (unless given), decodes, validates and normalizes a raw callback body. Never
 * throws on bad input: the result is either the event or the issues, each with its field path.
 */
export function normalizeRaw(body: RawBody, options: NormalizeRawOptions = {}): NormalizeResult {
  return normalizeRawWith(loaded, body, options);
}

/** Diagnoses a body that no provider detected (see {@link Diagnosis}). Never throws. */
export function diagnoseBody(body: RawBody, options: { readonly contentType?: string | undefined } = {}): Diagnosis {
  return diagnoseBodyWith(loaded, body, options);
}
