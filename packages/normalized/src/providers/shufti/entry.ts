// What normalization needs of the shufti package (its `callbacks` entry: no webhooks, fixtures or API objects). Imported on
// its own (../load.ts) when Shufti Pro bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/shufti/callbacks";
import type { ProviderEntry } from "../types.js";
import { normalizeShufti } from "./normalize.js";

export const shuftiEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeShufti };
