import type { ProviderName } from "../event.js";
import type { ProviderEntry } from "./types.js";

/**
 * Each provider's entry, imported when first asked for: a bundler makes each its own chunk, so that a process
 * that meets only Shufti Pro bodies never builds the other providers' schemas (see `normalizeRawLazily`).
 */
export const loadEntry: Readonly<Record<ProviderName, () => Promise<ProviderEntry>>> = {
  jumio: async () => (await import("./jumio/entry.js")).jumioEntry,
  shufti: async () => (await import("./shufti/entry.js")).shuftiEntry,
  ondato: async () => (await import("./ondato/entry.js")).ondatoEntry,
  netki: async () => (await import("./netki/entry.js")).netkiEntry,
};
