import type { ProviderName } from "../event.js";
import { jumioEntry } from "./jumio/entry.js";
import { netkiEntry } from "./netki/entry.js";
import { ondatoEntry } from "./ondato/entry.js";
import { shuftiEntry } from "./shufti/entry.js";
import type { ProviderEntry } from "./types.js";

export type { ProviderEntry } from "./types.js";
export { detectionOrder } from "./detectors.js";

/** The four providers, all loaded (./load.ts loads them one by one instead). */
export const providerEntries: Readonly<Record<ProviderName, ProviderEntry>> = {
  jumio: jumioEntry,
  shufti: shuftiEntry,
  ondato: ondatoEntry,
  netki: netkiEntry,
};
