// What normalization needs of the shufti package. Imported on its own (../load.ts) when only Shufti Pro bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/shufti";
import type { ProviderEntry } from "../types.js";
import { normalizeShufti } from "./normalize.js";

export const shuftiEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeShufti };
