// What normalization needs of the netki package. Imported on its own (../load.ts) when only Netki bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/netki";
import type { ProviderEntry } from "../types.js";
import { normalizeNetki } from "./normalize.js";

export const netkiEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeNetki };
