// What normalization needs of the netki package (its `callbacks` entry: no webhooks, fixtures or API objects). Imported on
// its own (../load.ts) when Netki bodies are met.
import { detect, kindOf, safeParseCallback } from "@kyc-webhooks/netki/callbacks";
import type { ProviderEntry } from "../types.js";
import { normalizeNetki } from "./normalize.js";

export const netkiEntry: ProviderEntry = { detect, safeParseCallback, kindOf, normalize: normalizeNetki };
