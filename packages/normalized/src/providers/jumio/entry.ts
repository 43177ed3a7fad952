// What normalization needs of the jumio package (its `callbacks` entry: no webhooks, fixtures or API objects). Imported on
// its own (../load.ts) when Jumio bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/jumio/callbacks";
import type { ProviderEntry } from "../types.js";
import { normalizeJumio } from "./normalize.js";

export const jumioEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeJumio };
