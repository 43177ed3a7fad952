// What normalization needs of the jumio package. Imported on its own (../load.ts) when only Jumio bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/jumio";
import type { ProviderEntry } from "../types.js";
import { normalizeJumio } from "./normalize.js";

export const jumioEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeJumio };
